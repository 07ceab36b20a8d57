package io.github.srdipolicy.screening;

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
