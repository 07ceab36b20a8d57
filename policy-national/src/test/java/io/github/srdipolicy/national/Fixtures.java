package io.github.srdipolicy.national;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;

/** Shared test helpers: the national catalogue and a small mutable profile builder. */
final class Fixtures {
  private Fixtures() {}

  static final Catalog CATALOG = Catalog.of(new NationalSource());

  static EligibilityCriteria criteria(String id) {
    return CATALOG.fact(FactId.of(id), EligibilityCriteria.class);
  }

  /** A firm described value by value, so that tests can change one input at a time. */
  static final class Firm {
    final Map<Indicator, Quantity> values = new HashMap<>();
    final Map<String, Boolean> declarations = new HashMap<>();
    final Map<String, LocalDate> tiers = new HashMap<>();

    Firm with(Indicator i, Quantity q) {
      values.put(i, q);
      return this;
    }

    Firm without(Indicator i) {
      values.remove(i);
      return this;
    }

    Firm declare(String key, boolean value) {
      declarations.put(key, value);
      return this;
    }

    Firm holds(String tier, LocalDate since) {
      tiers.put(tier, since);
      return this;
    }

    Firm copy() {
      Firm f = new Firm();
      f.values.putAll(values);
      f.declarations.putAll(declarations);
      f.tiers.putAll(tiers);
      return f;
    }

    EnterpriseProfile profile() {
      var b = EnterpriseProfile.builder().jurisdiction(JurisdictionCode.CN);
      values.forEach((i, q) -> b.putValues(i.id(), q));
      b.putAllDeclarations(declarations);
      tiers.forEach((t, d) -> b.addTiers(io.github.srdipolicy.engine.TierHolding.of(t, d)));
      return b.build();
    }

    Outcome against(String criteriaId, LocalDate on) {
      return CATALOG.evaluator().evaluate(criteria(criteriaId), profile(), on).outcome();
    }
  }
}
