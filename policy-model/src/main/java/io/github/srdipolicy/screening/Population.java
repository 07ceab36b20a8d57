package io.github.srdipolicy.screening;

import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.TierId;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Firms laid out in columns for one {@link Screener}: a fixed-point value and a "known" bit per
 * firm and slot (indicator, declaration or held tier), and each firm's jurisdiction. Built
 * through {@link Screener#populationBuilder(int, LocalDate)}; immutable once built and safe to
 * screen from several threads.
 */
public final class Population {
  final int size;
  /** Columns by slot, rows sorted by jurisdiction so that a word of 64 rows mostly shares one. */
  final long[][] values;
  final long[][] known;
  /** Jurisdiction index of each row. */
  final int[] rowJurisdiction;
  /** Jurisdiction index of each firm, in the order firms were added. */
  final int[] jurisdiction;
  /** The row of each firm. */
  final int[] rowOf;
  final List<JurisdictionCode> jurisdictions;
  /** Firms with a value the fixed-point columns cannot hold exactly: screened by the exact engine. */
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
    for (int s = 0; s < b.values.length; s++) {
      // Padded to whole words: the nodes' loops always run over 64 rows.
      long[] v = new long[words << 6];
      long[] k = new long[words];
      for (int f = 0; f < size; f++) {
        int row = rowOf[f];
        v[row] = b.values[s][f];
        k[row >>> 6] |= ((b.known[s][f >>> 6] >>> (f & 63)) & 1) << (row & 63);
      }
      values[s] = v;
      known[s] = k;
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
     * @throws IllegalArgumentException naming the field and the value if the profile is invalid: a value, or for a
     *     catalogue's screener an unknown declaration or tier, or a date after the profile's as-of date
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
      int index = jurisdictionIndex.computeIfAbsent(code, c -> {
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
