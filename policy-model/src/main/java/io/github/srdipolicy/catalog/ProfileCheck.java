package io.github.srdipolicy.catalog;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.internal.Checks;
import io.github.srdipolicy.internal.Suggest;
import io.github.srdipolicy.model.DeclarationRegistry;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * The checks of a profile against a catalogue's vocabulary that the evaluator alone cannot make:
 * every declaration key is one a condition reads, every tier listed exists, and nothing is dated
 * after the profile's own as-of date. Unknown keys name the closest known key.
 */
final class ProfileCheck {
  private ProfileCheck() {}

  static void check(
      EnterpriseProfile profile,
      IndicatorRegistry indicators,
      DeclarationRegistry declarations,
      Set<TierId> tiers) {
    Checks.notNull(profile, "profile");
    Map<IndicatorId, Quantity> values = profile.values();
    for (IndicatorId id : new TreeMap<>(values).keySet()) {
      if (indicators.find(id).isEmpty()) {
        String key = id.toString();
        if (declarations.find(key).isPresent()) {
          throw new IllegalArgumentException(
              "Unknown indicator: '"
                  + key
                  + "' in values: it is a declaration; give it as "
                  + "\"declarations\": {\""
                  + key
                  + "\": true} (or false)");
        }
        throw new IllegalArgumentException(
            "Unknown indicator: '"
                + Checks.show(key)
                + "' in values"
                + Suggest.hint(
                    key, indicators.all().stream().map(i -> i.id().toString()).toList()));
      }
    }
    for (String key : new TreeMap<>(profile.declarations()).keySet()) {
      if (declarations.find(key).isPresent()) {
        continue;
      }
      var indicator = indicators.find(IndicatorId.of(key));
      if (indicator.isPresent()) {
        throw new IllegalArgumentException(
            "Unknown declaration: '"
                + key
                + "': it is an indicator; give it under values as {\""
                + key
                + "\": {\"amount\": \"1\", \"unit\": \""
                + indicator.get().unit()
                + "\"}}"
                + (indicator.get().unit() == Unit.FLAG ? " (1 yes, 0 no)" : ""));
      }
      throw new IllegalArgumentException(
          "Unknown declaration: '"
              + Checks.show(key)
              + "'"
              + Suggest.hint(key, declarations.keys()));
    }
    List<TierHolding> held = profile.tiers();
    for (int i = 0; i < held.size(); i++) {
      TierHolding h = held.get(i);
      if (!tiers.contains(h.tier())) {
        throw new IllegalArgumentException(
            "Unknown tier in tiers["
                + i
                + "]: '"
                + Checks.show(h.tier())
                + "'"
                + Suggest.hint(
                    h.tier().toString(),
                    tiers.stream().map(TierId::toString).collect(Collectors.toList())));
      }
    }
    if (profile.asOf().isEmpty()) {
      return;
    }
    LocalDate asOf = profile.asOf().get();
    for (int i = 0; i < held.size(); i++) {
      LocalDate recognised = held.get(i).recognised();
      if (recognised.isAfter(asOf)) {
        throw Checks.invalid(
            "tiers[" + i + "].recognised",
            recognised,
            "after the profile's asOf "
                + asOf
                + ": a recognition cannot be known before it happens");
      }
    }
    for (Map.Entry<IndicatorId, Quantity> e : new TreeMap<>(values).entrySet()) {
      Indicator indicator = indicators.get(e.getKey());
      Quantity q = e.getValue();
      if (indicator.kind() == ValueKind.CALENDAR_YEAR
          && q.amount().compareTo(java.math.BigDecimal.valueOf(asOf.getYear())) > 0) {
        throw Checks.invalid(
            "value of indicator " + e.getKey(),
            q.toGivenString(),
            "after the year of the profile's asOf " + asOf);
      }
      if (indicator.kind() == ValueKind.DATE
          && q.amount().compareTo(java.math.BigDecimal.valueOf(asOf.toEpochDay())) > 0) {
        throw Checks.invalid(
            "value of indicator " + e.getKey(),
            q.toDisplayString(),
            "after the profile's asOf " + asOf);
      }
    }
  }
}
