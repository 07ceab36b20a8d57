package io.github.srdipolicy.screening;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.internal.Checks;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

/**
 * Firms laid out in columns for one {@link Screener}: a fixed-point value and a "known" bit per
 * firm and slot (indicator, declaration or held tier), and each firm's jurisdiction. Built through
 * {@link Screener#populationBuilder(int, LocalDate)}; immutable once built and safe to screen from
 * several threads.
 */
public final class Population {
  final int size;

  /** Columns by slot, rows sorted by jurisdiction so that a word of 64 rows mostly shares one. */
  final long[][] values;

  final long[][] known;

  /**
   * Code columns by slot, bit-sliced (see {@code Node.Cuts}): a slot whose codes have {@code k}
   * bits holds, for word {@code w} of 64 rows, bit {@code j} of their codes in {@code [w * k + j]};
   * null for a slot read only raw. A slot with codes has a null {@link #values} column unless a sum
   * reads it. Raw values are zero where missing.
   */
  final long[][] planes;

  /** Jurisdiction index of each row. */
  final int[] rowJurisdiction;

  /** Jurisdiction index of each firm, in the order firms were added. */
  final int[] jurisdiction;

  /** The row of each firm. */
  final int[] rowOf;

  final List<JurisdictionCode> jurisdictions;

  /**
   * Firms with a value the fixed-point columns cannot hold exactly: screened by the exact engine.
   */
  final Map<Integer, EnterpriseProfile> exact;

  final LocalDate asOf;

  /** The screener whose slots the columns follow: another screener must not screen them. */
  final Screener owner;

  private Population(Builder b) {
    this.owner = b.screener;
    this.size = b.size;
    this.jurisdiction = java.util.Arrays.copyOf(b.jurisdiction, b.size);
    // Counting sort of firms by jurisdiction (stable), then the columns permuted to that order:
    // screening skips, word by word, the criteria that apply to none of its firms.
    int[] start = new int[b.jurisdictions.size() + 1];
    for (int f = 0; f < size; f++) {
      start[jurisdiction[f] + 1]++;
    }
    for (int j = 0; j < b.jurisdictions.size(); j++) {
      start[j + 1] += start[j];
    }
    this.rowOf = new int[size];
    this.rowJurisdiction = new int[size];
    for (int f = 0; f < size; f++) {
      int row = start[jurisdiction[f]]++;
      rowOf[f] = row;
      rowJurisdiction[row] = jurisdiction[f];
    }
    int words = (size + 63) >>> 6;
    this.values = new long[b.values.length][];
    this.known = new long[b.values.length][];
    this.planes = new long[b.values.length][];
    Node.Cuts encoding = b.screener.encoding;
    for (int s = 0; s < b.values.length; s++) {
      // Padded to whole words: the nodes' loops always run over 64 rows.
      long[] k = new long[words];
      for (int f = 0; f < size; f++) {
        k[rowOf[f] >>> 6] |= ((b.known[s][f >>> 6] >>> (f & 63)) & 1) << (rowOf[f] & 63);
      }
      known[s] = k;
      long[] cuts = encoding.of(s);
      if (cuts != null) {
        int bits = encoding.bits(s);
        long[] c = new long[words * bits];
        for (int f = 0; f < size; f++) {
          int code = Node.Cuts.code(cuts, b.values[s][f]);
          int row = rowOf[f];
          int at = (row >>> 6) * bits;
          for (int j = 0; j < bits; j++) {
            c[at + j] |= (long) ((code >>> j) & 1) << (row & 63);
          }
        }
        planes[s] = c;
      }
      if (encoding.keepsRaw(s)) {
        long[] v = new long[words << 6];
        for (int f = 0; f < size; f++) {
          // Zero where the value is missing: a sum adds the column without masking it.
          long isKnown = -((b.known[s][f >>> 6] >>> (f & 63)) & 1);
          v[rowOf[f]] = b.values[s][f] & isKnown;
        }
        values[s] = v;
      }
    }
    this.jurisdictions = List.copyOf(b.jurisdictions);
    this.exact = Map.copyOf(b.exact);
    this.asOf = b.asOf;
  }

