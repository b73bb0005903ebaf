/**
 * Consistency checks of an {@link io.orderhub.core.Order}: as a Jakarta Validation constraint
 * ({@link io.orderhub.core.validation.ConsistentOrder}) for hosts with a validation provider, and as
 * plain code ({@link io.orderhub.core.validation.OrderChecks}) for everyone else. Both say the same
 * thing in the same words.
 */
@NullMarked
package io.orderhub.core.validation;

import org.jspecify.annotations.NullMarked;
