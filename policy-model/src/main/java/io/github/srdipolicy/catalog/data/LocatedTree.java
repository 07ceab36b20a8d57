package io.github.srdipolicy.catalog.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.IOException;

/**
 * Reads a YAML document token by token (Jackson's streaming parser) into {@link Node}s that
 * remember where each value was written, and makes the errors that name those places.
 */
final class LocatedTree {
  private final String file;

  LocatedTree(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  /** Reads the value at the parser's current token. */
  Node read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    JsonLocation at = p.currentTokenLocation();
    int line = line(at);
    int column = column(at);
    switch (t) {
      case START_OBJECT: {
        Node o = Node.map(line, column);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          if (o.fields.containsKey(name)) {
            throw error(p.currentTokenLocation(), name, "the key is written twice in the same mapping");
          }
          p.nextToken();
          o.fields.put(name, read(p));
        }
        return o;
      }
      case START_ARRAY: {
        Node a = Node.list(line, column);
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.items.add(read(p));
        }
        return a;
      }
      case VALUE_STRING:
        return Node.scalar(Node.Kind.STRING, line, column, p.getText());
      case VALUE_NUMBER_INT:
        return Node.scalar(Node.Kind.INTEGER, line, column, p.getBigIntegerValue().toString());
      case VALUE_NUMBER_FLOAT:
        // Written as a bare number in YAML; kept exact, as the text that was written.
        return Node.scalar(Node.Kind.STRING, line, column, p.getText());
      case VALUE_TRUE:
        return Node.scalar(Node.Kind.BOOLEAN, line, column, "true");
      case VALUE_FALSE:
        return Node.scalar(Node.Kind.BOOLEAN, line, column, "false");
      case VALUE_NULL:
        return Node.scalar(Node.Kind.NULL, line, column, null);
      default:
        throw error(at, null, "unexpected " + t);
    }
  }

  private static int line(JsonLocation at) {
    return at == null || at.getLineNr() < 0 ? 0 : at.getLineNr();
  }

  private static int column(JsonLocation at) {
    return at == null || at.getColumnNr() < 0 ? 0 : at.getColumnNr();
  }

  DataFileException error(JsonLocation at, String field, String message) {
    return error(at, field, message, null);
  }

  DataFileException error(JsonLocation at, String field, String message, Throwable cause) {
    return error(line(at), column(at), field, message, cause);
  }

  private DataFileException error(int line, int column, String field, String message, Throwable cause) {
    return new DataFileException(file, line, column, (field == null ? "" : "field '" + field + "': ") + message,
        cause);
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
