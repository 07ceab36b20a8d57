package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.util.HashSet;
import java.util.List;
import org.immutables.value.Value;

/**
 * The ordered rungs a document sets out for firms in a jurisdiction, bottom first; rungs may belong
 * to higher jurisdictions (a county's ladder ends in the national little giant). Immutable and
 * thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableTierLadder.class)
@JsonDeserialize(as = ImmutableTierLadder.class)
public abstract non-sealed class TierLadder implements Fact {
  /** Only the generated implementation extends this type. */
  TierLadder() {}

  /**
   * Returns the stable id.
   *
   * @return the id, never null
   */
  @Override
  public abstract FactId id();

  /**
   * Returns the jurisdiction whose firms climb the ladder.
   *
   * @return the jurisdiction code, never null
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * Returns the label.
   *
   * @return the label, never null
   */
  public abstract LocalizedText label();

  /**
   * Returns the rungs, bottom first.
   *
   * @return at least two tier ids, never null
   */
  public abstract List<TierId> rungs();

  /**
   * Returns where the ladder is set out.
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
   * Builds {@link TierLadder} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableTierLadder.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    // Ifs rather than message lambdas and a stream: each lambda or stream shape costs classes
    // spun at run time on a cold catalogue load (issue #11).
    if (rungs().size() < 2) {
      throw Checks.invalid("rungs of " + id(), rungs(), "a ladder needs at least two rungs");
    }
    if (new HashSet<>(rungs()).size() != rungs().size()) {
      throw Checks.invalid("rungs of " + id(), rungs(), "must not repeat a tier");
    }
  }
}