  /**
   * Returns the number of firms.
   *
   * @return the size
   */
  public int size() {
    return size;
  }

  /**
   * Returns the date tier holdings were checked on.
   *
   * @return the date, never null
   */
  public LocalDate asOf() {
    return asOf;
  }

  /**
   * Returns a firm's jurisdiction.
   *
   * @param firm the firm's index
   * @return the code, never null
   */
  public JurisdictionCode jurisdiction(int firm) {
    return jurisdictions.get(jurisdiction[firm]);
  }

  /** Fills a population firm by firm; not thread-safe. */
  public static final class Builder {
    private final Screener screener;
    private final LocalDate asOf;
    private int size;
    private long[][] values;
    private long[][] known;
    private int[] jurisdiction;
    private final List<JurisdictionCode> jurisdictions = new ArrayList<>();
    private final Map<JurisdictionCode, Integer> jurisdictionIndex = new HashMap<>();
    private final Map<Integer, EnterpriseProfile> exact = new HashMap<>();
    private Appender appender;

    Builder(Screener screener, int capacity, LocalDate asOf) {
      this.screener = screener;
      this.asOf = asOf;
      int slots = screener.slotCount();
      int cap = Math.max(capacity, 64);
      values = new long[slots][cap];
      known = new long[slots][(cap + 63) >>> 6];
      jurisdiction = new int[cap];
    }

    private void grow() {
      int cap = jurisdiction.length * 2;
      for (int s = 0; s < values.length; s++) {
        values[s] = java.util.Arrays.copyOf(values[s], cap);
        known[s] = java.util.Arrays.copyOf(known[s], (cap + 63) >>> 6);
      }
      jurisdiction = java.util.Arrays.copyOf(jurisdiction, cap);
    }

    /**
     * Adds a firm, checking its values as the explained engine does.
     *
     * @param profile the firm, not null
     * @return the firm's index
     * @throws IllegalArgumentException naming the field and the value if the profile is invalid: a
     *     value, or for a catalogue's screener an unknown declaration or tier, or a date after the
     *     profile's as-of date
     */
    public int add(EnterpriseProfile profile) {
      screener.checked(profile);
      int firm = newFirm(profile.jurisdiction());
      boolean representable = true;
      for (Map.Entry<IndicatorId, Quantity> e : profile.values().entrySet()) {
        int slot = screener.indicatorSlot(e.getKey());
        if (slot >= 0) {
          long v = Fixed.of(e.getValue());
          if (v == Fixed.UNREPRESENTABLE) {
            representable = false;
          } else {
            set(firm, slot, v);
          }
        }
      }
      for (Map.Entry<String, Boolean> e : profile.declarations().entrySet()) {
        int slot = screener.declarationSlot(e.getKey());
        if (slot >= 0) {
          set(firm, slot, e.getValue() ? 1 : 0);
        }
      }
      for (TierId tier : screener.tiers()) {
        boolean held = false;
        for (TierHolding h : profile.tiers()) {
          held |= h.tier().equals(tier) && screener.evaluator().holds(h, asOf);
        }
        if (held || profile.tiersComplete()) {
          set(firm, screener.tierSlot(tier), held ? 1 : 0);
        }
      }
      if (!representable) {
        exact.put(firm, profile);
      }
      return firm;
    }

    int newFirm(JurisdictionCode code) {
      // Resolve the jurisdiction first: an unknown one throws before the firm is counted.
      int index =
          jurisdictionIndex.computeIfAbsent(
              code,
              c -> {
                screener.applicability(c); // fails, naming an unknown jurisdiction
                jurisdictions.add(c);
                return jurisdictions.size() - 1;
              });
      if (size == jurisdiction.length) {
        grow();
      }
      int firm = size++;
      jurisdiction[firm] = index;
      return firm;
    }

    void set(int firm, int slot, long fixedValue) {
      values[slot][firm] = fixedValue;
      known[slot][firm >>> 6] |= 1L << (firm & 63);
    }

