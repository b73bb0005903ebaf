/**
 * JMH benchmarks of the channel adapters: normalising each platform's sample payload against only
 * parsing it into a Jackson tree.
 */
@NullMarked
package io.orderhub.benchmarks.channels;

import org.jspecify.annotations.NullMarked;
