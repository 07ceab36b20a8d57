package io.github.srdipolicy.json;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;

/**
 * Reads the common JSON documents into the same tree as {@link PolicyJson}'s mapper's {@code
 * readTree}, with jackson-core's parser only, so that reading one profile does not set up the whole
 * object mapper (its modules, date formats and serialiser tables are about half of the classes a
 * cold {@code policy match} loads; issue #17).
 *
 * <p>It answers only where the result is certain to be the mapper's: objects, arrays, strings,
 * booleans, {@code null} and integers that fit a {@code long}, in one well-formed document. For
 * anything else (a decimal number, a huge integer, malformed or trailing text, an empty document)
 * it returns {@code null} and the caller asks the mapper, which reads the number or reports the
 * error exactly as before. {@code TreeReaderTest} holds the two equal.
 */
final class TreeReader {
  /** The parser settings of the mapper's factory: only duplicate keys are set apart. */
  private static final JsonFactory FACTORY =
      JsonFactory.builder().enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION).build();

  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  /** Thrown inside the reader where the mapper must answer instead; never leaves this class. */
  private static final class NotMine extends Exception {
    private static final long serialVersionUID = 1L;

    NotMine() {
      super(null, null, false, false);
    }
  }

  private static final NotMine NOT_MINE = new NotMine();

  private TreeReader() {}

  /**
   * Reads a JSON document into a tree.
   *
   * @param json the JSON text, not null
   * @return the tree, equal to the mapper's, or null where the mapper must read the text
   */
  static JsonNode read(String json) {
    try (JsonParser p = FACTORY.createParser(json)) {
      JsonToken first = p.nextToken();
      if (first == null) {
        return null;
      }
      JsonNode root = value(p, first);
      return p.nextToken() == null ? root : null;
    } catch (IOException | NotMine e) {
      // Malformed text, a limit passed, or a value read differently by the mapper: the mapper
      // answers, with its own message.
      return null;
    }
  }

  /** Reads the value that starts at the current token; the parser bounds the nesting depth. */
  private static JsonNode value(JsonParser p, JsonToken t) throws IOException, NotMine {
    switch (t) {
      case START_OBJECT:
        ObjectNode o = NODES.objectNode();
        for (String key = p.nextFieldName(); key != null; key = p.nextFieldName()) {
          o.set(key, value(p, p.nextToken()));
        }
        return o;
      case START_ARRAY:
        ArrayNode a = NODES.arrayNode();
        for (JsonToken e = p.nextToken(); e != JsonToken.END_ARRAY; e = p.nextToken()) {
          a.add(value(p, e));
        }
        return a;
      case VALUE_STRING:
        return NODES.textNode(p.getText());
      case VALUE_TRUE:
        return NODES.booleanNode(true);
      case VALUE_FALSE:
        return NODES.booleanNode(false);
      case VALUE_NULL:
        return NODES.nullNode();
      case VALUE_NUMBER_INT:
        switch (p.getNumberType()) {
          case INT:
            return NODES.numberNode(p.getIntValue());
          case LONG:
            return NODES.numberNode(p.getLongValue());
          default:
            throw NOT_MINE;
        }
      default:
        throw NOT_MINE;
    }
  }
}
