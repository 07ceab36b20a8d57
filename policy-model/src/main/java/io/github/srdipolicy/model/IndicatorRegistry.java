package io.github.srdipolicy.model;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A set of indicator definitions looked up by id. The {@link #standard() standard} registry holds
 * the shared vocabulary of {@link Indicators}; a catalogue adds the indicators region modules
 * contribute. Immutable and thread-safe.
 */
public final class IndicatorRegistry {
  private static final IndicatorRegistry STANDARD = of(Indicators.all());

  private final Map<IndicatorId, Indicator> byId;

  private IndicatorRegistry(Map<IndicatorId, Indicator> byId) {
    this.byId = byId;
  }

  /**
   * Returns the registry of the standard vocabulary.
   *
   * @return the registry, never null
   */
  public static IndicatorRegistry standard() {
    return STANDARD;
  }

  /**
   * Creates a registry.
   *
   * @param indicators the definitions, with distinct ids, not null
   * @return the registry, never null
   * @throws IllegalArgumentException naming the id if two definitions share one
   */
  public static IndicatorRegistry of(Collection<Indicator> indicators) {
    Map<IndicatorId, Indicator> map = new LinkedHashMap<>();
    for (Indicator indicator : indicators) {
      Indicator previous = map.putIfAbsent(indicator.id(), indicator);
      if (previous != null && !previous.equals(indicator)) {
        throw new IllegalArgumentException(
            "Duplicate indicator id: '" + indicator.id() + "' is defined twice, differently");
      }
    }
    return new IndicatorRegistry(Map.copyOf(map));
  }

  /**
   * Returns the definition of an id.
   *
   * @param id the id, not null
   * @return the definition, never null
   * @throws IllegalArgumentException naming the id if it is unknown
   */
  public Indicator get(IndicatorId id) {
    Indicator indicator = byId.get(id);
    if (indicator == null) {
      throw new IllegalArgumentException("Unknown indicator: '" + id + "'");
    }
    return indicator;
  }

  /**
   * Looks up an id.
   *
   * @param id the id, not null
   * @return the definition, empty if unknown, never null
   */
  public Optional<Indicator> find(IndicatorId id) {
    return Optional.ofNullable(byId.get(id));
  }

  /**
   * Returns all definitions, sorted by id.
   *
   * @return the definitions, never null
   */
  public List<Indicator> all() {
    return byId.values().stream().sorted(java.util.Comparator.comparing(Indicator::id)).toList();
  }
}
