package io.orderhub.core.validation;

import io.orderhub.core.Order;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Jakarta Validation side of {@link ConsistentOrder}; the checks themselves live in {@link OrderChecks}. */
public final class ConsistentOrderValidator implements ConstraintValidator<ConsistentOrder, Order> {

  @Override
  public boolean isValid(@Nullable Order order, ConstraintValidatorContext context) {
    if (order == null) {
      return true;
    }
    List<Violation> violations = OrderChecks.checkAmounts(order);
    if (violations.isEmpty()) {
      return true;
    }
    context.disableDefaultConstraintViolation();
    for (Violation v : violations) {
      // the message is literal text: escape the interpolation characters
      String literal = v.toString().replace("\\", "\\\\").replace("{", "\\{").replace("}", "\\}")
          .replace("$", "\\$");
      context.buildConstraintViolationWithTemplate(literal).addPropertyNode(v.path()).addConstraintViolation();
    }
    return false;
  }
}
