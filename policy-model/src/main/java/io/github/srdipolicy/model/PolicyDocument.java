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
 * A policy document and everything encoded from it.
 *
 * <p>The metadata (document number as id, issuer, title, dates, validity, plan period,
 * jurisdiction, the documents it implements or cites, completeness) comes with the document's
 * {@link #outline() outline} of clauses and the facts encoded from them: tiers, ladders, criteria,
 * incentives, targets, measures, provisions and named pool firms. Every fact carries its own {@link
 * SourceRef}. Immutable and thread-safe.
 */
@Value.Immutable
@JsonSerialize(as = ImmutablePolicyDocument.class)
@JsonDeserialize(as = ImmutablePolicyDocument.class)
public abstract class PolicyDocument {
  /**
   * Returns the document number (文号), the document's id.
   *
   * @return the id, never null
   */
  public abstract DocumentId id();

  /**
   * Returns the issuing body.
   *
   * @return the issuer, never null
   */
  public abstract LocalizedText issuer();

  /**
   * Returns the title.
   *
   * @return the title, never null
   */
  public abstract LocalizedText title();

  /**
   * Returns the date of issue, where the text states it.
   *
   * @return the issue date, never null
   */
  public abstract Optional<LocalDate> issued();

  /**
   * Returns the date of publication, where stated.
   *
   * @return the publication date, never null
   */
  public abstract Optional<LocalDate> published();

  /**
   * Returns when the document is in force, half-open; see {@link #validityNote()} for how it was
   * derived where the document does not say.
   *
   * @return the validity, never null
   */
  public abstract DateRange validity();

  /**
   * Returns how the validity was derived, where the document does not state it.
   *
   * @return the note, never null
   */
  public abstract Optional<LocalizedText> validityNote();

  /**
   * Returns the plan period the document covers, where stated (e.g. 2022—2024).
   *
   * @return the plan period, never null
   */
  public abstract Optional<DateRange> planPeriod();

  /**
   * Returns the jurisdiction that issued the document and whose firms it addresses.
   *
   * @return the jurisdiction code, never null
   */
  public abstract JurisdictionCode jurisdiction();

  /**
   * Returns the documents this one implements (按照 / 落实).
   *
   * @return document ids, never null
   */
  public abstract List<DocumentId> implementsDocuments();

  /**
   * Returns other documents it cites.
   *
   * @return document ids, never null
   */
  public abstract List<DocumentId> cites();

  /**
   * Returns how much of the document is encoded.
   *
   * @return the completeness, never null
   */
  public abstract Completeness completeness();

  /**
   * Returns what is missing, required for {@link Completeness#PARTIAL}.
   *
   * @return the note, never null
   */
  public abstract Optional<LocalizedText> completenessNote();

  /**
   * Returns how well the document's metadata is attested.
   *
   * @return the confidence, {@link Confidence#SEED} unless set
   */
  @Value.Default
  public Confidence confidence() {
    return Confidence.SEED;
  }

  /**
   * Returns every clause of the document with its status.
   *
   * @return the outline in document order, never null
   */
  public abstract List<Clause> outline();

  /**
   * Returns the tiers the document defines.
   *
   * @return the tiers, never null
   */
  public abstract List<Tier> tiers();

  /**
   * Returns the ladders the document sets out.
   *
   * @return the ladders, never null
   */
  public abstract List<TierLadder> ladders();

  /**
   * Returns the eligibility criteria the document sets.
   *
   * @return the criteria, never null
   */
  public abstract List<EligibilityCriteria> criteria();

  /**
   * Returns the incentives the document grants.
   *
   * @return the incentives, never null
   */
  public abstract List<Incentive> incentives();

  /**
   * Returns the targets.
   *
   * @return the targets, never null
   */
  public abstract List<Target> targets();

  /**
   * Returns the tasks and safeguards.
   *
   * @return the measures, never null
   */
  public abstract List<Measure> measures();

  /**
   * Returns the other provisions.
   *
   * @return the provisions, never null
   */
  public abstract List<Provision> provisions();

  /**
   * Returns the firms named in a cultivation pool.
   *
   * @return the pool firms, never null
   */
  public abstract List<PoolFirm> poolFirms();

  /**
   * Tells whether the document is in force on a date.
   *
   * @param date the date, not null
   * @return true if the validity contains the date
   */
  public boolean isInForceOn(LocalDate date) {
    return validity().contains(date);
  }

  /**
   * Returns the outline entry of a clause path.
   *
   * @param path the clause path, not null
   * @return the clause, empty if the outline has no such path, never null
   */
  public Optional<Clause> clause(String path) {
    for (Clause c : outline()) {
      if (c.path().equals(path)) {
        return Optional.of(c);
      }
    }
    return Optional.empty();
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link PolicyDocument} values: set the attributes, then {@code build()} checks and
   * returns one.
   */
  public static final class Builder extends ImmutablePolicyDocument.Builder {
    Builder() {}
  }

  @Value.Check
  void check() {
    // Ifs and loops rather than message lambdas and streams: each lambda or stream shape costs
    // classes spun at run time on a cold catalogue load (issue #11).
    if (completeness() == Completeness.PARTIAL && completenessNote().isEmpty()) {
      throw Checks.invalid(
          "completenessNote", completenessNote(), "is required for a PARTIAL document " + id());
    }
    Set<String> paths = new HashSet<>();
    for (Clause c : outline()) {
      if (!paths.add(c.path())) {
        throw Checks.invalid(
            "outline of " + id(), outline().size() + " clauses", "clause paths must be distinct");
      }
    }
  }

  @Override
  public String toString() {
    return id().toString();
  }
}
