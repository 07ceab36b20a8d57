package io.github.srdipolicy.catalog.data;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A value of a data file with the line and column where it is written: a mapping (keys in file
 * order), a list or a scalar. The loader's own tree, so that reading a file needs no Jackson
 * databind (its classes and per-type introspection were most of a cold catalogue load).
 */
final class Node {
  /** What a node holds. */
  enum Kind {
    MAP,
    LIST,
    STRING,
    INTEGER,
    BOOLEAN,
    NULL
  }

  final Kind kind;
  final int line;
  final int column;

  /**
   * The scalar as text: a string, a whole number in decimal, {@code true}/{@code false}, or null.
   */
  final String text;

  /** The fields of a mapping, in file order; null otherwise. */
  final Map<String, Node> fields;

  /** The items of a list; null otherwise. */
  final List<Node> items;

  private Node(Kind kind, int line, int column, String text) {
    this.kind = kind;
    this.line = line;
    this.column = column;
    this.text = text;
    this.fields = kind == Kind.MAP ? new LinkedHashMap<>() : null;
    this.items = kind == Kind.LIST ? new ArrayList<>() : null;
  }

  static Node map(int line, int column) {
    return new Node(Kind.MAP, line, column, null);
  }

  static Node list(int line, int column) {
    return new Node(Kind.LIST, line, column, null);
  }

  static Node scalar(Kind kind, int line, int column, String text) {
    return new Node(kind, line, column, text);
  }

  /** A string written where another node is written. */
  static Node string(Node at, String text) {
    return new Node(Kind.STRING, at.line, at.column, text);
  }

  /** An empty mapping standing where another node is written. */
  static Node mapAt(Node at) {
    return new Node(Kind.MAP, at.line, at.column, null);
  }

  /** An empty list standing where another node is written. */
  static Node listAt(Node at) {
    return new Node(Kind.LIST, at.line, at.column, null);
  }

  boolean isMap() {
    return kind == Kind.MAP;
  }

  boolean isList() {
    return kind == Kind.LIST;
  }

  boolean isNull() {
    return kind == Kind.NULL;
  }

  /** A string written as such (not a number, yes/no or null). */
  boolean isString() {
    return kind == Kind.STRING;
  }

  /** A scalar other than null: it reads as text, as Jackson coerces scalars to strings. */
  boolean isScalar() {
    return kind == Kind.STRING || kind == Kind.INTEGER || kind == Kind.BOOLEAN;
  }

  /** Returns a field of a mapping, or null (also if this is not a mapping). */
  Node get(String field) {
    return fields == null ? null : fields.get(field);
  }

  boolean has(String field) {
    return fields != null && fields.containsKey(field);
  }

  /** Returns a field's text if it is written as a string, else null. */
  String string(String field) {
    Node n = get(field);
    return n != null && n.kind == Kind.STRING ? n.text : null;
  }

  /** What the node is, for messages. */
  String describe() {
    switch (kind) {
      case MAP:
        return "a mapping";
      case LIST:
        return "a list";
      case NULL:
        return "null";
      default:
        return "'" + text + "'";
    }
  }
}
