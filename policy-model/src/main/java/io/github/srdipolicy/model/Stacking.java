package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.util.Optional;
import org.immutables.value.Value;

/** The stacking rule of an incentive and the group it applies within. Immutable and thread-safe. */
@Value.Immutable
@JsonSerialize(as = ImmutableStacking.class)
@JsonDeserialize(as = ImmutableStacking.class)
public abstract class Stacking {
  /**
   * Returns the rule.
   *
   * @return the rule, never null
   */
  public abstract StackingRule rule();

  /**
   * Returns the group of incentives the rule applies within (required for {@link
   * StackingRule#HIGHEST_LEVEL_ONCE}).
   *
   * @return the group key, never null
   */
  public abstract Optional<String> group();

  /**
   * Returns where the rule is stated.
   *
   * @return the source reference, never null
   */
  public abstract SourceRef source();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Stacking} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableStacking.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    io.github.srdipolicy.internal.Checks.check(
        rule() != StackingRule.HIGHEST_LEVEL_ONCE || group().isPresent(),
        "group",
        group(),
        "a HIGHEST_LEVEL_ONCE rule needs a group");
  }
}
