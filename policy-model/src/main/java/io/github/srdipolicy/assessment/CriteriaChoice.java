package io.github.srdipolicy.assessment;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.model.EligibilityCriteria;
import java.time.LocalDate;
import java.util.List;

/**
 * Which of several criteria for one tier, all in force on a date, gives the tier's one answer.
 *
 * <p>The only place that chooses, so that the catalogue's own precedence rule can replace it:
 * until then the criteria of the document that came into force last is taken (a newer call
 * restates the conditions), ties going to the one listed last; the others are reported as
 * "also in force".
 */
final class CriteriaChoice {
  private CriteriaChoice() {}

  /** Returns the index of the criteria that decides the tier; the list is not empty. */
  static int choose(Catalog catalog, List<EligibilityCriteria> inForce, LocalDate date) {
    int best = 0;
    LocalDate bestStart = null;
    for (int i = 0; i < inForce.size(); i++) {
      LocalDate start = catalog.documentOf(inForce.get(i).id()).validity().start();
      if (bestStart == null || !start.isBefore(bestStart)) {
        best = i;
        bestStart = start;
      }
    }
    return best;
  }
}
