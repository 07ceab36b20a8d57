package io.github.srdipolicy.screening;

import io.github.srdipolicy.screening.Node.Cuts;
import java.util.Arrays;

/** The compiled forms of each condition shape. */
final class Nodes {
  private Nodes() {}

  /**
   * An indicator, declaration or tier slot within an inclusive fixed-point range (a comparison
   * normalised by {@link FixedRange#of(io.github.srdipolicy.model.Operator, long)}; declarations
   * and tiers: {@code [1, 1]}). One loop for every operator, missing values masked afterwards.
   */
  static final class Compare extends Node {
    private final int slot;
    private final long lo;
    private final long hi;

    /** Code bounds, if the slot is coded: {@code lo * ONES} and {@code (hi * ONES) | HIGH}. */
    private boolean coded;

    private long loEach;
    private long hiEach;
    private boolean codeNoLower;
    private boolean codeNoUpper;

    Compare(int id, int slot, FixedRange range) {
      super(id);
      this.slot = slot;
      this.lo = range.lo;
      this.hi = range.hi;
    }

    @Override
    void cuts(Cuts cuts) {
      cuts.range(slot, lo, hi);
    }

    @Override
    void encode(Cuts cuts) {
      long[] c = cuts.of(slot);
      coded = c != null;
      if (coded) {
        int[] r = Cuts.codes(c, lo, hi);
        loEach = r[0] * ONES;
        hiEach = (r[1] * ONES) | HIGH;
        codeNoLower = r[0] == 0;
        codeNoUpper = r[1] == Cuts.MAX_CUTS;
      }
    }

    @Override
    void eval(Population p, int word, int words, long[] t, long[] f) {
      if (coded) {
        evalCodes(p, word, words, t, f);
        return;
      }
      long[] known = p.known[slot];
      long[] col = p.values[slot];
      int o = id * BLOCK;
      // The shape of the range is chosen once per block, not per firm: a one-sided bound (most
      // thresholds) tests one difference.
      boolean noLower = lo == FixedRange.BELOW;
      boolean noUpper = hi == FixedRange.ABOVE;
      for (int k = 0; k < words; k++) {
        int base = (word + k) << 6;
        long out =
            noUpper
                ? below(col, base, lo)
                : noLower ? above(col, base, hi) : outside(col, base, lo, hi);
        long kn = known[word + k];
        long yes = ~out & kn;
        // Missing values can be either: true and false both possible.
        t[o + k] = yes | ~kn;
        f[o + k] = ~yes;
      }
    }

    private void evalCodes(Population p, int word, int words, long[] t, long[] f) {
      long[] known = p.known[slot];
      byte[] codes = p.codes[slot];
      int o = id * BLOCK;
      for (int k = 0; k < words; k++) {
        int base = (word + k) << 6;
        long in =
            codeNoUpper
                ? atLeastCodes(codes, base, loEach)
                : codeNoLower
                    ? atMostCodes(codes, base, hiEach)
                    : insideCodes(codes, base, loEach, hiEach);
        long kn = known[word + k];
        long yes = in & kn;
        t[o + k] = yes | ~kn;
        f[o + k] = ~yes;
      }
    }

    @Override
    String key() {
      return "cmp " + slot + " " + lo + " " + hi;
    }
  }

  /**
   * A sum of slots; decided early where the missing summands cannot change the answer (they cannot
   * be negative and the known sum already meets a lower bound or breaks an upper one). Branch-free
   * over the 64 firms of a word.
   */
  static final class Sum extends Node {
    private final int[] slots;

    /** Per slot: whether its indicator's values may be negative. */
    private final boolean[] mayBeNegative;

    private final long lo;
    private final long hi;
    private final boolean lowerBound;
    private final boolean upperBound;
    private final ThreadLocal<long[]> scratch = ThreadLocal.withInitial(() -> new long[64]);

    Sum(
        int id,
        int[] slots,
        boolean[] mayBeNegative,
        FixedRange range,
        boolean lowerBound,
        boolean upperBound) {
      super(id);
      this.slots = slots;
      this.mayBeNegative = mayBeNegative;
      this.lo = range.lo;
      this.hi = range.hi;
      this.lowerBound = lowerBound;
      this.upperBound = upperBound;
    }

