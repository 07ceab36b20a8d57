package io.github.srdipolicy.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.TierId;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * One ladder of the firm's jurisdiction chain, bottom rung first, with where the firm stands on
 * each rung and the next rung it can reach. Tiers in force that no ladder names form a last ladder
 * without an id. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableLadderAssessment.class)
@JsonDeserialize(as = ImmutableLadderAssessment.class)
public abstract class LadderAssessment {
  /**
   * Returns the ladder.
   *
   * @return the ladder id, empty for the tiers outside every ladder, never null
   */
  public abstract Optional<FactId> ladder();

  /**
   * Returns the ladder's label.
   *
   * @return the label, never null
   */
  public abstract LocalizedText label();

  /**
   * Returns where the ladder is set out.
   *
   * @return the source reference, empty for the tiers outside every ladder, never null
   */
  public abstract Optional<SourceRef> source();

  /**
   * Returns the rungs, bottom first; each tier's assessment is in {@link Assessment#tiers()}.
   *
   * @return the tier ids, never null
   */
  public abstract List<TierId> rungs();

  /**
   * Returns the next reachable rung: the lowest rung above every held one that is eligible, or
   * failing that the lowest one still undetermined.
   *
   * @return the tier id, empty if no rung above is within reach, never null
   */
  public abstract Optional<TierId> nextRung();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link LadderAssessment} values: set the attributes, then {@code build()} checks and
   * returns one.
   */
  public static final class Builder extends ImmutableLadderAssessment.Builder {
    Builder() {}
  }
}
