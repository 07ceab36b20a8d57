package io.github.srdipolicy.cli;

import java.util.List;
import java.util.function.Function;

/** Draws a tree with box-drawing branches; each node has a head line and optional detail lines. */
final class Tree {
  private Tree() {}

  /** What to print for a node. */
  record Node(String head, List<String> details, List<?> children) {}

  static <T> void render(
      StringBuilder out, String indent, T root, Function<Object, Node> describe) {
    Node n = describe.apply(root);
    out.append(indent).append(n.head()).append('\n');
    body(out, indent, n, describe);
  }

  private static void body(
      StringBuilder out, String prefix, Node n, Function<Object, Node> describe) {
    String detailPrefix = prefix + (n.children().isEmpty() ? "  " : "│ ");
    for (String d : n.details()) {
      out.append(detailPrefix).append(d).append('\n');
    }
    for (int i = 0; i < n.children().size(); i++) {
      boolean last = i == n.children().size() - 1;
      Node c = describe.apply(n.children().get(i));
      out.append(prefix).append(last ? "└ " : "├ ").append(c.head()).append('\n');
      body(out, prefix + (last ? "  " : "│ "), c, describe);
    }
  }
}
