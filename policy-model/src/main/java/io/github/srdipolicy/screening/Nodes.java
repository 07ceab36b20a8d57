package io.github.srdipolicy.screening;

/** The compiled forms of each condition shape. */
final class Nodes {
  private Nodes() {}

  /**
   * An indicator, declaration or tier slot compared with a bound (declarations and tiers: = 1).
   * The loop is branch-free: the sign bit of a difference decides the comparison (values and
   * bounds stay below 2^53 in magnitude, so differences cannot overflow), and missing values are
   * masked afterwards.
   */
  static final class Compare extends Node {
    private final int slot;
    private final io.github.srdipolicy.model.Operator op;
    private final long bound;

    Compare(int id, int slot, io.github.srdipolicy.model.Operator op, long bound) {
      super(id);
      this.slot = slot;
      this.op = op;
      this.bound = bound;
    }

    @Override
    void eval(Population p, int word, long[] t, long[] f) {
      long known = p.known[slot][word];
      long[] col = p.values[slot];
      int base = word << 6;
      int n = firmsIn(p, word);
      long yes = 0;
      long b = bound;
      switch (op) {
        case AT_LEAST:
          for (int i = 0; i < n; i++) {
            yes |= (~(col[base + i] - b) >>> 63) << i;
          }
          break;
        case GREATER_THAN:
          for (int i = 0; i < n; i++) {
            yes |= ((b - col[base + i]) >>> 63) << i;
          }
          break;
        case AT_MOST:
          for (int i = 0; i < n; i++) {
            yes |= (~(b - col[base + i]) >>> 63) << i;
          }
          break;
        case LESS_THAN:
          for (int i = 0; i < n; i++) {
            yes |= ((col[base + i] - b) >>> 63) << i;
          }
          break;
        default:
          for (int i = 0; i < n; i++) {
            long d = col[base + i] - b;
            yes |= (~(d | -d) >>> 63) << i;
          }
          break;
      }
      yes &= known;
      // Missing values can be either: true and false both possible.
      t[id] = yes | ~known;
      f[id] = ~yes;
    }
  }

  /** A sum of slots; decided early where the missing summands cannot change the answer. */
  static final class Sum extends Node {
    private final int[] slots;
    private final int mask;
    private final long bound;
    private final boolean missingNonNegative;
    private final boolean lowerBound;
    private final boolean upperBound;

    Sum(int id, int[] slots, int mask, long bound, boolean missingNonNegative, boolean lowerBound, boolean upperBound) {
      super(id);
      this.slots = slots;
      this.mask = mask;
      this.bound = bound;
      this.missingNonNegative = missingNonNegative;
      this.lowerBound = lowerBound;
      this.upperBound = upperBound;
    }

