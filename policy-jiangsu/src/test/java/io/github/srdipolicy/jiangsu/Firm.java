package io.github.srdipolicy.jiangsu;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Quantity;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * An immutable firm-profile sketch for the annex tests: each change returns a new firm, so bases
 * can be varied.
 */
final class Firm {
  private final String name;
  private final Map<IndicatorId, Quantity> values;
  private final Map<String, Boolean> declarations;

  private Firm(String name, Map<IndicatorId, Quantity> values, Map<String, Boolean> declarations) {
    this.name = name;
    this.values = values;
    this.declarations = declarations;
  }

  static Firm named(String name) {
    return new Firm(name, Map.of(), Map.of());
  }

  Firm with(Indicator indicator, Quantity value) {
    Map<IndicatorId, Quantity> v = new LinkedHashMap<>(values);
    v.put(indicator.id(), value);
    return new Firm(name, v, declarations);
  }

  Firm without(Indicator indicator) {
    Map<IndicatorId, Quantity> v = new LinkedHashMap<>(values);
    v.remove(indicator.id());
    return new Firm(name, v, declarations);
  }

  Firm declare(String key, boolean met) {
    Map<String, Boolean> d = new LinkedHashMap<>(declarations);
    d.put(key, met);
    return new Firm(name, values, d);
  }

  Firm undeclared(String key) {
    Map<String, Boolean> d = new LinkedHashMap<>(declarations);
    d.remove(key);
    return new Firm(name, values, d);
  }

  EnterpriseProfile profile() {
    return EnterpriseProfile.builder()
        .name(name)
        .jurisdiction(JiangsuSource.COUNTY)
        .putAllValues(values)
        .putAllDeclarations(declarations)
        .build();
  }

  @Override
  public String toString() {
    return name;
  }
}