    /**
     * Returns this builder's appender, which adds firms given value by value rather than as
     * profiles: for readers that hold firms in columns already (a Spark partition, a columnar
     * file), which then need not build an {@link EnterpriseProfile} per firm.
     *
     * @return the appender, the same one on every call, never null
     */
    public Appender appender() {
      if (appender == null) {
        appender = new Appender();
      }
      return appender;
    }

    /**
     * Adds firms value by value: {@link #start} a firm, give its values, declarations and tiers
     * held, then {@link #append} it. A firm is checked as {@link #add(EnterpriseProfile)} checks a
     * profile dated the builder's as-of date, and a firm that fails a check is not added. Reused
     * from firm to firm; not thread-safe.
     */
    public final class Appender {
      private JurisdictionCode code;
      private boolean tiersComplete;
      private int count;
      private Indicator[] indicators = new Indicator[16];
      private Quantity[] quantities = new Quantity[16];
      private final Map<String, Boolean> declarations = new HashMap<>();
      private final List<TierHolding> held = new ArrayList<>();

      /** Indicators, declaration keys and tiers a first firm has shown the screener accepts. */
      private final Map<IndicatorId, Integer> knownIndicators = new HashMap<>();

      private final List<Indicator> known = new ArrayList<>();

      /** The firm each known indicator was last given for, to refuse a value given twice. */
      private int[] givenFor = new int[16];

      private int firmNo = 1;

      /**
       * Decimal columns registered by {@link #column}: what each is and how it turns fixed-point.
       */
      private final List<DecimalColumn> columns = new ArrayList<>();

      /** Values given through {@link #value(int, long)} for the firm started last. */
      private int fastCount;

      private int[] fastColumn = new int[16];
      private long[] fastUnscaled = new long[16];
      private final Set<String> knownDeclarations = new HashSet<>();
      private final Set<TierId> knownTiers = new HashSet<>();

      private Appender() {}

      /**
       * Starts a firm, forgetting anything given since the last {@code append}.
       *
       * @param jurisdiction the firm's jurisdiction, not null
       * @param tiersComplete whether the tiers given are all the firm holds (as {@link
       *     EnterpriseProfile#tiersComplete()})
       * @return this appender
       */
      public Appender start(JurisdictionCode jurisdiction, boolean tiersComplete) {
        this.code = Objects.requireNonNull(jurisdiction, "jurisdiction");
        this.tiersComplete = tiersComplete;
        for (int i = 0; i < count; i++) {
          indicators[i] = null;
          quantities[i] = null;
        }
        count = 0;
        fastCount = 0;
        firmNo++;
        declarations.clear();
        held.clear();
        return this;
      }

      /**
       * Gives a value of the firm.
       *
       * @param indicator the indicator, not null
       * @param value the value, not null
       * @return this appender
       * @throws IllegalArgumentException if the firm already has a value for the indicator
       */
      public Appender value(IndicatorId indicator, Quantity value) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(value, "value");
        Integer index = knownIndicators.get(indicator);
        if (index == null) {
          // First sight of this indicator: the full checks of a one-value profile (unknown id,
          // range).
          screener.checked(probe().putValues(indicator, value).build());
          index = known.size();
          known.add(screener.registry.get(indicator));
          knownIndicators.put(indicator, index);
          if (index == givenFor.length) {
            givenFor = Arrays.copyOf(givenFor, index * 2);
          }
        }
        Checks.check(
            givenFor[index] != firmNo,
            "value of indicator " + indicator,
            value,
            "given twice for one firm");
        givenFor[index] = firmNo;
        if (count == indicators.length) {
          indicators = Arrays.copyOf(indicators, count * 2);
          quantities = Arrays.copyOf(quantities, count * 2);
        }
        indicators[count] = known.get(index);
        quantities[count++] = value;
        return this;
      }

