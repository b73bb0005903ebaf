/**
 * Implementation detail shared by the built-in adapters and the mapping adapter: payload parsing
 * and envelope unwrapping, tolerant time parsing, personal-data protection, and the assembly of
 * lines, amounts and statuses into an order. Not API: hosts must not import it.
 */
@NullMarked
package io.orderhub.channels.internal;

import org.jspecify.annotations.NullMarked;
