package io.github.srdipolicy.screening;

import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.EligibilityCriteria;
import java.util.List;
import java.util.Optional;

/**
 * The outcome of every firm of a {@link Population} against every criteria of a {@link Screener},
 * stored as two bits per firm and criteria. Immutable and thread-safe.
 */
public final class ScreeningResult {
  private final List<EligibilityCriteria> criteria;
  private final Population population;
  private final boolean[][] applies;

  /** Per criteria, by row (not firm): see {@code Population.rowOf}. */
  private final long[][] t;

  private final long[][] f;

  ScreeningResult(
      List<EligibilityCriteria> criteria,
      Population population,
      boolean[][] applies,
      long[][] t,
      long[][] f) {
    this.criteria = criteria;
    this.population = population;
    this.applies = applies;
    this.t = t;
    this.f = f;
  }

  /**
   * Returns the criteria screened, in column order.
   *
   * @return the criteria, never null
   */
  public List<EligibilityCriteria> criteria() {
    return criteria;
  }

  /**
   * Returns the number of firms screened.
   *
   * @return the size
   */
  public int size() {
    return population.size;
  }

  /**
   * Tells whether a criteria applies to a firm (its document's jurisdiction is in the firm's
   * chain).
   *
   * @param firm the firm's index
   * @param criteriaIndex the criteria's index in {@link #criteria()}
   * @return true if it applies
   */
  public boolean applies(int firm, int criteriaIndex) {
    return applies[population.jurisdiction[firm]][criteriaIndex];
  }

  /**
   * Returns a firm's outcome for a criteria.
   *
   * @param firm the firm's index
   * @param criteriaIndex the criteria's index in {@link #criteria()}
   * @return the outcome, empty if the criteria does not apply to the firm, never null
   */
  public Optional<Outcome> outcome(int firm, int criteriaIndex) {
    if (!applies(firm, criteriaIndex)) {
      return Optional.empty();
    }
    return Optional.of(outcomeUnchecked(firm, criteriaIndex));
  }

  Outcome outcomeUnchecked(int firm, int criteriaIndex) {
    int row = population.rowOf[firm];
    boolean canBeTrue = ((t[criteriaIndex][row >>> 6] >>> (row & 63)) & 1) != 0;
    boolean canBeFalse = ((f[criteriaIndex][row >>> 6] >>> (row & 63)) & 1) != 0;
    return canBeTrue
        ? (canBeFalse ? Outcome.UNDETERMINED : Outcome.ELIGIBLE)
        : Outcome.NOT_ELIGIBLE;
  }

  /**
   * Counts the firms with an outcome for a criteria, among those it applies to.
   *
   * @param criteriaIndex the criteria's index
   * @param outcome the outcome, not null
   * @return the count
   */
  public int count(int criteriaIndex, Outcome outcome) {
    int n = 0;
    for (int firm = 0; firm < population.size; firm++) {
      if (applies(firm, criteriaIndex) && outcomeUnchecked(firm, criteriaIndex) == outcome) {
        n++;
      }
    }
    return n;
  }
}
