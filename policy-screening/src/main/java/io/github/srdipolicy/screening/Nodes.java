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

    /** Whether the slot is coded; then its bits, code bounds and their {@link Node#shape}. */
    private boolean coded;

    private int bits;
    private int codeLo;
    private int codeHi;
    private int shape;

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
        int[] r = cuts.codes(slot, lo, hi);
        bits = cuts.bits(slot);
        codeLo = r[0];
        codeHi = r[1];
        shape = shape(codeLo, codeHi, c.length);
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
      long[] planes = p.planes[slot];
      int o = id * BLOCK;
      int k = bits;
      for (int w = 0; w < words; w++) {
        long in = within(planes, (word + w) * k, k, shape, codeLo, codeHi);
        long kn = known[word + w];
        long yes = in & kn;
        t[o + w] = yes | ~kn;
        f[o + w] = ~yes;
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
      for (int k = 0; k < slots.length; k++) {
        long known = p.known[slots[k]][word];
        anyMissing |= ~known;
        if (mayBeNegative[k]) {
          negativeMissing |= ~known;
        }
        long[] col = p.values[slots[k]];
        // Missing values are stored as zero: the loop adds without a mask (and vectorises).
        if (k == 0) {
          System.arraycopy(col, base, sum, 0, 64);
        } else {
          for (int i = 0; i < 64; i++) {
            sum[i] += col[base + i];
          }
        }
      }
      // One difference per firm for a one-sided bound (every sum of the catalogue), two for both.
      long holds =
          hi == FixedRange.ABOVE
              ? ~below(sum, 0, lo)
              : lo == FixedRange.BELOW ? ~above(sum, 0, hi) : ~outside(sum, 0, lo, hi);
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

    /** If the slot is coded: its bits, and per band the code bounds and their shape; else null. */
    private int bits;

    private int[] codeLo;
    private int[] codeHi;
    private int[] shape;

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
        shape = null;
        return;
      }
      bits = cuts.bits(slot);
      codeLo = new int[lo.length];
      codeHi = new int[lo.length];
      shape = new int[lo.length];
      for (int b = 0; b < lo.length; b++) {
        int[] r = cuts.codes(slot, lo[b], hi[b]);
        codeLo[b] = r[0];
        codeHi[b] = r[1];
        shape[b] = shape(r[0], r[1], c.length);
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
      long[] planes = p.planes[slot];
      int[] shape = this.shape;
      int base = word << 6;
      int at = word * bits;
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
            (shape != null
                    ? within(planes, at, bits, shape[b], codeLo[b], codeHi[b])
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
   * Points by band, bounded when values are missing, summed bit-sliced: 64 firms at once, one
   * boolean operation per bit of points, no per-firm loop on coded slots.
   *
   * <p>Every item's points, less the item's minimum, are multiples of one unit (the greatest common
   * divisor of all such differences), so the sums compared with the minimums are small integers:
   * {@code sum(points) >= minimum} exactly when {@code sum(q) >= need}, {@code q = (points -
   * minPoints) / unit}, {@code need = ceil((minimum - sum(minPoints)) / unit)}. An item's {@code q}
   * per firm is found from the bits of the firm's code (each code's {@code q} read off the bands
   * once, at compile time: every band edge is a cut), as bit planes: plane {@code b} holds bit
   * {@code b} of the 64 firms' {@code q}. A missing value adds 0 to the low sum and the item's
   * highest {@code q} to the high one. Planes are added with a ripple-carry adder over words and
   * compared with {@code need} by {@link Node#atLeast}. An item whose slot keeps raw values (cut at
   * more values than codes hold) computes its {@code q} per firm from the step function of its
   * bands (see {@link #steps}) and is transposed into planes.
   */
  static final class Score extends Node {
    private final int[] slots;
    private final int[] category;

    private final long[] minPoints;
    private final long[] maxPoints;
    private final long minimumTotal;

    /** Per category: its minimum, or Long.MIN_VALUE for none. */
    private final long[] categoryMinimum;

    /** For {@link #key()}: the bands as given. */
    private final String bands;

    private final FixedRange[][] ranges;
    private final long[][] points;

    /** The unit of {@code q}: every {@code points - minPoints} of an item is a multiple of it. */
    private final long unit;

    /** Per item: its highest {@code q}, and the number of bits that holds it. */
    private final long[] itemMax;

    private final int[] itemWidth;

    /**
     * Per item: its sum, 0 the total, {@code 1 + j} the j-th category with a minimum (added into
     * the total once compared).
     */
    private final int[] sumOf;

    /** Per sum: the {@code q} it needs, its highest value and the bits that hold it. */
    private final long[] need;

    private final long[] sumMax;
    private final int[] sumWidth;

    /** Per item, for raw slots: {@code q} below every step, and each step's value and rise. */
    private final long[] baseQ;

    private final long[][] stepAt;
    private final long[][] stepRise;

    /**
     * Per item, if its slot is coded: its bits, and per plane of {@code q} the codes that set it;
     * bits -1 for a raw slot.
     */
    private int[] itemBits;

    private int[][][] codesSetting;

    /** Scratch layout: code masks (128), q planes, then a low and a high sum per sum, then 64. */
    private static final int MASKS = 0;

    private static final int Q = 1 << Cuts.BITS;
    private final int sumsAt;
    private final int ptsAt;

    private final ThreadLocal<long[]> scratch;

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
      int n = slots.length;
      this.slots = slots;
      this.category = category;
      this.bands = Arrays.deepToString(ranges) + " " + Arrays.deepToString(points);
      this.ranges = ranges;
      this.points = points;
      this.minPoints = minPoints;
      this.maxPoints = maxPoints;
      this.minimumTotal = minimumTotal;
      this.categoryMinimum = categoryMinimum;
      long g = 0;
      for (int i = 0; i < n; i++) {
        g = gcd(g, Math.abs(maxPoints[i] - minPoints[i]));
        g = gcd(g, Math.abs(minPoints[i]));
        for (long pt : points[i]) {
          g = gcd(g, Math.abs(pt - minPoints[i]));
        }
      }
      this.unit = g == 0 ? 1 : g;
      int[] sumOfCategory = new int[categoryMinimum.length];
      int sums = 1;
      for (int c = 0; c < categoryMinimum.length; c++) {
        sumOfCategory[c] = categoryMinimum[c] == Long.MIN_VALUE ? 0 : sums++;
      }
      this.sumOf = new int[n];
      this.itemMax = new long[n];
      this.itemWidth = new int[n];
      this.sumMax = new long[sums];
      long[] minSum = new long[sums];
      this.baseQ = new long[n];
      this.stepAt = new long[n][];
      this.stepRise = new long[n][];
      for (int i = 0; i < n; i++) {
        sumOf[i] = sumOfCategory[category[i]];
        itemMax[i] = (maxPoints[i] - minPoints[i]) / unit;
        itemWidth[i] = width(itemMax[i]);
        sumMax[sumOf[i]] += itemMax[i];
        minSum[sumOf[i]] += minPoints[i];
        long[][] st = steps(ranges[i], points[i]);
        baseQ[i] = (st[0][0] - minPoints[i]) / unit;
        stepAt[i] = st[1];
        stepRise[i] = Arrays.stream(st[2]).map(r -> r / unit).toArray();
      }
      this.need = new long[sums];
      for (int c = 0; c < categoryMinimum.length; c++) {
        if (sumOfCategory[c] > 0) {
          need[sumOfCategory[c]] = ceilDiv(categoryMinimum[c] - minSum[sumOfCategory[c]], unit);
        }
      }
      long allMin = Arrays.stream(minSum).sum();
      for (int a = 1; a < sums; a++) {
        sumMax[0] += sumMax[a];
      }
      need[0] = ceilDiv(minimumTotal - allMin, unit);
      this.sumWidth = Arrays.stream(sumMax).mapToInt(Score::width).toArray();
      int w = sumWidth[0];
      this.sumsAt = Q + w;
      this.ptsAt = sumsAt + 2 * sums * w;
      int size = ptsAt + 64;
      this.scratch = ThreadLocal.withInitial(() -> new long[size]);
      this.itemBits = new int[n];
      this.codesSetting = new int[n][][];
    }

    private static long gcd(long a, long b) {
      return b == 0 ? a : gcd(b, a % b);
    }

    private static long ceilDiv(long a, long b) {
      return -Math.floorDiv(-a, b);
    }

    /** The bits that hold a non-negative value. */
    private static int width(long max) {
      return 64 - Long.numberOfLeadingZeros(max);
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
          itemBits[item] = -1;
          codesSetting[item] = null;
          continue;
        }
        itemBits[item] = cuts.bits(slots[item]);
        // Every band edge inside the domain is a cut, so q is constant over the values of a code.
        long[] q = new long[c.length + 1];
        for (int code = 0; code < q.length; code++) {
          long pts = firstMatch(ranges[item], points[item], cuts.representative(slots[item], code));
          q[code] = (pts - minPoints[item]) / unit;
        }
        int[][] setting = new int[itemWidth[item]][];
        for (int b = 0; b < setting.length; b++) {
          int bit = b;
          setting[b] =
              java.util.stream.IntStream.range(0, q.length)
                  .filter(code -> ((q[code] >>> bit) & 1) != 0)
                  .toArray();
        }
        codesSetting[item] = setting;
      }
    }

    @Override
    void eval(Population p, int word, int words, long[] t, long[] f) {
      long[] s = scratch.get();
      for (int k = 0; k < words; k++) {
        evalWord(p, word + k, s, t, f, id * BLOCK + k);
      }
    }

    private void evalWord(Population p, int word, long[] s, long[] t, long[] f, int out) {
      int w = sumWidth[0];
      Arrays.fill(s, sumsAt, ptsAt, 0);
      for (int item = 0; item < slots.length; item++) {
        int slot = slots[item];
        long known = p.known[slot][word];
        int wq = itemWidth[item];
        if (itemBits[item] >= 0) {
          planesOfCodes(p.planes[slot], word, itemBits[item], codesSetting[item], s);
        } else {
          planesOfValues(p.values[slot], word << 6, item, s);
        }
        // Low sum: q where known, 0 where missing; high sum: q where known, the item's highest q
        // where missing. Ripple-carry adds, the carries of 64 firms in one word each.
        int sum = sumOf[item];
        int lowAt = sumsAt + 2 * sum * w;
        int highAt = lowAt + w;
        long max = itemMax[item];
        long carryLow = 0;
        long carryHigh = 0;
        for (int b = 0; b < sumWidth[sum]; b++) {
          long ql = b < wq ? s[Q + b] & known : 0;
          long qh = ql | (~known & -((max >>> b) & 1));
          long x = s[lowAt + b];
          long half = x ^ ql;
          s[lowAt + b] = half ^ carryLow;
          carryLow = (x & ql) | (carryLow & half);
          long y = s[highAt + b];
          long halfH = y ^ qh;
          s[highAt + b] = halfH ^ carryHigh;
          carryHigh = (y & qh) | (carryHigh & halfH);
        }
      }
      // Passes if every low sum meets its need; fails if some high sum misses one. Category sums
      // are compared, then added into the total.
      long pass = -1L;
      long fail = 0;
      for (int sum = need.length - 1; sum >= 0; sum--) {
        int lowAt = sumsAt + 2 * sum * w;
        pass &= atLeastSum(s, lowAt, sumWidth[sum], need[sum], sumMax[sum]);
        fail |= ~atLeastSum(s, lowAt + w, sumWidth[sum], need[sum], sumMax[sum]);
        if (sum > 0) {
          addInto(s, sumsAt, lowAt, w);
          addInto(s, sumsAt + w, lowAt + w, w);
        }
      }
      t[out] = ~fail;
      f[out] = ~(pass & ~fail);
    }

    /** An item's q planes from its code's bit planes: a mask per code, then per plane the OR. */
    private static void planesOfCodes(long[] planes, int word, int k, int[][] setting, long[] s) {
      int at = word * k;
      s[MASKS] = -1L;
      for (int j = 0, size = 1; j < k; j++, size <<= 1) {
        long x = planes[at + j];
        for (int e = 0; e < size; e++) {
          long m = s[MASKS + e];
          s[MASKS + e + size] = m & x;
          s[MASKS + e] = m & ~x;
        }
      }
      for (int b = 0; b < setting.length; b++) {
        long x = 0;
        for (int code : setting[b]) {
          x |= s[MASKS + code];
        }
        s[Q + b] = x;
      }
    }

    /** An item's q planes from raw values: the step function per firm, then transposed. */
    private void planesOfValues(long[] col, int base, int item, long[] s) {
      long[] at = stepAt[item];
      long[] rise = stepRise[item];
      Arrays.fill(s, ptsAt, ptsAt + 64, baseQ[item]);
      for (int k = 0; k < at.length; k++) {
        long c = at[k];
        long r = rise[k];
        for (int i = 0; i < 64; i++) {
          // The rise if v >= c (v - c not negative), else zero.
          s[ptsAt + i] += r & ~((col[base + i] - c) >> 63);
        }
      }
      for (int b = 0; b < itemWidth[item]; b++) {
        long x = 0;
        for (int i = 0; i < 64; i++) {
          x |= ((s[ptsAt + i] >>> b) & 1) << i;
        }
        s[Q + b] = x;
      }
    }

    /** Adds the w planes at {@code from} into those at {@code into}. */
    private static void addInto(long[] s, int into, int from, int w) {
      long carry = 0;
      for (int b = 0; b < w; b++) {
        long x = s[into + b];
        long y = s[from + b];
        long half = x ^ y;
        s[into + b] = half ^ carry;
        carry = (x & y) | (carry & half);
      }
    }

    /**
     * The firms whose sum (w planes at {@code at}, at most {@code max}) is at least {@code need}.
     */
    private static long atLeastSum(long[] s, int at, int w, long need, long max) {
      if (need <= 0) {
        return -1L;
      }
      if (need > max) {
        return 0;
      }
      int j = Long.numberOfTrailingZeros(need);
      long ge = s[at + j];
      for (j++; j < w; j++) {
        long x = s[at + j];
        ge = ((need >>> j) & 1) != 0 ? x & ge : x | ge;
      }
      return ge;
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