      /**
       * Registers a column of decimal values of one indicator, all in one unit and at one scale,
       * for {@link #value(int, long)}: a reader that holds values as unscaled longs (a decimal
       * column of Parquet or Spark) then gives them without making a {@link Quantity} each.
       *
       * @param indicator the indicator, not null
       * @param unit the unit of the column's values, not null
       * @param scale the number of decimal places of the unscaled values, 0 to 18
       * @return the column's number, for {@link #value(int, long)}
       * @throws IllegalArgumentException if the scale is out of range
       */
      public int column(IndicatorId indicator, Unit unit, int scale) {
        Objects.requireNonNull(indicator, "indicator");
        Objects.requireNonNull(unit, "unit");
        Checks.check(scale >= 0 && scale <= 18, "scale", scale, "must be from 0 to 18");
        columns.add(new DecimalColumn(indicator, unit, scale));
        return columns.size() - 1;
      }

      /**
       * Gives a value of the firm as an unscaled decimal of a {@link #column registered column}:
       * the same as {@link #value(IndicatorId, Quantity)} with {@code
       * Quantity.of(BigDecimal.valueOf(unscaled, scale), unit)}, same checks and same messages, but
       * a value that passes its indicator's checks on fixed-point numbers costs no object.
       *
       * @param column the column's number from {@link #column}
       * @param unscaled the value times 10 to the column's scale
       * @return this appender
       * @throws IllegalArgumentException if the firm already has a value for the indicator, or (at
       *     once or at {@link #append}) as {@link #value(IndicatorId, Quantity)} does
       */
      public Appender value(int column, long unscaled) {
        DecimalColumn c = columns.get(column);
        Integer index = c.known;
        if (index == null || !c.fits(unscaled)) {
          // First sight of the indicator (its full checks), or a value the fixed-point checks
          // cannot pass: the exact path decides, with its own messages.
          value(c.indicator, Quantity.of(BigDecimal.valueOf(unscaled, c.scale), c.unit));
          c.known = knownIndicators.get(c.indicator);
          return this;
        }
        if (givenFor[index] == firmNo) {
          throw Checks.invalid(
              "value of indicator " + c.indicator,
              Quantity.of(BigDecimal.valueOf(unscaled, c.scale), c.unit),
              "given twice for one firm");
        }
        givenFor[index] = firmNo;
        if (fastCount == fastColumn.length) {
          fastColumn = Arrays.copyOf(fastColumn, fastCount * 2);
          fastUnscaled = Arrays.copyOf(fastUnscaled, fastCount * 2);
        }
        fastColumn[fastCount] = column;
        fastUnscaled[fastCount++] = unscaled;
        return this;
      }

      /**
       * Gives a declaration of the firm.
       *
       * @param key the declaration key, not null
       * @param declared the answer
       * @return this appender
       */
      public Appender declaration(String key, boolean declared) {
        Objects.requireNonNull(key, "key");
        if (!knownDeclarations.contains(key)) {
          screener.checked(probe().putDeclarations(key, declared).build());
          knownDeclarations.add(key);
        }
        declarations.put(key, declared);
        return this;
      }

      /**
       * Gives a tier the firm holds.
       *
       * @param holding the holding, not null
       * @return this appender
       */
      public Appender tier(TierHolding holding) {
        Objects.requireNonNull(holding, "holding");
        if (!knownTiers.contains(holding.tier())) {
          screener.checked(probe().addTiers(holding).build());
          knownTiers.add(holding.tier());
        }
        held.add(holding);
        return this;
      }

