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

  /**
   * A sum of slots; decided early where the missing summands cannot change the answer (they
   * cannot be negative and the known sum already meets a lower bound or breaks an upper one).
   * Branch-free over the 64 firms of a word.
   */
  static final class Sum extends Node {
    private final int[] slots;
    /** Per slot: whether its indicator's values may be negative. */
    private final boolean[] mayBeNegative;
    private final io.github.srdipolicy.model.Operator op;
    private final long bound;
    private final boolean lowerBound;
    private final boolean upperBound;

    Sum(int id, int[] slots, boolean[] mayBeNegative, io.github.srdipolicy.model.Operator op, long bound,
        boolean lowerBound, boolean upperBound) {
      super(id);
      this.slots = slots;
      this.mayBeNegative = mayBeNegative;
      this.op = op;
      this.bound = bound;
      this.lowerBound = lowerBound;
      this.upperBound = upperBound;
    }

    @Override
    void eval(Population p, int word, long[] t, long[] f) {
      int base = word << 6;
      int n = firmsIn(p, word);
      long anyMissing = 0;
      long negativeMissing = 0;
      for (int k = 0; k < slots.length; k++) {
        long missing = ~p.known[slots[k]][word];
        anyMissing |= missing;
        if (mayBeNegative[k]) {
          negativeMissing |= missing;
        }
      }
      long holds = 0;
      for (int i = 0; i < n; i++) {
        long sum = 0;
        for (int s : slots) {
          sum += p.values[s][base + i] & -((p.known[s][word] >>> i) & 1);
        }
        holds |= test(op, sum, bound) << i;
      }
      long complete = ~anyMissing;
      long early = anyMissing & ~negativeMissing;
      long earlyTrue = lowerBound ? early & holds : 0;
      long earlyFalse = upperBound ? early & ~holds : 0;
      long undecided = anyMissing & ~earlyTrue & ~earlyFalse;
      t[id] = (complete & holds) | earlyTrue | undecided;
      f[id] = (complete & ~holds) | earlyFalse | undecided;
    }
  }

  /** 1 if {@code actual op bound} holds, else 0, without branches on the values. */
  static long test(io.github.srdipolicy.model.Operator op, long actual, long bound) {
    switch (op) {
      case AT_LEAST:
        return ~(actual - bound) >>> 63;
      case GREATER_THAN:
        return (bound - actual) >>> 63;
      case AT_MOST:
        return ~(bound - actual) >>> 63;
      case LESS_THAN:
        return (actual - bound) >>> 63;
      default:
        long d = actual - bound;
        return ~(d | -d) >>> 63;
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
    private final FixedRange[] ranges;
    /** The node of each band's requirement, or -1 for a band without one. */
    private final int[] then;
    private final boolean coversAll;

    Bands(int id, int slot, FixedRange[] ranges, int[] then, boolean coversAll) {
      super(id);
      this.slot = slot;
      this.ranges = ranges;
      this.then = then;
      this.coversAll = coversAll;
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
          if (ranges[b].contains(v) != 0) {
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

  /**
   * Points by band, bounded when values are missing: items outer, firms inner, branch-free, with
   * per-thread scratch so the hot loop allocates nothing.
   */
  static final class Score extends Node {
    private final int[] slots;
    private final int[] category;
    private final FixedRange[][] ranges;
    private final long[][] points;
    private final long[] minPoints;
    private final long[] maxPoints;
    private final long minimumTotal;
    /** Per category: its minimum, or Long.MIN_VALUE for none. */
    private final long[] categoryMinimum;
    /**
     * Scratch, 64 firms each: [0] low total, [1] high total, then low and high per category, then
     * an item's points and its "band found" flags.
     */
    private final ThreadLocal<long[][]> scratch;

    Score(int id, int[] slots, int[] category, FixedRange[][] ranges, long[][] points, long[] minPoints,
        long[] maxPoints, long minimumTotal, long[] categoryMinimum) {
      super(id);
      this.slots = slots;
      this.category = category;
      this.ranges = ranges;
      this.points = points;
      this.minPoints = minPoints;
      this.maxPoints = maxPoints;
      this.minimumTotal = minimumTotal;
      this.categoryMinimum = categoryMinimum;
      this.scratch = ThreadLocal.withInitial(() -> new long[4 + 2 * categoryMinimum.length][64]);
    }

    @Override
    void eval(Population p, int word, long[] t, long[] f) {
      int base = word << 6;
      int n = firmsIn(p, word);
      long[][] acc = scratch.get();
      for (int k = 0; k < 2 + 2 * categoryMinimum.length; k++) {
        java.util.Arrays.fill(acc[k], 0);
      }
      long[] pts = acc[acc.length - 2];
      long[] found = acc[acc.length - 1];
      for (int item = 0; item < slots.length; item++) {
        long known = p.known[slots[item]][word];
        long[] col = p.values[slots[item]];
        long[] catLow = acc[2 + 2 * category[item]];
        long[] catHigh = acc[3 + 2 * category[item]];
        java.util.Arrays.fill(pts, 0);
        java.util.Arrays.fill(found, 0);
        // Bands outer, firms inner: each band's bounds and kinds are fixed for the inner loop.
        for (int b = 0; b < points[item].length; b++) {
          FixedRange range = ranges[item][b];
          long bandPoints = points[item][b];
          for (int i = 0; i < n; i++) {
            long in = range.contains(col[base + i]) & ~found[i];
            pts[i] += bandPoints & -in;
            found[i] |= in;
          }
        }
        long minP = minPoints[item];
        long maxP = maxPoints[item];
        for (int i = 0; i < n; i++) {
          long k = -((known >>> i) & 1);
          long low = (pts[i] & k) | (minP & ~k);
          long high = (pts[i] & k) | (maxP & ~k);
          acc[0][i] += low;
          acc[1][i] += high;
          catLow[i] += low;
          catHigh[i] += high;
        }
      }
      long tw = 0;
      long fw = 0;
      for (int i = 0; i < n; i++) {
        boolean passes = acc[0][i] >= minimumTotal;
        boolean fails = acc[1][i] < minimumTotal;
        for (int c = 0; c < categoryMinimum.length; c++) {
          if (categoryMinimum[c] != Long.MIN_VALUE) {
            passes &= acc[2 + 2 * c][i] >= categoryMinimum[c];
            fails |= acc[3 + 2 * c][i] < categoryMinimum[c];
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
