package io.github.srdipolicy.catalog.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.Map;

/**
 * A YAML document read into a Jackson tree that remembers where each value was written, so that
 * errors found after the tree is rewritten still name a line and column.
 */
final class LocatedTree {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final String file;
  /** Where each object or array starts. */
  private final Map<JsonNode, JsonLocation> starts = new IdentityHashMap<>();
  /** Where each field's value of an object is written. */
  private final Map<JsonNode, Map<String, JsonLocation>> fields = new IdentityHashMap<>();

  LocatedTree(String file) {
    this.file = file;
  }

  String file() {
    return file;
  }

  /** Reads the value at the parser's current token. */
  JsonNode read(JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    JsonLocation at = p.currentTokenLocation();
    switch (t) {
      case START_OBJECT: {
        ObjectNode o = NODES.objectNode();
        starts.put(o, at);
        Map<String, JsonLocation> fs = new HashMap<>();
        fields.put(o, fs);
        while (p.nextToken() == JsonToken.FIELD_NAME) {
          String name = p.currentName();
          JsonLocation nameAt = p.currentTokenLocation();
          if (o.has(name)) {
            throw error(nameAt, name, "the key is written twice in the same mapping");
          }
          p.nextToken();
          fs.put(name, p.currentTokenLocation());
          o.set(name, read(p));
        }
        return o;
      }
      case START_ARRAY: {
        ArrayNode a = NODES.arrayNode();
        starts.put(a, at);
        while (p.nextToken() != JsonToken.END_ARRAY) {
          a.add(read(p));
        }
        return a;
      }
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_NUMBER_INT:
        return NODES.numberNode(p.getBigIntegerValue());
      case VALUE_NUMBER_FLOAT:
        // Written as a bare number in YAML; kept exact, as the text that was written.
        return NODES.textNode(p.getText());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      default:
        throw error(at, null, "unexpected " + t);
    }
  }

  /** Notes that a rewritten node stands where another was written. */
  void same(JsonNode written, JsonNode rewritten) {
    JsonLocation at = starts.get(written);
    if (at != null) {
      starts.put(rewritten, at);
    }
    Map<String, JsonLocation> fs = fields.get(written);
    if (fs != null) {
      fields.put(rewritten, new HashMap<>(fs));
    }
  }

  /** Notes that a field of a rewritten object comes from a field written under another name. */
  void alias(JsonNode rewritten, String field, String writtenField) {
    Map<String, JsonLocation> fs = fields.get(rewritten);
    if (fs != null && fs.containsKey(writtenField)) {
      fs.put(field, fs.get(writtenField));
    }
  }

  /** Returns where an object or array starts, or where a field of an object is written. */
  JsonLocation where(JsonNode node, String field) {
    if (field != null) {
      Map<String, JsonLocation> fs = fields.get(node);
      if (fs != null && fs.containsKey(field)) {
        return fs.get(field);
      }
    }
    return starts.getOrDefault(node, JsonLocation.NA);
  }

  DataFileException error(JsonLocation at, String field, String message) {
    return error(at, field, message, null);
  }

  DataFileException error(JsonLocation at, String field, String message, Throwable cause) {
    int line = at == null || at.getLineNr() < 0 ? 0 : at.getLineNr();
    int column = at == null || at.getColumnNr() < 0 ? 0 : at.getColumnNr();
    return new DataFileException(file, line, column, (field == null ? "" : "field '" + field + "': ") + message,
        cause);
  }

  DataFileException error(JsonNode node, String field, String message) {
    return error(where(node, field), field, message);
  }
}
