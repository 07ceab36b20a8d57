package io.github.srdipolicy.screening;

/**
 * A compiled condition. Nodes are shared by every criteria of a screener and stored children
 * first, so that a node's children are evaluated before it; each node writes, for 64 firms, the
 * word of firms for which it "can be true" into {@code t[id]} and "can be false" into
 * {@code f[id]}: ELIGIBLE is (1,0), NOT_ELIGIBLE (0,1), UNDETERMINED (1,1).
 *
 * <p>Population columns are padded to whole words, so every loop runs over exactly 64 rows (a
 * constant trip count the JIT unrolls); rows past the end are never read back.
 */
abstract class Node {
  final int id;

  Node(int id) {
    this.id = id;
  }

  abstract void eval(Population p, int word, long[] t, long[] f);

  /**
   * What the node computes, without its id: two nodes with equal keys give equal results, so a
   * screener evaluates one of them only (e.g. the same threshold tested by several documents).
   */
  abstract String key();

  /**
   * The rows of a word whose value in a column lies in {@code [lo, hi]}, one bit per row: the
   * sign of {@code (v - lo) | (hi - v)} decides membership (see {@link FixedRange}).
   */
  static long inRange(long[] col, int base, long lo, long hi) {
    long yes = 0;
    for (int i = 0; i < 64; i++) {
      long v = col[base + i];
      yes |= (~((v - lo) | (hi - v)) >>> 63) << i;
    }
    return yes;
  }
}