    @Override
    void cuts(Cuts cuts) {
      for (int s : slots) {
        cuts.raw(s);
      }
    }

    @Override
    void eval(Population p, int word, int words, long[] t, long[] f) {
      long[] sum = scratch.get();
      for (int k = 0; k < words; k++) {
        evalWord(p, word + k, sum, t, f, id * BLOCK + k);
      }
    }

    private void evalWord(Population p, int word, long[] sum, long[] t, long[] f, int out) {
      int base = word << 6;
      long anyMissing = 0;
      long negativeMissing = 0;
      Arrays.fill(sum, 0);
      for (int k = 0; k < slots.length; k++) {
        long known = p.known[slots[k]][word];
        anyMissing |= ~known;
        if (mayBeNegative[k]) {
          negativeMissing |= ~known;
        }
        long[] col = p.values[slots[k]];
        // Missing values are stored as zero: the loop adds without a mask (and vectorises).
        for (int i = 0; i < 64; i++) {
          sum[i] += col[base + i];
        }
      }
      long holds = ~outside(sum, 0, lo, hi);
      long complete = ~anyMissing;
      long early = anyMissing & ~negativeMissing;
      long earlyTrue = lowerBound ? early & holds : 0;
      long earlyFalse = upperBound ? early & ~holds : 0;
      long undecided = anyMissing & ~earlyTrue & ~earlyFalse;
      t[out] = (complete & holds) | earlyTrue | undecided;
      f[out] = (complete & ~holds) | earlyFalse | undecided;
    }

    @Override
    String key() {
      return "sum "
          + Arrays.toString(slots)
          + " "
          + Arrays.toString(mayBeNegative)
          + " "
          + lo
          + " "
          + hi
          + " "
          + lowerBound
          + " "
          + upperBound;
    }
  }

  /** Kleene conjunction. */
  static final class All extends Node {
    private final int[] children;

    All(int id, int[] children) {
      super(id);
      this.children = children;
    }

    @Override
    void eval(Population p, int word, int words, long[] t, long[] f) {
      int o = id * BLOCK;
      for (int k = 0; k < words; k++) {
        long tw = -1L;
        long fw = 0;
        for (int c : children) {
          tw &= t[c * BLOCK + k];
          fw |= f[c * BLOCK + k];
        }
        t[o + k] = tw;
        f[o + k] = fw;
      }
    }

    @Override
    String key() {
      return "all " + Arrays.toString(children);
    }
  }

  /** Kleene disjunction. */
  static final class Any extends Node {
    private final int[] children;

    Any(int id, int[] children) {
      super(id);
      this.children = children;
    }

    @Override
    void eval(Population p, int word, int words, long[] t, long[] f) {
      int o = id * BLOCK;
      for (int k = 0; k < words; k++) {
        long tw = 0;
        long fw = -1L;
        for (int c : children) {
          tw |= t[c * BLOCK + k];
          fw &= f[c * BLOCK + k];
        }
        t[o + k] = tw;
        f[o + k] = fw;
      }
    }

    @Override
    String key() {
      return "any " + Arrays.toString(children);
    }
  }

  /**
   * At least n children hold: the children surely true and those possibly true are counted for the
   * 64 firms of a word at once (bit-sliced), without a loop per firm.
   */
  static final class AtLeastN extends Node {
    private final int[] children;
    private final int count;

    AtLeastN(int id, int[] children, int count) {
      super(id);
      this.children = children;
      this.count = count;
    }

    @Override
    void eval(Population p, int word, int words, long[] t, long[] f) {
      long[] sure = new long[count + 1];
      long[] can = new long[count + 1];
      for (int k = 0; k < words; k++) {
        evalWord(k, t, f, sure, can);
      }
    }

