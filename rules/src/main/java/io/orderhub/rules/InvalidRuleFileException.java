package io.orderhub.rules;

import io.orderhub.core.OrderHubException;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A JSON rule file could not be loaded. The message names the file, the rule (when the problem is
 * inside one), the JSON path and the reason, e.g. {@code rules.json: rule "address.vague":
 * $.rules[3].when.any[1].addressMissing.parts[0]: "street" is not one of province, city, district}.
 */
public class InvalidRuleFileException extends OrderHubException {
  private static final long serialVersionUID = 1L;

  private final String source;
  private final @Nullable String ruleId;
  private final String path;
  private final String problem;

  public InvalidRuleFileException(String source, @Nullable String ruleId, String path, String problem,
      @Nullable Throwable cause) {
    super(source + ": " + (ruleId == null ? "" : "rule \"" + ruleId + "\": ") + problem, cause);
    this.source = source;
    this.ruleId = ruleId;
    this.path = path;
    this.problem = problem;
  }

  /** The file (or other source) that was read. */
  public String source() {
    return source;
  }

  /** The rule the problem is in, when it is in one. */
  public Optional<String> ruleId() {
    return Optional.ofNullable(ruleId);
  }

  /** The JSON path of the problem ({@code $} for the whole document). */
  public String path() {
    return path;
  }

  /** The path, value and problem, without the source and rule. */
  public String problem() {
    return problem;
  }
}
