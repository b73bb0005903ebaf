package io.orderhub.core.validation;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Class-level constraint on {@link io.orderhub.core.Order}: one currency across the order, {@code
 * paid = goods + shipping − discount}, and line totals adding up to {@code goods − line discounts}.
 * Each violation names its property path and the values, e.g. {@code amounts.paid: 397.00 != goods
 * 418.00 + shipping 0.00 − discount 20.00}.
 */
@Documented
@Constraint(validatedBy = ConsistentOrderValidator.class)
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
public @interface ConsistentOrder {
  String message() default "order amounts are inconsistent";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}
