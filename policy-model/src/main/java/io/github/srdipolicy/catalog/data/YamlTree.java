package io.github.srdipolicy.catalog.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/**
 * Reads a YAML document token by token (Jackson's streaming parser) into {@link Node}s that
 * remember where each value was written. Its own class so that a load from compact forms loads no
 * parser class at all.
 */
final class YamlTree {
  private YamlTree() {}

  /**
   * The YAML parser factory, made only when a file is parsed from its YAML (not its compact form).
   */
  private static final class Yaml {
    static final YAMLFactory FACTORY = YAMLFactory.builder().build();
  }

  /** Parses a YAML text. */
  static Node parse(LocatedTree tree, InputStream in) {
    try (JsonParser p = Yaml.FACTORY.createParser(in)) {
      if (p.nextToken() == null) {
        throw tree.error(JsonLocation.NA, null, "the file is empty; expected a policy document");
      }
      return read(tree, p);
    } catch (JsonProcessingException e) {
      throw tree.error(e.getLocation(), null, "not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + tree.file() + ": " + e.getMessage(), e);
    }
  }

  /** Reads the value at the parser's current token. */
  private static Node read(LocatedTree tree, JsonParser p) throws IOException {
    JsonToken t = p.currentToken();
    JsonLocation at = p.currentTokenLocation();
    int line = LocatedTree.line(at);
    int column = LocatedTree.column(at);
    switch (t) {
      case START_OBJECT:
        {
          Node o = Node.map(line, column);
          while (p.nextToken() == JsonToken.FIELD_NAME) {
            String name = p.currentName();
            if (o.fields.containsKey(name)) {
              throw tree.error(
                  p.currentTokenLocation(), name, "the key is written twice in the same mapping");
            }
            p.nextToken();
            o.fields.put(name, read(tree, p));
          }
          return o;
        }
      case START_ARRAY:
        {
          Node a = Node.list(line, column);
          while (p.nextToken() != JsonToken.END_ARRAY) {
            a.items.add(read(tree, p));
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
        throw tree.error(at, null, "unexpected " + t);
    }
  }
}
