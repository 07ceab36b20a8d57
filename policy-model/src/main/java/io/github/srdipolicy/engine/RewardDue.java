package io.github.srdipolicy.engine;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.TierId;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One incentive a recognition triggers, with whether it is due after the stacking rules, the
 * amount, the rule applied and the sources. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableRewardDue.class)
@JsonDeserialize(as = ImmutableRewardDue.class)
public abstract class RewardDue {
  /**
   * Returns the incentive.
   *
   * @return the incentive id, never null
   */
  public abstract FactId incentive();

  /**
   * Returns the incentive's label.
   *
   * @return the label, never null
   */
  public abstract LocalizedText label();

  /**
   * Returns the recognised tier that triggered it.
   *
   * @return the tier id, never null
   */
  public abstract TierId tier();

  /**
   * Returns the date of the (first) recognition that triggered it.
   *
   * @return the date, never null
   */
  public abstract LocalDate recognised();

  /**
   * Whether the reward is due after the stacking rules.
   *
   * @return true if due, false if withheld
   */
  public abstract boolean due();

  /**
   * Returns the amount, where the document states one.
   *
   * @return the amount, never null
   */
  public abstract Optional<Quantity> amount();

  /**
   * Returns the stacking rule that was applied.
   *
   * @return the rule, never null
   */
  public abstract StackingRule rule();

  /**
   * Returns why the reward is due or withheld.
   *
   * @return the explanation, never null
   */
  public abstract LocalizedText explanation();

  /**
   * Returns the sources: the incentive's clause and the stacking rule's clause.
   *
   * @return the source references, never null
   */
  public abstract List<SourceRef> sources();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link RewardDue} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableRewardDue.Builder {
    Builder() {}
  }
}
