package io.github.srdipolicy.screening;

import java.util.List;

/**
 * A compiled condition. Nodes are shared by every criteria of a screener and stored children first,
 * so that a node's children are evaluated before it; each node writes, for each word of 64 firms of
 * a block, the word of firms for which it "can be true" into {@code t[id * BLOCK + k]} and "can be
 * false" into {@code f[id * BLOCK + k]} ({@code k} the word's place in the block): ELIGIBLE is
 * (1,0), NOT_ELIGIBLE (0,1), UNDETERMINED (1,1).
 *
 * <p>Nodes run over a block of up to {@link #BLOCK} words at a time, so that each column is read as
 * one run of {@code BLOCK * 512} bytes: word by word, a screener reading a hundred columns jumps
 * between a hundred streams, more than the hardware prefetcher follows, and waits on memory.
 * Population columns are padded to whole words, so every inner loop runs over exactly 64 rows (a
 * constant trip count the JIT unrolls); rows past the end are never read back.
 */
abstract class Node {
  /** Words per block: 1024 firms, 8 KiB of each column read. */
  static final int BLOCK = 16;

  final int id;

  Node(int id) {
    this.id = id;
  }

  /**
   * Adds the values where this node's tests on a slot change outcome ({@link Cuts}); a slot whose
   * raw values the node reads (a sum) is marked raw. Nodes without a slot add nothing.
   */
  void cuts(Cuts cuts) {}

  /** Turns the node's bounds into code bounds, once the screener has chosen its encoding. */
  void encode(Cuts cuts) {}

  /**
   * Evaluates the node for words {@code [word, word + words)}, {@code words <= BLOCK}, its children
   * having been evaluated for the same block.
   */
  abstract void eval(Population p, int word, int words, long[] t, long[] f);

  /**
   * What the node computes, without its id: two nodes with equal keys give equal results, so a
   * screener evaluates one of them only (e.g. the same threshold tested by several documents).
   */
  abstract String key();

  /**
   * The rows of a word whose value in a column lies outside {@code [lo, hi]}, one bit per row: the
   * sign of {@code (v - lo) | (hi - v)} says so (see {@link FixedRange}).
   */
  static long outside(long[] col, int base, long lo, long hi) {
    long out = 0;
    for (int i = 0; i < 64; i++) {
      long v = col[base + i];
      out |= (((v - lo) | (hi - v)) >>> 63) << i;
    }
    return out;
  }

  /**
   * The rows of a word whose code is at least {@code c}, for {@code 1 <= c < 2^k}: the word's codes
   * are stored bit-sliced, bit {@code j} of the 64 codes in {@code planes[at + j]}, and the
   * comparison with a constant takes one operation per bit. From the lowest bit up, {@code ge} says
   * whether the code's bits so far are at least the constant's: where the constant has a 1 the code
   * needs a 1 there and lower bits at least as high ({@code x & ge}); where it has a 0, a 1 already
   * makes the code higher ({@code x | ge}). The constant's trailing zeros leave {@code ge} all
   * ones, so the fold starts at its lowest 1.
   */
  static long atLeast(long[] planes, int at, int k, int c) {
    int j = Integer.numberOfTrailingZeros(c);
    long ge = planes[at + j];
    for (j++; j < k; j++) {
      long x = planes[at + j];
      ge = ((c >>> j) & 1) != 0 ? x & ge : x | ge;
    }
    return ge;
  }

  /**
   * A code range {@code [lo, hi]} of a slot with {@code top} as its highest code, as a test on the
   * bit-sliced codes: {@link #NEVER}, {@link #ALWAYS}, {@link #AT_LEAST} ({@code >= lo}), {@link
   * #AT_MOST} ({@code <= hi}) or {@link #WITHIN}, chosen once so that the loops test only the
   * bounds that cut.
   */
  static int shape(int lo, int hi, int top) {
    if (lo > hi) {
      return NEVER;
    }
    boolean lower = lo > 0;
    boolean upper = hi < top;
    return lower ? (upper ? WITHIN : AT_LEAST) : (upper ? AT_MOST : ALWAYS);
  }

  static final int NEVER = 0;
  static final int ALWAYS = 1;
  static final int AT_LEAST = 2;
  static final int AT_MOST = 3;
  static final int WITHIN = 4;

  /**
   * The rows of a word whose code lies in {@code [lo, hi]}, a range of the given {@link #shape}.
   */
  static long within(long[] planes, int at, int k, int shape, int lo, int hi) {
    switch (shape) {
      case AT_LEAST:
        return atLeast(planes, at, k, lo);
      case AT_MOST:
        return ~atLeast(planes, at, k, hi + 1);
      case WITHIN:
        return atLeast(planes, at, k, lo) & ~atLeast(planes, at, k, hi + 1);
      case ALWAYS:
        return -1L;
      default:
        return 0;
    }
  }