    private void evalWord(int k, long[] t, long[] f, long[] sure, long[] can) {
      // Bit-sliced counting over the 64 firms at once: sure[j] (can[j]) holds the firms with at
      // least j of the children so far surely (possibly) true, j = 0..count.
      Arrays.fill(sure, 0);
      Arrays.fill(can, 0);
      sure[0] = -1L;
      can[0] = -1L;
      for (int c : children) {
        long ct = t[c * BLOCK + k];
        long yes = ct & ~f[c * BLOCK + k];
        for (int j = count; j >= 1; j--) {
          sure[j] |= sure[j - 1] & yes;
          can[j] |= can[j - 1] & ct;
        }
      }
      // Surely at least n: true only; cannot reach n: false only; otherwise both.
      t[id * BLOCK + k] = can[count];
      f[id * BLOCK + k] = ~sure[count];
    }

    @Override
    String key() {
      return "atLeast " + count + " " + Arrays.toString(children);
    }
  }

  /**
   * Requirement chosen by the band of a selector slot; a band without requirement holds. Bands are
   * tested on whole words: each band's rows form a mask, the first band wins.
   */
  static final class Bands extends Node {
    private final int slot;
    private final long[] lo;
    private final long[] hi;

    /** The node of each band's requirement, or -1 for a band without one. */
    private final int[] then;

    private final boolean coversAll;

    /** Per band, if the slot is coded: {@code lo * ONES} and {@code (hi * ONES) | HIGH}. */
    private long[] loEach;

    private long[] hiEach;

    Bands(int id, int slot, FixedRange[] ranges, int[] then, boolean coversAll) {
      super(id);
      this.slot = slot;
      this.lo = Arrays.stream(ranges).mapToLong(r -> r.lo).toArray();
      this.hi = Arrays.stream(ranges).mapToLong(r -> r.hi).toArray();
      this.then = then;
      this.coversAll = coversAll;
    }

    @Override
    void cuts(Cuts cuts) {
      for (int b = 0; b < lo.length; b++) {
        cuts.range(slot, lo[b], hi[b]);
      }
    }

    @Override
    void encode(Cuts cuts) {
      long[] c = cuts.of(slot);
      if (c == null) {
        loEach = null;
        return;
      }
      loEach = new long[lo.length];
      hiEach = new long[lo.length];
      for (int b = 0; b < lo.length; b++) {
        int[] r = Cuts.codes(c, lo[b], hi[b]);
        loEach[b] = r[0] * ONES;
        hiEach[b] = (r[1] * ONES) | HIGH;
      }
    }

    @Override
    void eval(Population p, int word, int words, long[] t, long[] f) {
      for (int k = 0; k < words; k++) {
        evalWord(p, word + k, k, t, f);
      }
    }

    private void evalWord(Population p, int word, int k0, long[] t, long[] f) {
      long known = p.known[slot][word];
      long[] col = p.values[slot];
      byte[] codes = p.codes[slot];
      long[] loEach = this.loEach;
      int base = word << 6;
      long tw = 0;
      long fw = 0;
      // Firms whose selector is missing: every band's result is possible.
      long anyT = 0;
      long anyF = coversAll ? 0 : -1L;
      long found = ~known;
      for (int b = 0; b < then.length; b++) {
        int k = then[b] * BLOCK + k0;
        boolean none = then[b] < 0;
        anyT |= none ? -1L : t[k];
        anyF |= none ? 0 : f[k];
        long in =
            (loEach != null
                    ? insideCodes(codes, base, loEach[b], hiEach[b])
                    : ~outside(col, base, lo[b], hi[b]))
                & ~found;
        found |= in;
        tw |= none ? in : in & t[k];
        fw |= none ? 0 : in & f[k];
      }
      // A known value in no band fails.
      fw |= ~found;
      t[id * BLOCK + k0] = tw | (anyT & ~known);
      f[id * BLOCK + k0] = fw | (anyF & ~known);
    }

    @Override
    String key() {
      return "bands "
          + slot
          + " "
          + Arrays.toString(lo)
          + " "
          + Arrays.toString(hi)
          + " "
          + Arrays.toString(then)
          + " "
          + coversAll;
    }
  }

