package io.github.srdipolicy.screening;

import java.lang.invoke.MethodHandles;
import java.lang.invoke.VarHandle;
import java.nio.ByteOrder;
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
   * Eight codes of a code column read as one little-endian long: code {@code j} of the eight in
   * byte {@code j}.
   */
  private static final VarHandle EIGHT_CODES =
      MethodHandles.byteArrayViewVarHandle(long[].class, ByteOrder.LITTLE_ENDIAN);

  /** The top bit of each byte. */
  static final long HIGH = 0x8080808080808080L;

  /** The low bit of each byte: multiplied by a code, that code in every byte. */
  static final long ONES = 0x0101010101010101L;

  /** Gathers the low bit of byte {@code j} into bit {@code 56 + j} (no two products overlap). */
  private static final long GATHER = 0x0102040810204080L;

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
   * The rows of a word whose code lies within {@code [lo, hi]}: eight codes per long, compared all
   * at once (codes and bounds are 0 to 127, so {@code (v | 0x80) - lo} per byte cannot borrow from
   * the next byte, and its top bit says {@code v >= lo}), the eight top bits gathered by one
   * multiplication.
   *
   * @param loEach {@code lo * ONES}
   * @param hiEach {@code (hi * ONES) | HIGH}
   */
  static long insideCodes(byte[] codes, int base, long loEach, long hiEach) {
    long in = 0;
    for (int j = 0; j < 8; j++) {
      long v = (long) EIGHT_CODES.get(codes, base + (j << 3));
      long m = ((v | HIGH) - loEach) & (hiEach - v) & HIGH;
      in |= (((m >>> 7) * GATHER) >>> 56) << (j << 3);
    }
    return in;
  }

  /** The rows of a word whose code is at least {@code lo} ({@code loEach = lo * ONES}). */
  static long atLeastCodes(byte[] codes, int base, long loEach) {
    long in = 0;
    for (int j = 0; j < 8; j++) {
      long v = (long) EIGHT_CODES.get(codes, base + (j << 3));
      long m = ((v | HIGH) - loEach) & HIGH;
      in |= (((m >>> 7) * GATHER) >>> 56) << (j << 3);
    }
    return in;
  }

  /** The rows of a word whose code is at most {@code hi} ({@code hiEach = (hi * ONES) | HIGH}). */
  static long atMostCodes(byte[] codes, int base, long hiEach) {
    long in = 0;
    for (int j = 0; j < 8; j++) {
      long v = (long) EIGHT_CODES.get(codes, base + (j << 3));
      long m = (hiEach - v) & HIGH;
      in |= (((m >>> 7) * GATHER) >>> 56) << (j << 3);
    }
    return in;
  }

  /**
   * The values, per slot, where some node's test on that slot changes outcome, and from them the
   * screener's encoding of each slot: a slot with at most {@link #MAX_CUTS} such values is stored
   * as one byte per firm, its code, the number of cuts at or below the value; every test of that
   * slot is exact on codes, since it cannot change outcome between two consecutive cuts. Slots read
   * as raw values (sums) or with more cuts keep their fixed-point column.
   */
  static final class Cuts {
    /** The most cuts a one-byte code column holds (codes 0 to 127 keep the byte compare exact). */
    static final int MAX_CUTS = 127;

    private final List<java.util.TreeSet<Long>> found = new java.util.ArrayList<>();
    private final boolean[] raw;
    private long[][] cuts;

    Cuts(int slots) {
      raw = new boolean[slots];
      for (int s = 0; s < slots; s++) {
        found.add(new java.util.TreeSet<>());
      }
    }

    /** Adds the edges of {@code [lo, hi]} as cuts of a slot. */
    void range(int slot, long lo, long hi) {
      if (lo > FixedRange.BELOW) {
        found.get(slot).add(lo);
      }
      if (hi < FixedRange.ABOVE) {
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

    /** Whether a slot keeps its fixed-point column. */
    boolean keepsRaw(int slot) {
      return raw[slot];
    }

    /** The code of a value: the number of cuts at or below it. */
    static int code(long[] cuts, long v) {
      int i = java.util.Arrays.binarySearch(cuts, v);
      return i >= 0 ? i + 1 : -i - 1;
    }

    /** The code bounds {@code [lo, hi]} of the values in a fixed-point range (lo > hi: none). */
    static int[] codes(long[] cuts, long lo, long hi) {
      int clo = lo == FixedRange.BELOW ? 0 : code(cuts, lo);
      int chi = hi == FixedRange.ABOVE ? MAX_CUTS : code(cuts, hi + 1) - 1;
      return new int[] {clo, chi};
    }

    /** A value with the given code: every value of one code has the outcomes of this one. */
    static long representative(long[] cuts, int code) {
      return code == 0 ? FixedRange.BELOW : cuts[code - 1];
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
