package io.orderhub.rules.internal;

import io.orderhub.rules.Condition;
import io.orderhub.rules.EvaluationContext;
import io.orderhub.rules.Explanation;
import java.util.function.BiPredicate;
import java.util.function.Function;

/** A host condition written as lambdas. Equal only to itself. */
public final class LambdaCondition<T> implements Condition {
  private final String description;
  private final Function<EvaluationContext, T> value;
  private final BiPredicate<EvaluationContext, T> test;
  private final boolean showValue;

  public LambdaCondition(String description, Function<EvaluationContext, T> value,
      BiPredicate<EvaluationContext, T> test, boolean showValue) {
    this.description = description;
    this.value = value;
    this.test = test;
    this.showValue = showValue;
  }

  @Override
  public boolean test(EvaluationContext context) {
    return test.test(context, value.apply(context));
  }

  @Override
  public Explanation explain(EvaluationContext context) {
    T v = value.apply(context);
    boolean matched = test.test(context, v);
    return showValue ? Explanation.leaf(description, matched, Texts.quote(v)) : Explanation.leaf(description, matched);
  }

  @Override
  public String description() {
    return description;
  }

  @Override
  public String toString() {
    return description;
  }
}
