package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.util.List;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * The criteria a document sets for a tier: optional common conditions that every applicant
 * needs, and one or more alternative {@link Track tracks}. The tier is reached when the common
 * conditions hold and at least one track holds. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEligibilityCriteria.class)
@JsonDeserialize(as = ImmutableEligibilityCriteria.class)
public abstract class EligibilityCriteria {
  /**
   * Returns the stable id.
   *
   * @return the id, never null
   */
  public abstract FactId id();

  /**
   * Returns the tier the criteria lead to.
   *
   * @return the tier id, never null
   */
  public abstract TierId tier();

  /**
   * Returns a short label.
   *
   * @return the label, never null
   */
  public abstract LocalizedText label();

  /**
   * Returns the conditions every track needs.
   *
   * @return the common conditions, never null
   */
  public abstract Optional<Condition> common();

  /**
   * Returns the alternative tracks.
   *
   * @return at least one track, never null
   */
  public abstract List<Track> tracks();

  /**
   * Returns caveats a caller must show, such as "the yearly call for applications prevails".
   *
   * @return the caveats, never null
   */
  public abstract List<LocalizedText> caveats();

  /**
   * Returns where the criteria are set out as a whole.
   *
   * @return the source reference, never null
   */
  public abstract SourceRef source();

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static ImmutableEligibilityCriteria.Builder builder() {
    return ImmutableEligibilityCriteria.builder();
  }

  @Value.Check
  void check() {
    Checks.notEmpty(tracks(), "tracks of " + id());
    Checks.check(tracks().stream().map(Track::id).distinct().count() == tracks().size(), () -> "tracks of " + id(),
        tracks(), () -> "track ids must be distinct");
  }
}
