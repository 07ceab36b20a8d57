package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.internal.Checks;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.immutables.value.Value;

/**
 * The criteria a document sets for a tier: optional common conditions that every applicant needs,
 * and one or more alternative {@link Track tracks}. The tier is reached when the common conditions
 * hold and at least one track holds. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutableEligibilityCriteria.class)
@JsonDeserialize(as = ImmutableEligibilityCriteria.class)
public abstract non-sealed class EligibilityCriteria implements Fact {
  /** Only the generated implementation extends this type. */
  EligibilityCriteria() {}

  /**
   * Returns the stable id.
   *
   * @return the id, never null
   */
  @Override
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
   * Returns when and for which kinds of application the criteria decide their tier; empty means
   * every kind, on every date their document is in force.
   *
   * @return the entries, any of which makes the criteria apply, never null
   */
  public abstract List<Applicability> applicability();

  /**
   * Returns other criteria for the same tier that these take precedence over where both apply to
   * the same kind of application on the same date (a later national measure over an earlier one, a
   * document's own criteria over a lower-level document's restatement of them).
   *
   * @return the ids of the criteria this set prevails over, never null
   */
  public abstract List<FactId> supersedes();

  /**
   * Returns why the criteria take precedence, for {@link #supersedes()}.
   *
   * @return the note, never null
   */
  public abstract Optional<LocalizedText> precedenceNote();

  /**
   * Tells whether the criteria decide an application of a kind on a date, given the validity of
   * their document (used when {@link #applicability()} is empty).
   *
   * @param kind the kind of application, not null
   * @param date the date, not null
   * @param documentValidity when the criteria's document is in force, not null
   * @return true if the criteria apply
   */
  public boolean appliesTo(ApplicationKind kind, LocalDate date, DateRange documentValidity) {
    return applicability().isEmpty()
        ? documentValidity.contains(date)
        : applicability().stream().anyMatch(a -> a.covers(kind, date));
  }

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
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link EligibilityCriteria} values: set the attributes, then {@code build()} checks and
   * returns one.
   */
  public static final class Builder extends ImmutableEligibilityCriteria.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    Checks.notEmpty(tracks(), "tracks of " + id());
    // Loops and ifs rather than streams and message lambdas: each lambda or stream shape costs
    // classes spun at run time on a cold catalogue load (issue #11).
    Set<FactId> trackIds = new HashSet<>();
    for (Track t : tracks()) {
      if (!trackIds.add(t.id())) {
        throw Checks.invalid("tracks of " + id(), tracks(), "track ids must be distinct");
      }
    }
    if (supersedes().contains(id())) {
      throw Checks.invalid(
          "supersedes of " + id(), supersedes(), "must not name the criteria itself");
    }
  }
}