    @Override
    void eval(Population p, int word, long[] t, long[] f) {
      int base = word << 6;
      int n = firmsIn(p, word);
      long tw = 0;
      long fw = 0;
      for (int i = 0; i < n; i++) {
        long sum = 0;
        boolean missing = false;
        boolean nonNegative = true;
        for (int s : slots) {
          if (((p.known[s][word] >>> i) & 1) != 0) {
            sum += p.values[s][base + i];
          } else {
            missing = true;
            nonNegative &= missingNonNegative;
          }
        }
        boolean holds = ok(mask, sum, bound);
        long bit = 1L << i;
        if (!missing) {
          if (holds) {
            tw |= bit;
          } else {
            fw |= bit;
          }
        } else if (nonNegative && lowerBound && holds) {
          tw |= bit;
        } else if (nonNegative && upperBound && !holds) {
          fw |= bit;
        } else {
          tw |= bit;
          fw |= bit;
        }
      }
      t[id] = tw;
      f[id] = fw;
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
    void eval(Population p, int word, long[] t, long[] f) {
      long tw = -1L;
      long fw = 0;
      for (int c : children) {
        tw &= t[c];
        fw |= f[c];
      }
      t[id] = tw;
      f[id] = fw;
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
    void eval(Population p, int word, long[] t, long[] f) {
      long tw = 0;
      long fw = -1L;
      for (int c : children) {
        tw |= t[c];
        fw &= f[c];
      }
      t[id] = tw;
      f[id] = fw;
    }
  }

  /** At least n children hold. */
  static final class AtLeastN extends Node {
    private final int[] children;
    private final int count;

    AtLeastN(int id, int[] children, int count) {
      super(id);
      this.children = children;
      this.count = count;
    }

    @Override
    void eval(Population p, int word, long[] t, long[] f) {
      long tw = 0;
      long fw = 0;
      int n = firmsIn(p, word);
      for (int i = 0; i < n; i++) {
        int yes = 0;
        int unknown = 0;
        for (int c : children) {
          boolean ct = ((t[c] >>> i) & 1) != 0;
          boolean cf = ((f[c] >>> i) & 1) != 0;
          if (ct && !cf) {
            yes++;
          } else if (ct) {
            unknown++;
          }
        }
        long bit = 1L << i;
        if (yes >= count) {
          tw |= bit;
        } else if (yes + unknown < count) {
          fw |= bit;
        } else {
          tw |= bit;
          fw |= bit;
        }
      }
      t[id] = tw;
      f[id] = fw;
    }
  }

  /** Requirement chosen by the band of a selector slot; a band without requirement holds. */
  static final class Bands extends Node {
    private final int slot;
    private final long[] lower;
    private final boolean[] hasLower;
    private final boolean[] lowerInclusive;
    private final long[] upper;
    private final boolean[] hasUpper;
    private final boolean[] upperInclusive;
    /** The node of each band's requirement, or -1 for a band without one. */
    private final int[] then;
    private final boolean coversAll;

    Bands(int id, int slot, long[] lower, boolean[] hasLower, boolean[] lowerInclusive, long[] upper,
        boolean[] hasUpper, boolean[] upperInclusive, int[] then, boolean coversAll) {
      super(id);
      this.slot = slot;
      this.lower = lower;
      this.hasLower = hasLower;
      this.lowerInclusive = lowerInclusive;
      this.upper = upper;
      this.hasUpper = hasUpper;
      this.upperInclusive = upperInclusive;
      this.then = then;
      this.coversAll = coversAll;
    }

    private boolean inBand(int b, long v) {
      if (hasLower[b] && (v < lower[b] || (v == lower[b] && !lowerInclusive[b]))) {
        return false;
      }
      return !hasUpper[b] || v < upper[b] || (v == upper[b] && upperInclusive[b]);
    }

    @Override
    void eval(Population p, int word, long[] t, long[] f) {
      long known = p.known[slot][word];
      long[] col = p.values[slot];
      int base = word << 6;
      int n = firmsIn(p, word);
      long tw = 0;
      long fw = 0;
      // Firms whose selector is missing: every band's result is possible.
      long anyT = 0;
      long anyF = coversAll ? 0 : -1L;
      for (int b = 0; b < then.length; b++) {
        anyT |= then[b] < 0 ? -1L : t[then[b]];
        anyF |= then[b] < 0 ? 0 : f[then[b]];
      }
      tw |= anyT & ~known;
      fw |= anyF & ~known;
      for (int i = 0; i < n; i++) {
        if (((known >>> i) & 1) == 0) {
          continue;
        }
        long bit = 1L << i;
        long v = col[base + i];
        int band = -1;
        for (int b = 0; b < then.length; b++) {
          if (inBand(b, v)) {
            band = b;
            break;
          }
        }
        if (band < 0) {
          fw |= bit;
        } else if (then[band] < 0) {
          tw |= bit;
        } else {
          tw |= t[then[band]] & bit;
          fw |= f[then[band]] & bit;
        }
      }
      t[id] = tw;
      f[id] = fw;
    }
  }

  /** Points by band, bounded when values are missing. */
  static final class Score extends Node {
    private final int[] slots;
    private final int[] category;
    private final long[][] lower;
    private final boolean[][] hasLower;
    private final boolean[][] lowerInclusive;
    private final long[][] upper;
    private final boolean[][] hasUpper;
    private final boolean[][] upperInclusive;
    private final long[][] points;
    private final long[] minPoints;
    private final long[] maxPoints;
    private final long minimumTotal;
    /** Per category: its minimum, or Long.MIN_VALUE for none. */
    private final long[] categoryMinimum;
    /** Per-thread scratch of category sums, so that the hot loop allocates nothing. */
    private final ThreadLocal<long[]> catLow;
    private final ThreadLocal<long[]> catHigh;

    Score(int id, int[] slots, int[] category, long[][] lower, boolean[][] hasLower, boolean[][] lowerInclusive,
        long[][] upper, boolean[][] hasUpper, boolean[][] upperInclusive, long[][] points, long[] minPoints,
        long[] maxPoints, long minimumTotal, long[] categoryMinimum) {
      super(id);
      this.slots = slots;
      this.category = category;
      this.lower = lower;
      this.hasLower = hasLower;
      this.lowerInclusive = lowerInclusive;
      this.upper = upper;
      this.hasUpper = hasUpper;
      this.upperInclusive = upperInclusive;
      this.points = points;
      this.minPoints = minPoints;
      this.maxPoints = maxPoints;
      this.minimumTotal = minimumTotal;
      this.categoryMinimum = categoryMinimum;
      this.catLow = ThreadLocal.withInitial(() -> new long[categoryMinimum.length]);
      this.catHigh = ThreadLocal.withInitial(() -> new long[categoryMinimum.length]);
    }

    private long pointsOf(int item, long v) {
      for (int b = 0; b < points[item].length; b++) {
        if (hasLower[item][b] && (v < lower[item][b] || (v == lower[item][b] && !lowerInclusive[item][b]))) {
          continue;
        }
        if (!hasUpper[item][b] || v < upper[item][b] || (v == upper[item][b] && upperInclusive[item][b])) {
          return points[item][b];
        }
      }
      return 0;
    }

    @Override
    void eval(Population p, int word, long[] t, long[] f) {
      int base = word << 6;
      int n = firmsIn(p, word);
      long tw = 0;
      long fw = 0;
      long[] catLow = this.catLow.get();
      long[] catHigh = this.catHigh.get();
      for (int i = 0; i < n; i++) {
        long low = 0;
        long high = 0;
        java.util.Arrays.fill(catLow, 0);
        java.util.Arrays.fill(catHigh, 0);
        for (int item = 0; item < slots.length; item++) {
          long lo;
          long hi;
          if (((p.known[slots[item]][word] >>> i) & 1) != 0) {
            lo = hi = pointsOf(item, p.values[slots[item]][base + i]);
          } else {
            lo = minPoints[item];
            hi = maxPoints[item];
          }
          low += lo;
          high += hi;
          catLow[category[item]] += lo;
          catHigh[category[item]] += hi;
        }
        boolean passes = low >= minimumTotal;
        boolean fails = high < minimumTotal;
        for (int c = 0; c < categoryMinimum.length; c++) {
          if (categoryMinimum[c] != Long.MIN_VALUE) {
            passes &= catLow[c] >= categoryMinimum[c];
            fails |= catHigh[c] < categoryMinimum[c];
          }
        }
        long bit = 1L << i;
        if (fails) {
          fw |= bit;
        } else if (passes) {
          tw |= bit;
        } else {
          tw |= bit;
          fw |= bit;
        }
      }
      t[id] = tw;
      f[id] = fw;
    }
  }
}
