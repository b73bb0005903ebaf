/**
 * Declarative field mapping: a {@link io.orderhub.channels.mapping.FieldMapping} (built in code or
 * loaded from a JSON mapping file) names where each canonical field sits in a platform's payload,
 * and a {@link io.orderhub.channels.mapping.MappingAdapter} normalises with it, so an integrator can
 * add a platform or a self-built mini-program, or follow a platform's field rename, without Java
 * code.
 */
@NullMarked
package io.orderhub.channels.mapping;

import org.jspecify.annotations.NullMarked;
