package io.github.srdipolicy.spark;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import java.io.IOException;
import java.io.Serializable;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Which input column holds what: the firm key, the jurisdiction, indicator values (each with its
 * unit), declarations (boolean columns) and held tiers (one date column per tier: the date of
 * recognition, null if not held). Immutable and serialisable.
 *
 * <p>Read from a small YAML or JSON file with {@link #read(Path)}:
 *
 * <pre>
 * key: credit_code
 * jurisdiction: region_code
 * indicators:
 *   - { column: revenue_wan, indicator: main-business-revenue, unit: WAN_YUAN }
 *   - { column: rnd_pct, indicator: rnd-intensity, unit: PERCENT }
 * declarations: { well-managed: well_managed }
 * tiers: { cn.innovative-sme: innovative_since }
 * tiersComplete: true
 * </pre>
 *
 * <p>or built in code with {@link #builder(String, String)}. Units are the names of {@link Unit}
 * (as in profile JSON); a column in a unit of another kind than its indicator's is rejected when
 * the mapping meets a catalogue. With {@code tiersComplete} true (the default) a null tier column
 * means the tier is not held; false means it is unknown.
 */
public final class ColumnMapping implements Serializable {
  private static final long serialVersionUID = 1L;

  private final String key;
  private final String jurisdiction;
  private final List<IndicatorColumn> indicators;
  private final Map<String, String> declarations;
  private final Map<String, String> tiers;
  private final boolean tiersComplete;

  /**
   * One input column holding an indicator's values.
   *
   * @param column the column name, exactly as in the input's schema
   * @param indicator the indicator id (kept as text so that the mapping serialises)
   * @param unit the unit the column's numbers are in
   */
  public record IndicatorColumn(String column, String indicator, Unit unit)
      implements Serializable {
    /**
     * Checks the parts.
     *
     * @throws IllegalArgumentException if the indicator id is malformed
     */
    public IndicatorColumn {
      Objects.requireNonNull(column, "column");
      IndicatorId.of(indicator);
      Objects.requireNonNull(unit, "unit");
    }

    /**
     * Returns the indicator id.
     *
     * @return the id, never null
     */
    public IndicatorId indicatorId() {
      return IndicatorId.of(indicator);
    }
  }

  private ColumnMapping(
      String key,
      String jurisdiction,
      List<IndicatorColumn> indicators,
      Map<String, String> declarations,
      Map<String, String> tiers,
      boolean tiersComplete) {
    this.key = require(key, "key");
    this.jurisdiction = require(jurisdiction, "jurisdiction");
    this.indicators = List.copyOf(indicators);
    // Insertion order kept (and kept across serialisation): columns() lists them in this order.
    this.declarations = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(declarations));
    this.tiers = java.util.Collections.unmodifiableMap(new LinkedHashMap<>(tiers));
    this.tiersComplete = tiersComplete;
    Set<String> seen = new LinkedHashSet<>();
    Set<String> indicatorsSeen = new LinkedHashSet<>();
    seen.add(this.key);
    if (!seen.add(this.jurisdiction)) {
      throw invalid("jurisdiction", this.jurisdiction, "is also the key column");
    }
    for (IndicatorColumn c : this.indicators) {
      if (!seen.add(c.column())) {
        throw invalid("indicators", c.column(), "column mapped twice");
      }
      if (!indicatorsSeen.add(c.indicator())) {
        throw invalid("indicators", c.indicator(), "indicator mapped from two columns");
      }
    }
    for (Map.Entry<String, String> e : this.declarations.entrySet()) {
      if (!seen.add(e.getValue())) {
        throw invalid("declarations." + e.getKey(), e.getValue(), "column mapped twice");
      }
    }
    for (Map.Entry<String, String> e : this.tiers.entrySet()) {
      TierId.of(e.getKey());
      if (!seen.add(e.getValue())) {
        throw invalid("tiers." + e.getKey(), e.getValue(), "column mapped twice");
      }
    }
  }

  /**
   * Starts a mapping.
   *
   * @param keyColumn the column identifying a firm (copied to every output row), not null
   * @param jurisdictionColumn the column with the GB/T 2260 code of the firm's jurisdiction, not
   *     null
   * @return a new builder, never null
   */
  public static Builder builder(String keyColumn, String jurisdictionColumn) {
    return new Builder(keyColumn, jurisdictionColumn);
  }

  /**
   * Reads a mapping from a YAML file (JSON is YAML too).
   *
   * @param file the file, not null
   * @return the mapping, never null
   * @throws IllegalArgumentException naming the file and the problem if it cannot be read or is
   *     invalid
   */
  public static ColumnMapping read(Path file) {
    ObjectMapper yaml =
        new ObjectMapper(new YAMLFactory())
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES);
    try {
      return yaml.readValue(Files.readAllBytes(file), FileForm.class).toMapping();
    } catch (IOException | RuntimeException e) {
      String message = e.getMessage();
      if (e instanceof com.fasterxml.jackson.core.JsonProcessingException j) {
        // A check of ours failing inside Jackson: our message, with Jackson's line number.
        message =
            (j.getCause() instanceof IllegalArgumentException cause
                    ? cause.getMessage()
                    : j.getOriginalMessage())
                + locationOf(j);
      }
      throw new IllegalArgumentException("Invalid column mapping " + file + ": " + message, e);
    }
  }

  private static String locationOf(com.fasterxml.jackson.core.JsonProcessingException e) {
    return e.getLocation() == null ? "" : " (line " + e.getLocation().getLineNr() + ")";
  }

  /**
   * Returns the mapping by naming convention for the columns present in a schema: an indicator's
   * column is named by its id and holds values in the indicator's own unit, a declaration's column
   * is {@code declaration:KEY}, a tier's column {@code tier:TIER-ID} (its recognition date).
   *
   * @param columns the input's column names, not null
   * @param keyColumn the key column, not null
   * @param jurisdictionColumn the jurisdiction column, not null
   * @param registry the indicators, not null
   * @param declarationKeys the declaration keys to look for, not null
   * @param tierIds the tiers to look for, not null
   * @return the mapping, never null
   */
  public static ColumnMapping byConvention(
      List<String> columns,
      String keyColumn,
      String jurisdictionColumn,
      IndicatorRegistry registry,
      Iterable<String> declarationKeys,
      Iterable<TierId> tierIds) {
    Set<String> present = new LinkedHashSet<>(columns);
    Builder b = builder(keyColumn, jurisdictionColumn);
    for (Indicator ind : registry.all()) {
      if (present.contains(ind.id().toString())) {
        b.indicator(ind.id().toString(), ind.id(), ind.unit());
      }
    }
    for (String d : declarationKeys) {
      if (present.contains(declarationColumn(d))) {
        b.declaration(d, declarationColumn(d));
      }
    }
    for (TierId t : tierIds) {
      if (present.contains(tierColumn(t))) {
        b.tier(t, tierColumn(t));
      }
    }
    return b.build();
  }

  /**
   * Returns the conventional column name of a declaration.
   *
   * @param key the declaration key, not null
   * @return {@code declaration:KEY}
   */
  public static String declarationColumn(String key) {
    return "declaration:" + key;
  }

  /**
   * Returns the conventional column name of a tier's recognition date.
   *
   * @param tier the tier, not null
   * @return {@code tier:TIER-ID}
   */
  public static String tierColumn(TierId tier) {
    return "tier:" + tier;
  }

  /**
   * Returns the key column.
   *
   * @return the name, never null
   */
  public String key() {
    return key;
  }

  /**
   * Returns the jurisdiction column.
   *
   * @return the name, never null
   */
  public String jurisdiction() {
    return jurisdiction;
  }

  /**
   * Returns the indicator columns.
   *
   * @return the columns, never null
   */
  public List<IndicatorColumn> indicators() {
    return indicators;
  }

  /**
   * Returns the declaration columns by declaration key.
   *
   * @return the columns, never null
   */
  public Map<String, String> declarations() {
    return declarations;
  }

  /**
   * Returns the recognition-date columns by tier id.
   *
   * @return the columns, never null
   */
  public Map<String, String> tiers() {
    return tiers;
  }

  /**
   * Tells whether the tier columns list every recognition a firm holds.
   *
   * @return true if a null tier column means "not held"
   */
  public boolean tiersComplete() {
    return tiersComplete;
  }

  /**
   * Checks the mapping against the indicators of a catalogue: every indicator must exist and each
   * column's unit must measure the same kind of value as its indicator.
   *
   * @param registry the indicators, not null
   * @throws IllegalArgumentException naming the column, the indicator and the unit otherwise
   */
  public void check(IndicatorRegistry registry) {
    for (IndicatorColumn c : indicators) {
      Indicator ind =
          registry
              .find(c.indicatorId())
              .orElseThrow(
                  () ->
                      invalid(
                          "indicators", c.column(), "unknown indicator '" + c.indicator() + "'"));
      if (!c.unit().isCompatibleWith(ind.unit())) {
        throw invalid(
            "indicators",
            c.column(),
            "unit " + c.unit() + " does not measure " + ind.id() + " (in " + ind.unit() + ")");
      }
    }
  }

  /**
   * Returns every column the mapping reads.
   *
   * @return the names, key first, never null
   */
  public List<String> columns() {
    List<String> all = new ArrayList<>();
    all.add(key);
    all.add(jurisdiction);
    indicators.forEach(c -> all.add(c.column()));
    all.addAll(declarations.values());
    all.addAll(tiers.values());
    return all;
  }

  @Override
  public String toString() {
    return "ColumnMapping{key="
        + key
        + ", jurisdiction="
        + jurisdiction
        + ", indicators="
        + indicators
        + ", declarations="
        + declarations
        + ", tiers="
        + tiers
        + ", tiersComplete="
        + tiersComplete
        + "}";
  }

  private static String require(String value, String field) {
    if (value == null || value.isBlank()) {
      throw invalid(field, value, "a column name is required");
    }
    return value;
  }

  private static IllegalArgumentException invalid(String field, Object value, String why) {
    return new IllegalArgumentException("Invalid " + field + ": '" + value + "' (" + why + ")");
  }

  /** Fills a mapping; not thread-safe. */
  public static final class Builder {
    private final String key;
    private final String jurisdiction;
    private final List<IndicatorColumn> indicators = new ArrayList<>();
    private final Map<String, String> declarations = new LinkedHashMap<>();
    private final Map<String, String> tiers = new LinkedHashMap<>();
    private boolean tiersComplete = true;

    private Builder(String key, String jurisdiction) {
      this.key = key;
      this.jurisdiction = jurisdiction;
    }

    /**
     * Maps a column to an indicator.
     *
     * @param column the column, not null
     * @param indicator the indicator, not null
     * @param unit the unit of the column's numbers, not null
     * @return this builder
     */
    public Builder indicator(String column, IndicatorId indicator, Unit unit) {
      indicators.add(new IndicatorColumn(column, indicator.toString(), unit));
      return this;
    }

    /**
     * Maps a boolean column to a declaration.
     *
     * @param declaration the declaration key, not null
     * @param column the column, not null
     * @return this builder
     */
    public Builder declaration(String declaration, String column) {
      declarations.put(
          Objects.requireNonNull(declaration, "declaration"),
          Objects.requireNonNull(column, "column"));
      return this;
    }

    /**
     * Maps a date column to a tier: the date the firm was recognised, null if it does not hold it.
     *
     * @param tier the tier, not null
     * @param column the column, not null
     * @return this builder
     */
    public Builder tier(TierId tier, String column) {
      tiers.put(tier.toString(), Objects.requireNonNull(column, "column"));
      return this;
    }

    /**
     * Sets whether the tier columns list every recognition (default true).
     *
     * @param complete false if a null tier column means "unknown"
     * @return this builder
     */
    public Builder tiersComplete(boolean complete) {
      this.tiersComplete = complete;
      return this;
    }

    /**
     * Builds the mapping.
     *
     * @return the mapping, never null
     * @throws IllegalArgumentException if a column is mapped twice or a name is blank
     */
    public ColumnMapping build() {
      return new ColumnMapping(key, jurisdiction, indicators, declarations, tiers, tiersComplete);
    }
  }

  /** The file form, as Jackson reads it. */
  private record FileForm(
      String key,
      String jurisdiction,
      List<FileColumn> indicators,
      Map<String, String> declarations,
      Map<String, String> tiers,
      Boolean tiersComplete) {
    @JsonCreator
    FileForm(
        @JsonProperty(value = "key", required = true) String key,
        @JsonProperty(value = "jurisdiction", required = true) String jurisdiction,
        @JsonProperty("indicators") List<FileColumn> indicators,
        @JsonProperty("declarations") Map<String, String> declarations,
        @JsonProperty("tiers") Map<String, String> tiers,
        @JsonProperty("tiersComplete") Boolean tiersComplete) {
      this.key = key;
      this.jurisdiction = jurisdiction;
      this.indicators = indicators == null ? List.of() : indicators;
      this.declarations = declarations == null ? Map.of() : declarations;
      this.tiers = tiers == null ? Map.of() : tiers;
      this.tiersComplete = tiersComplete;
    }

    ColumnMapping toMapping() {
      Builder b = builder(key, jurisdiction);
      for (FileColumn c : indicators) {
        b.indicator(c.column(), IndicatorId.of(c.indicator()), c.unit());
      }
      declarations.forEach(b::declaration);
      tiers.forEach((t, col) -> b.tier(TierId.of(t), col));
      if (tiersComplete != null) {
        b.tiersComplete(tiersComplete);
      }
      return b.build();
    }
  }

  /** One indicator column in the file form. */
  private record FileColumn(String column, String indicator, Unit unit) {
    @JsonCreator
    FileColumn(
        @JsonProperty(value = "column", required = true) String column,
        @JsonProperty(value = "indicator", required = true) String indicator,
        @JsonProperty(value = "unit", required = true) Unit unit) {
      this.column = column;
      this.indicator = indicator;
      this.unit = unit;
    }
  }
}
