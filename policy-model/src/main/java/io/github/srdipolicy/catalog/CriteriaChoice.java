package io.github.srdipolicy.catalog;

import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.TierId;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The criteria that decide a tier for a kind of application on a date, and the other criteria for
 * that tier also in force then, which the deciding set takes precedence over. Immutable and
 * thread-safe.
 *
 * @param tier the tier, not null
 * @param kind the kind of application, not null
 * @param date the date, not null
 * @param deciding the criteria that decide, not null
 * @param alsoInForce the other criteria in force for the tier, kind and date, in precedence order,
 *     not null
 * @param precedenceStated false when two or more sets apply and the data states no precedence
 *     between the deciding set and some other one (the choice then falls on the set that took
 *     effect last; {@code policy lint} reports such overlaps)
 */
public record CriteriaChoice(
    TierId tier,
    ApplicationKind kind,
    LocalDate date,
    EligibilityCriteria deciding,
    List<EligibilityCriteria> alsoInForce,
    boolean precedenceStated) {
  /**
   * Checks the parts.
   *
   * @param tier the tier, not null
   * @param kind the kind, not null
   * @param date the date, not null
   * @param deciding the deciding criteria, not null
   * @param alsoInForce the other criteria, not null
   * @param precedenceStated whether precedence is stated
   */
  public CriteriaChoice {
    Objects.requireNonNull(tier, "tier");
    Objects.requireNonNull(kind, "kind");
    Objects.requireNonNull(date, "date");
    Objects.requireNonNull(deciding, "deciding");
    alsoInForce = List.copyOf(alsoInForce);
  }
}