  /**
   * The values, per slot, where some node's test on that slot changes outcome, and from them the
   * screener's encoding of each slot: a slot with at most {@link #MAX_CUTS} such values is stored
   * as its code, the number of cuts at or below the value, bit-sliced ({@link #bits} bits per firm,
   * see {@link #atLeast}); every test of that slot is exact on codes, since it cannot change
   * outcome between two consecutive cuts. Only cuts inside the slot's domain (the values a valid
   * profile can hold: an indicator's range, 0 and 1 for declarations and tiers) count, so a
   * declaration tested "= 1" is one bit, not two. Slots read as raw values (sums) or with more cuts
   * keep their fixed-point column.
   */
  static final class Cuts {
    /** The most bits of a coded slot's codes. */
    static final int BITS = 7;

    /** The most cuts of a coded slot: codes of at most {@link #BITS} bits. */
    static final int MAX_CUTS = (1 << BITS) - 1;

    private final List<java.util.TreeSet<Long>> found = new java.util.ArrayList<>();
    private final boolean[] raw;
    private final long[] min;
    private final long[] max;
    private long[][] cuts;

    Cuts(int slots) {
      raw = new boolean[slots];
      min = new long[slots];
      max = new long[slots];
      java.util.Arrays.fill(min, FixedRange.BELOW);
      java.util.Arrays.fill(max, FixedRange.ABOVE);
      for (int s = 0; s < slots; s++) {
        found.add(new java.util.TreeSet<>());
      }
    }

    /**
     * Sets the values a slot can hold, before any cut is added: every value stored in the slot's
     * column (known or not) lies in {@code [lo, hi]}.
     */
    void domain(int slot, long lo, long hi) {
      min[slot] = lo;
      max[slot] = hi;
    }

    /**
     * Adds the edges of {@code [lo, hi]} as cuts of a slot: those inside the domain (a cut at or
     * below its lowest value, or above its highest, separates no two values).
     */
    void range(int slot, long lo, long hi) {
      if (lo > min[slot] && lo <= max[slot]) {
        found.get(slot).add(lo);
      }
      if (hi < max[slot] && hi + 1 > min[slot]) {
        found.get(slot).add(hi + 1);
      }
    }

    /** Marks a slot as read raw: it keeps its fixed-point column. */
    void raw(int slot) {
      raw[slot] = true;
    }

    /** Chooses the encoding once every node has added its cuts. */
    void close() {
      cuts = new long[raw.length][];
      for (int s = 0; s < raw.length; s++) {
        if (raw[s] && found.get(s).isEmpty()) {
          continue; // read raw only (a summand): no code column
        }
        if (found.get(s).size() <= MAX_CUTS) {
          cuts[s] = found.get(s).stream().mapToLong(Long::longValue).toArray();
        } else {
          raw[s] = true;
        }
      }
    }

    /** The slot's cuts, ascending, or null if it is not coded. */
    long[] of(int slot) {
      return cuts[slot];
    }

    /**
     * The bits of a coded slot's codes: enough for its highest code, the number of its cuts (zero
     * for a slot all of whose values test alike).
     */
    int bits(int slot) {
      return 32 - Integer.numberOfLeadingZeros(cuts[slot].length);
    }

    /** Whether a slot keeps its fixed-point column. */
    boolean keepsRaw(int slot) {
      return raw[slot];
    }

    /** The code of a value: the number of cuts at or below it. */
    static int code(long[] cuts, long v) {
      int i = java.util.Arrays.binarySearch(cuts, v);
      return i >= 0 ? i + 1 : -i - 1;
    }

    /**
     * The code bounds {@code [lo, hi]} of the values of a coded slot in a fixed-point range (lo
     * &gt; hi: none). Within the domain, each end of the range is a cut or the domain's end, so the
     * codes of the range's values are exactly those from the code of its low end to that of its
     * high end.
     */
    int[] codes(int slot, long lo, long hi) {
      long from = Math.max(lo, min[slot]);
      long to = Math.min(hi, max[slot]);
      if (from > to) {
        return new int[] {1, 0};
      }
      return new int[] {code(cuts[slot], from), code(cuts[slot], to)};
    }

    /**
     * A value of a slot with the given code: every value of one code has the outcomes of this one.
     */
    long representative(int slot, int code) {
      return code == 0 ? min[slot] : cuts[slot][code - 1];
    }
  }

  /** The rows of a word whose value is below {@code lo}: outside {@code [lo, ABOVE]}. */
  static long below(long[] col, int base, long lo) {
    long out = 0;
    for (int i = 0; i < 64; i++) {
      out |= ((col[base + i] - lo) >>> 63) << i;
    }
    return out;
  }

  /** The rows of a word whose value is above {@code hi}: outside {@code [BELOW, hi]}. */
  static long above(long[] col, int base, long hi) {
    long out = 0;
    for (int i = 0; i < 64; i++) {
      out |= ((hi - col[base + i]) >>> 63) << i;
    }
    return out;
  }
}
