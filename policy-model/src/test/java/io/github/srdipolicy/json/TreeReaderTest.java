package io.github.srdipolicy.json;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The lean reader gives the mapper's tree, node class by node class, wherever it answers, and
 * leaves every other document (numbers it does not read, malformed or trailing text) to the mapper.
 */
class TreeReaderTest {
  private static final ObjectMapper MAPPER = PolicyJson.mapper();

  /** The mapper's tree, or its error message. */
  private static Object mapper(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      return e.getOriginalMessage();
    }
  }

  /** Deep equality that also compares node classes (an IntNode is not a LongNode). */
  private static void assertSameTree(JsonNode expected, JsonNode actual, String where) {
    assertEquals(expected.getClass(), actual.getClass(), where);
    assertEquals(expected, actual, where);
    if (expected.isContainerNode()) {
      assertEquals(expected.size(), actual.size(), where);
      if (expected.isObject()) {
        Iterator<Map.Entry<String, JsonNode>> e = expected.fields();
        Iterator<Map.Entry<String, JsonNode>> a = actual.fields();
        while (e.hasNext()) {
          Map.Entry<String, JsonNode> x = e.next();
          Map.Entry<String, JsonNode> y = a.next();
          assertEquals(x.getKey(), y.getKey(), where + " key order");
          assertSameTree(x.getValue(), y.getValue(), where + "." + x.getKey());
        }
      } else {
        for (int i = 0; i < expected.size(); i++) {
          assertSameTree(expected.get(i), actual.get(i), where + "[" + i + "]");
        }
      }
    }
  }

  private static void assertAgrees(String json) {
    JsonNode lean = TreeReader.read(json);
    Object full = mapper(json);
    if (lean != null) {
      assertTrue(full instanceof JsonNode, () -> json + ": the mapper says " + full);
      assertSameTree((JsonNode) full, lean, json);
    }
  }

  @Test
  void readsAProfileWithoutTheMapper() {
    String json =
        "{\"name\":\"蛟河示例\",\"jurisdiction\":\"220281\",\"asOf\":\"2023-06-01\","
            + "\"values\":{\"operating-revenue\":{\"amount\":\"6000\",\"unit\":\"WAN_YUAN\"}},"
            + "\"tiers\":[{\"tier\":\"jilin.srdi-sme\",\"recognised\":\"2021-05-01\"}],"
            + "\"tiersComplete\":true,\"declarations\":{\"well-managed\":true,\"x\":null},"
            + "\"n\":[1,-2,2147483648,-9223372036854775808,{}],\"e\":\"\"}";
    assertNotNull(TreeReader.read(json));
    assertAgrees(json);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "",
        "   ",
        "null",
        "{} {}",
        "{} x",
        "[1,]",
        "{\"a\":1,\"a\":2}",
        "{\"a\":1.50}",
        "{\"a\":1e3}",
        "{\"a\":-0.0}",
        "{\"a\":123456789012345678901234567890}",
        "{\"a\":NaN}",
        "{\"a\":'x'}",
        "[\"\\ud800\"]",
        "{\"a\":[[[[[[]]]]]]"
      })
  void leavesWhatItDoesNotReadToTheMapper(String json) {
    assertAgrees(json);
    if (json.contains(".")
        || json.contains("e3")
        || json.contains("1234567890123")
        || json.isBlank()) {
      assertNull(TreeReader.read(json), json);
    }
  }

  @Test
  void leavesTooDeepADocumentToTheMapper() {
    String deep = "[".repeat(1001) + "]".repeat(1001);
    assertNull(TreeReader.read(deep));
    assertEquals(String.class, mapper(deep).getClass());
  }

  @Property(tries = 1000)
  void agreesWithTheMapper(@ForAll("documents") String json) {
    assertAgrees(json);
  }

  @Provide
  Arbitrary<String> documents() {
    Arbitrary<String> scalars =
        Arbitraries.oneOf(
            Arbitraries.strings().ofMaxLength(6).map(TreeReaderTest::quoted),
            Arbitraries.of("true", "false", "null", "0", "-1", "1.0", "2.50", "1e2", "-0"),
            Arbitraries.integers().map(String::valueOf),
            Arbitraries.longs().map(String::valueOf),
            Arbitraries.of("9223372036854775808", "\"\\u00e9\"", "\"a\\nb\"", "tru", "\"x"));
    Arbitrary<String> values = Arbitraries.lazyOf(() -> scalars, this::arrays, this::objects);
    return Arbitraries.oneOf(
        values,
        values.list().ofMaxSize(2).map(l -> String.join(" ", l)),
        Arbitraries.of("{", "}", "[", "]", ",", ":", "\"k\"", " ")
            .list()
            .ofMaxSize(8)
            .map(l -> String.join("", l)));
  }

  private Arbitrary<String> arrays() {
    return Arbitraries.lazy(this::small)
        .list()
        .ofMaxSize(3)
        .map(l -> "[" + String.join(",", l) + "]");
  }

  private Arbitrary<String> objects() {
    Arbitrary<String> keys =
        Arbitraries.of("a", "b", "c", "amount", "").map(TreeReaderTest::quoted);
    return net.jqwik.api.Combinators.combine(
            keys.list().ofMaxSize(3), Arbitraries.lazy(this::small).list().ofSize(3))
        .as(
            (k, v) -> {
              List<String> fields = new ArrayList<>();
              for (int i = 0; i < k.size(); i++) {
                fields.add(k.get(i) + ":" + v.get(i));
              }
              return "{" + String.join(",", fields) + "}";
            });
  }

  private Arbitrary<String> small() {
    return Arbitraries.frequencyOf(
        net.jqwik.api.Tuple.of(4, Arbitraries.of("1", "\"s\"", "true", "null", "1.5", "[]", "{}")),
        net.jqwik.api.Tuple.of(1, Arbitraries.lazy(this::arrays)),
        net.jqwik.api.Tuple.of(1, Arbitraries.lazy(this::objects)));
  }

  private static String quoted(String s) {
    StringBuilder b = new StringBuilder("\"");
    for (char c : s.toCharArray()) {
      if (c == '"' || c == '\\') {
        b.append('\\').append(c);
      } else if (c < 0x20) {
        b.append(String.format("\\u%04x", (int) c));
      } else {
        b.append(c);
      }
    }
    return b.append('"').toString();
  }
}
