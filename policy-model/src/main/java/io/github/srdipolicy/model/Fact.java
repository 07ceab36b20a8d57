package io.github.srdipolicy.model;

/**
 * A fact of the catalogue that has a stable id and a source: eligibility criteria, a track, a
 * condition, a ladder, an incentive, a target, a measure, a provision or a pool firm.
 *
 * <p>The set is closed (sealed) so that code taking any fact, such as {@code Catalog.fact(FactId)},
 * can rely on every shape being one of these types.
 */
public sealed interface Fact
    permits Condition,
        EligibilityCriteria,
        Track,
        TierLadder,
        Incentive,
        Target,
        Measure,
        Provision,
        PoolFirm {
  /**
   * Returns the stable id, unique within the catalogue.
   *
   * @return the id, never null
   */
  FactId id();
}
