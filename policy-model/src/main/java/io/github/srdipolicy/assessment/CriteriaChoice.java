package io.github.srdipolicy.assessment;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.EligibilityCriteria;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * Which of several criteria for one tier, all in force on a date, gives the tier's one answer.
 *
 * <p>The catalogue's stated precedence decides ({@link Catalog#decidingCriteria}); where it names
 * none of these, the criteria of the document that came into force last is taken, ties going to the
 * one listed last. The others are reported as "also in force".
 */
final class CriteriaChoice {
  private CriteriaChoice() {}

  /** Returns the index of the criteria that decides the tier; the list is not empty. */
  static int choose(
      Catalog catalog, List<EligibilityCriteria> inForce, LocalDate date, ApplicationKind kind) {
    if (inForce.size() > 1) {
      Optional<io.github.srdipolicy.catalog.CriteriaChoice> stated =
          catalog.decidingCriteria(inForce.get(0).tier(), kind, date);
      if (stated.isPresent()) {
        for (int i = 0; i < inForce.size(); i++) {
          if (inForce.get(i).id().equals(stated.get().deciding().id())) {
            return i;
          }
        }
      }
    }
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