      /**
       * Checks the firm started last and adds it to the population.
       *
       * @return the firm's index
       * @throws IllegalArgumentException naming the field and the value if the firm is invalid, as
       *     {@link #add(EnterpriseProfile)} does; the firm is then not added
       * @throws IllegalStateException if no firm was started
       */
      public int append() {
        if (code == null) {
          throw new IllegalStateException("No firm was started");
        }
        // The checks of add(EnterpriseProfile) that depend on the firm's own values: a catalogue's
        // dates against the as-of date, then the values against their indicators (vocabulary was
        // checked once per key, with the full checks of a one-key profile).
        boolean dates = screener.checksAgainstCatalogue();
        for (int i = 0; dates && i < held.size(); i++) {
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
        for (int i = 0; dates && i < count; i++) {
          Indicator indicator = indicators[i];
          Quantity q = quantities[i];
          if (indicator.kind() == ValueKind.CALENDAR_YEAR
              && q.amount().compareTo(java.math.BigDecimal.valueOf(asOf.getYear())) > 0) {
            throw Checks.invalid(
                "value of indicator " + indicator.id(),
                q.toGivenString(),
                "after the year of the profile's asOf " + asOf);
          }
          if (indicator.kind() == ValueKind.DATE
              && q.amount().compareTo(java.math.BigDecimal.valueOf(asOf.toEpochDay())) > 0) {
            throw Checks.invalid(
                "value of indicator " + indicator.id(),
                q.toDisplayString(),
                "after the profile's asOf " + asOf);
          }
        }
        for (int i = 0; i < count; i++) {
          indicators[i].validate(quantities[i]);
        }
        int firm = newFirm(code);
        boolean representable = true;
        for (int i = 0; i < count; i++) {
          int slot = screener.indicatorSlot(indicators[i].id());
          if (slot >= 0) {
            long v = Fixed.of(quantities[i]);
            if (v == Fixed.UNREPRESENTABLE) {
              representable = false;
            } else {
              set(firm, slot, v);
            }
          }
        }
        for (int i = 0; i < fastCount; i++) {
          DecimalColumn c = columns.get(fastColumn[i]);
          if (c.slot >= 0) {
            set(firm, c.slot, c.fixed(fastUnscaled[i]));
          }
        }
        for (Map.Entry<String, Boolean> e : declarations.entrySet()) {
          int slot = screener.declarationSlot(e.getKey());
          if (slot >= 0) {
            set(firm, slot, e.getValue() ? 1 : 0);
          }
        }
        for (TierId tier : screener.tiers()) {
          boolean isHeld = false;
          for (TierHolding h : held) {
            isHeld |= h.tier().equals(tier) && screener.evaluator().holds(h, asOf);
          }
          if (isHeld || tiersComplete) {
            set(firm, screener.tierSlot(tier), isHeld ? 1 : 0);
          }
        }
        if (!representable) {
          // Rare: such a firm is screened by the exact engine, which needs it as a profile.
          var p =
              EnterpriseProfile.builder()
                  .jurisdiction(code)
                  .asOf(asOf)
                  .tiersComplete(tiersComplete)
                  .putAllDeclarations(declarations)
                  .addAllTiers(held);
          for (int i = 0; i < count; i++) {
            p.putValues(indicators[i].id(), quantities[i]);
          }
          for (int i = 0; i < fastCount; i++) {
            DecimalColumn c = columns.get(fastColumn[i]);
            p.putValues(
                c.indicator, Quantity.of(BigDecimal.valueOf(fastUnscaled[i], c.scale), c.unit));
          }
          exact.put(firm, p.build());
        }
        code = null;
        return firm;
      }

      private EnterpriseProfile.Builder probe() {
        return EnterpriseProfile.builder().jurisdiction(JurisdictionCode.CN).asOf(asOf);
      }

      /**
       * A registered decimal column and the fixed-point test that stands for its indicator's
       * checks: an unscaled value within {@code [lo, hi]} (and, for units of whole things, a whole
       * number) passes every check of {@link #append} and {@link Indicator#validate}, and its
       * fixed-point value is {@code unscaled * multiplier}, exactly. Any other value takes the
       * exact path. A column whose unit, scale or bounds do not fit this test has {@code lo > hi}.
       */
      private final class DecimalColumn {
        final IndicatorId indicator;
        final Unit unit;
        final int scale;
        final int slot;

        /** fixed-point value = unscaled * multiplier / divisor (one of them is 1). */
        final long multiplier;

        final long divisor;

        final long lo;
        final long hi;

        /**
         * Unscaled values that may take the fixed-point path are multiples of this: whole units of
         * a count, flag, date… and values that the divisor divides exactly.
         */
        final long step;

        /** The indicator's index among the known ones, once its first value was checked. */
        Integer known;

        DecimalColumn(IndicatorId indicator, Unit unit, int scale) {
          this.indicator = indicator;
          this.unit = unit;
          this.scale = scale;
          this.slot = screener.indicatorSlot(indicator);
          this.known = knownIndicators.get(indicator);
          long mul = 1;
          long div = 1;
          long low = 1;
          long high = 0;
          long st = 1;
          try {
            Indicator ind = screener.registry.get(indicator);
            if (unit.isCompatibleWith(ind.unit())) {
              // fixed = amount * factor * 10^SCALE = unscaled * factor * 10^(SCALE - scale)
              BigDecimal m = unit.factor().movePointRight(Fixed.SCALE - scale).stripTrailingZeros();
              if (m.scale() <= 0) {
                mul = m.longValueExact();
              } else {
                div = BigDecimal.ONE.divide(m).longValueExact(); // ArithmeticException: not 1/n
              }
              // Bounds of the unscaled value: the fixed-point limit, the indicator's range, and
              // for dates and calendar years the as-of date (checked only against a catalogue,
              // but a narrower range is safe: what lies outside it takes the exact path).
              BigDecimal limit = BigDecimal.valueOf(Fixed.LIMIT).divide(m);
              BigDecimal lower = limit.negate();
              BigDecimal upper = limit;
              BigDecimal perUnscaled = unit.factor().movePointLeft(scale);
              if (ind.minimum().isPresent()) {
                lower = lower.max(ind.minimum().get().divide(perUnscaled));
              }
              if (ind.maximum().isPresent()) {
                upper = upper.min(ind.maximum().get().divide(perUnscaled));
              }
              ValueKind kind = unit.kind();
              if (kind == ValueKind.CALENDAR_YEAR) {
                upper = upper.min(BigDecimal.valueOf(asOf.getYear()).movePointRight(scale));
              } else if (kind == ValueKind.DATE) {
                upper = upper.min(BigDecimal.valueOf(asOf.toEpochDay()).movePointRight(scale));
              } else if (kind == ValueKind.STATUS) {
                lower = lower.max(BigDecimal.ZERO);
                upper = upper.min(BigDecimal.ONE.movePointRight(scale));
              } else if (kind == ValueKind.LEVEL) {
                lower = lower.max(BigDecimal.ZERO);
                int top = io.github.srdipolicy.model.RecognitionLevel.values().length - 1;
                upper = upper.min(BigDecimal.valueOf(top).movePointRight(scale));
              }
              low = lower.setScale(0, java.math.RoundingMode.CEILING).longValueExact();
              high = upper.setScale(0, java.math.RoundingMode.FLOOR).longValueExact();
              // Kinds counted in whole units (Quantity's rule); money, ratios, years and scores
              // may be fractions.
              boolean whole =
                  kind != ValueKind.MONEY
                      && kind != ValueKind.RATIO
                      && kind != ValueKind.YEARS
                      && kind != ValueKind.SCORE;
              long unit1 = whole ? BigDecimal.ONE.movePointRight(scale).longValueExact() : 1;
              st = unit1 * div / gcd(unit1, div);
            }
          } catch (ArithmeticException | IllegalArgumentException e) {
            // Bounds or factors that fixed-point numbers cannot hold: every value is checked
            // the exact way.
            low = 1;
            high = 0;
          }
          this.multiplier = mul;
          this.divisor = div;
          this.lo = low;
          this.hi = high;
          this.step = st;
        }

        private static long gcd(long a, long b) {
          return b == 0 ? a : gcd(b, a % b);
        }

        /** The fixed-point value of an unscaled value that {@link #fits}. */
        long fixed(long unscaled) {
          return unscaled * multiplier / divisor;
        }

        /** Whether the value passes every check, so that the fixed-point path may take it. */
        boolean fits(long unscaled) {
          return unscaled >= lo && unscaled <= hi && unscaled % step == 0;
        }
      }
    }

    /**
     * Returns the number of firms added so far.
     *
     * @return the size
     */
    public int size() {
      return size;
    }

    /**
     * Builds the population.
     *
     * @return the population, never null
     */
    public Population build() {
      return new Population(this);
    }
  }
}