  /**
   * Points by band, bounded when values are missing. Each item's first-matching bands are compiled
   * into a step function of the value (see {@link #steps}): its points are a base plus, for each
   * step the value reaches, that step's rise — one subtraction, shift, mask and addition per step
   * and firm, with no band test, no "found" flags and no branch. Items outer, steps then firms
   * inner, so that each inner loop has fixed bounds (a loop the JIT can vectorise), with per-thread
   * scratch so the hot loop allocates nothing.
   */
  static final class Score extends Node {
    private final int[] slots;
    private final int[] category;

    /** Per item: the points of values below every step. */
    private final long[] basePoints;

    /** Per item: the values where the points change, ascending. */
    private final long[][] stepAt;

    /** Per item: the change of points at each step. */
    private final long[][] stepRise;

    private final long[] minPoints;
    private final long[] maxPoints;
    private final long minimumTotal;

    /** Per category: its minimum, or Long.MIN_VALUE for none. */
    private final long[] categoryMinimum;

    /** Categories that have a minimum. */
    private final int[] checkedCategories;

    /** For {@link #key()}: the bands as given. */
    private final String bands;

    private final FixedRange[][] ranges;
    private final long[][] points;

    /** Per item, if its slot is coded: the points of each code; else null. */
    private long[][] pointsByCode;

    /**
     * Scratch, 64 firms each: [0] low total, [1] high total, then low and high per category, then
     * an item's points.
     */
    private final ThreadLocal<long[][]> scratch;

    Score(
        int id,
        int[] slots,
        int[] category,
        FixedRange[][] ranges,
        long[][] points,
        long[] minPoints,
        long[] maxPoints,
        long minimumTotal,
        long[] categoryMinimum) {
      super(id);
      this.slots = slots;
      this.category = category;
      this.basePoints = new long[slots.length];
      this.stepAt = new long[slots.length][];
      this.stepRise = new long[slots.length][];
      for (int item = 0; item < slots.length; item++) {
        long[][] s = steps(ranges[item], points[item]);
        basePoints[item] = s[0][0];
        stepAt[item] = s[1];
        stepRise[item] = s[2];
      }
      this.bands = Arrays.deepToString(ranges) + " " + Arrays.deepToString(points);
      this.ranges = ranges;
      this.points = points;
      this.pointsByCode = new long[slots.length][];
      this.minPoints = minPoints;
      this.maxPoints = maxPoints;
      this.minimumTotal = minimumTotal;
      this.categoryMinimum = categoryMinimum;
      this.checkedCategories =
          java.util.stream.IntStream.range(0, categoryMinimum.length)
              .filter(c -> categoryMinimum[c] != Long.MIN_VALUE)
              .toArray();
      this.scratch = ThreadLocal.withInitial(() -> new long[3 + 2 * categoryMinimum.length][64]);
    }

    /**
     * Compiles first-matching bands (the points of the first band holding a value, zero if none
     * does) into a step function: over the integers, those points change only where a band starts
     * ({@code lo}) or ends ({@code hi + 1}), so with those values sorted as {@code c1 < … < cm},
     * {@code points(v) = base + Σ rise_j · [v ≥ c_j]}.
     *
     * @return {{base}, {c_j}, {rise_j}}, steps of zero rise left out
     */
    static long[][] steps(FixedRange[] ranges, long[] points) {
      java.util.TreeSet<Long> cuts = new java.util.TreeSet<>();
      for (FixedRange r : ranges) {
        if (r.lo > FixedRange.BELOW) {
          cuts.add(r.lo);
        }
        if (r.hi < FixedRange.ABOVE) {
          cuts.add(r.hi + 1);
        }
      }
      long base = firstMatch(ranges, points, FixedRange.BELOW);
      long previous = base;
      java.util.List<long[]> steps = new java.util.ArrayList<>();
      for (long c : cuts) {
        long here = firstMatch(ranges, points, c);
        if (here != previous) {
          steps.add(new long[] {c, here - previous});
        }
        previous = here;
      }
      return new long[][] {
        {base},
        steps.stream().mapToLong(x -> x[0]).toArray(),
        steps.stream().mapToLong(x -> x[1]).toArray()
      };
    }

