package io.github.srdipolicy.catalog;

import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.TierId;
import java.util.List;
import java.util.Objects;

/**
 * One answer for one tier: the report of the criteria that decide it for the firm's kind of
 * application on the date, with the reports of the other criteria also in force for that tier,
 * shown for information only. Immutable and thread-safe.
 *
 * @param tier the tier, not null
 * @param kind the kind of application judged, not null
 * @param answer the report of the deciding criteria, not null
 * @param alsoInForce the reports of the other criteria in force, in precedence order, not null
 * @param precedenceStated false when the data states no precedence between the deciding criteria
 *     and one of the others (see {@link CriteriaChoice#precedenceStated()})
 */
public record TierAnswer(
    TierId tier,
    ApplicationKind kind,
    EligibilityReport answer,
    List<EligibilityReport> alsoInForce,
    boolean precedenceStated) {
  /**
   * Checks the parts.
   *
   * @param tier the tier, not null
   * @param kind the kind, not null
   * @param answer the deciding report, not null
   * @param alsoInForce the other reports, not null
   * @param precedenceStated whether precedence is stated
   */
  public TierAnswer {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(answer, "answer");
    alsoInForce = List.copyOf(alsoInForce);
  }
}
