package io.github.srdipolicy.screening;

/**
 * A compiled condition. Nodes of one criteria are stored in post-order, so that a node's
 * children are evaluated before it; each node writes, for 64 firms, the word of firms for which
 * it "can be true" into {@code t[id]} and "can be false" into {@code f[id]}: ELIGIBLE is (1,0),
 * NOT_ELIGIBLE (0,1), UNDETERMINED (1,1).
 */
abstract class Node {
  final int id;

  Node(int id) {
    this.id = id;
  }

  abstract void eval(Population p, int word, long[] t, long[] f);

  /** The number of firms in a word (the last word may be partial). */
  static int firmsIn(Population p, int word) {
    return Math.min(64, p.size - (word << 6));
  }
}
