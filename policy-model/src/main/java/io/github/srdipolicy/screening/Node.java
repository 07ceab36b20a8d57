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

  /** Bit mask of {less, equal, greater} results that satisfy an operator, indexed by compare+1. */
  static int okMask(io.github.srdipolicy.model.Operator op) {
    switch (op) {
      case AT_LEAST:
        return 0b110;
      case GREATER_THAN:
        return 0b100;
      case AT_MOST:
        return 0b011;
      case LESS_THAN:
        return 0b001;
      default:
        return 0b010;
    }
  }

  static boolean ok(int mask, long actual, long bound) {
    return ((mask >>> (Long.compare(actual, bound) + 1)) & 1) != 0;
  }
}