    /** The points of the first band holding a value, zero if none does: the bands' meaning. */
    static long firstMatch(FixedRange[] ranges, long[] points, long v) {
      for (int b = 0; b < ranges.length; b++) {
        if (ranges[b].contains(v) == 1) {
          return points[b];
        }
      }
      return 0;
    }

    @Override
    void cuts(Cuts cuts) {
      for (int item = 0; item < slots.length; item++) {
        for (FixedRange r : ranges[item]) {
          cuts.range(slots[item], r.lo, r.hi);
        }
      }
    }

    @Override
    void encode(Cuts cuts) {
      for (int item = 0; item < slots.length; item++) {
        long[] c = cuts.of(slots[item]);
        if (c == null) {
          pointsByCode[item] = null;
          continue;
        }
        // Every band edge is a cut, so the points are constant over the values of one code.
        long[] table = new long[c.length + 1];
        for (int code = 0; code < table.length; code++) {
          table[code] = firstMatch(ranges[item], points[item], Cuts.representative(c, code));
        }
        pointsByCode[item] = table;
      }
    }

    @Override
    void eval(Population p, int word, int words, long[] t, long[] f) {
      long[][] acc = scratch.get();
      for (int k = 0; k < words; k++) {
        evalWord(p, word + k, acc, t, f, id * BLOCK + k);
      }
    }

    private void evalWord(Population p, int word, long[][] acc, long[] t, long[] f, int out) {
      int base = word << 6;
      for (int k = 0; k < 2 + 2 * categoryMinimum.length; k++) {
        Arrays.fill(acc[k], 0);
      }
      long[] pts = acc[acc.length - 1];
      long[] totalLow = acc[0];
      long[] totalHigh = acc[1];
      for (int item = 0; item < slots.length; item++) {
        long known = p.known[slots[item]][word];
        long[] col = p.values[slots[item]];
        long[] catLow = acc[2 + 2 * category[item]];
        long[] catHigh = acc[3 + 2 * category[item]];
        long[] table = pointsByCode[item];
        if (table != null) {
          byte[] codes = p.codes[slots[item]];
          for (int i = 0; i < 64; i++) {
            pts[i] = table[codes[base + i]];
          }
        } else {
          Arrays.fill(pts, basePoints[item]);
          long[] at = stepAt[item];
          long[] rise = stepRise[item];
          for (int s = 0; s < at.length; s++) {
            long c = at[s];
            long r = rise[s];
            for (int i = 0; i < 64; i++) {
              // The rise if v >= c (v - c not negative), else zero.
              pts[i] += r & ~((col[base + i] - c) >> 63);
            }
          }
        }
        long minP = minPoints[item];
        long maxP = maxPoints[item];
        for (int i = 0; i < 64; i++) {
          long k = -((known >>> i) & 1);
          long low = (pts[i] & k) | (minP & ~k);
          long high = (pts[i] & k) | (maxP & ~k);
          totalLow[i] += low;
          totalHigh[i] += high;
          catLow[i] += low;
          catHigh[i] += high;
        }
      }
      long tw = 0;
      long fw = 0;
      for (int i = 0; i < 64; i++) {
        // Sign bits: passes if every low bound meets its minimum, fails if a high bound misses one.
        long notPass = totalLow[i] - minimumTotal;
        long fail = totalHigh[i] - minimumTotal;
        for (int c : checkedCategories) {
          notPass |= acc[2 + 2 * c][i] - categoryMinimum[c];
          fail |= acc[3 + 2 * c][i] - categoryMinimum[c];
        }
        long fails = fail >>> 63;
        long passes = (~notPass >>> 63) & ~fails;
        tw |= (1 - fails) << i;
        fw |= (1 - passes) << i;
      }
      t[out] = tw;
      f[out] = fw;
    }

    @Override
    String key() {
      return "score "
          + Arrays.toString(slots)
          + " "
          + Arrays.toString(category)
          + " "
          + bands
          + " "
          + Arrays.toString(minPoints)
          + " "
          + Arrays.toString(maxPoints)
          + " "
          + minimumTotal
          + " "
          + Arrays.toString(categoryMinimum);
    }
  }
}
