package io.github.srdipolicy.catalog.data;

import com.fasterxml.jackson.core.JsonLocation;
import java.io.InputStream;

/** Makes the errors of one data file, naming the line and column where a value is written. */
final class LocatedTree {
  private final String file;

  LocatedTree(String file) {
    this.file = file;
  }

  /** Parses a YAML text into the file's tree. */
  Node parse(InputStream in) {
    return YamlTree.parse(this, in);
  }

  String file() {
    return file;
  }

  static int line(JsonLocation at) {
    return at == null || at.getLineNr() < 0 ? 0 : at.getLineNr();
  }

  static int column(JsonLocation at) {
    return at == null || at.getColumnNr() < 0 ? 0 : at.getColumnNr();
  }

  DataFileException error(JsonLocation at, String field, String message) {
    return error(at, field, message, null);
  }

  DataFileException error(JsonLocation at, String field, String message, Throwable cause) {
    return error(line(at), column(at), field, message, cause);
  }

  private DataFileException error(
      int line, int column, String field, String message, Throwable cause) {
    return new DataFileException(
        file, line, column, (field == null ? "" : "field '" + field + "': ") + message, cause);
  }

  /**
   * An error at a field of a mapping (where its value is written), or at the node itself when the
   * field is null or not written.
   */
  DataFileException error(Node node, String field, String message) {
    return error(node, field, message, null);
  }

  DataFileException error(Node node, String field, String message, Throwable cause) {
    Node at = field == null ? null : node.get(field);
    Node where = at != null ? at : node;
    return error(where.line, where.column, field, message, cause);
  }
}
