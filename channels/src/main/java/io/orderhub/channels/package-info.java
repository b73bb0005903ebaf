/**
 * OrderHub channels: turns each sales platform's raw order payloads into the typed {@link
 * io.orderhub.core.Order}. {@link io.orderhub.channels.Channels} is the registry a host builds
 * once ({@code Channels.builder().register(adapter)...build()}, or {@link
 * io.orderhub.channels.Channels#builtIns()}); built-in adapters live in one sub-package per
 * platform, the declarative {@code MappingAdapter} in {@code mapping}, signatures in {@code
 * signing}.
 */
@NullMarked
package io.orderhub.channels;

import org.jspecify.annotations.NullMarked;
