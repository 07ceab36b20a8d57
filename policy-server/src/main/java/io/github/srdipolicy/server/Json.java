package io.github.srdipolicy.server;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.util.ByteArrayBuilder;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.util.TokenBuffer;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

/**
 * JSON in and out, in the model's own conventions ({@link PolicyJson}: ISO dates, decimal strings,
 * sorted map keys, absent values left out) but compact, as a service answers.
 */
final class Json {
  /** The model's mapper without indentation. */
  static final ObjectMapper MAPPER =
      PolicyJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

  /**
   * Reads request bodies: a key given twice or anything after the object is an error, not a value
   * silently dropped.
   */
  private static final ObjectMapper READER =
      PolicyJson.mapper()
          .enable(JsonParser.Feature.STRICT_DUPLICATE_DETECTION)
          .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

  private Json() {}

  static ObjectNode object() {
    return MAPPER.createObjectNode();
  }

  static ArrayNode array() {
    return MAPPER.createArrayNode();
  }

  static JsonNode tree(Object value) {
    return MAPPER.valueToTree(value);
  }

  static byte[] bytes(JsonNode node) {
    return bytes(g -> MAPPER.writeTree(g, node));
  }

  /** The tree of a streamed answer, for the routes that add to it or embed it. */
  static ObjectNode tree(Writing writing) {
    try (TokenBuffer buffer = new TokenBuffer(MAPPER, false)) {
      writing.to(buffer);
      return (ObjectNode) MAPPER.readTree(buffer.asParser(MAPPER));
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write a JSON answer", e);
    }
  }

  /** What streams one JSON answer to a generator. */
  interface Writing {
    void to(JsonGenerator g) throws IOException;
  }

  /**
   * The bytes of a streamed answer. The answers of the busiest routes are written straight from the
   * model to the generator: building a tree first and serialising it cost about as much CPU as the
   * assessment itself.
   */
  static byte[] bytes(Writing writing) {
    try (ByteArrayBuilder out = new ByteArrayBuilder(MAPPER.getFactory()._getBufferRecycler())) {
      try (JsonGenerator g = MAPPER.createGenerator(out)) {
        writing.to(g);
      }
      return out.toByteArray();
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write a JSON answer", e);
    }
  }

  /** An answer up to this size keeps its thread's buffer for the next one. */
  private static final int KEPT_BUFFER_BYTES = 256 * 1024;

  /** Each server thread's answer buffer, reused from request to request. */
  private static final ThreadLocal<Answer> ANSWERS = ThreadLocal.withInitial(Answer::new);

  /**
   * Writes an answer whole into this thread's buffer, so that it can be sent in one piece with its
   * length, and that a failure while writing sends nothing of it. The buffer is this thread's until
   * the next call: send it before writing another answer.
   */
  static Answer render(Writing writing) {
    Answer out = ANSWERS.get();
    if (out.capacity() > KEPT_BUFFER_BYTES) {
      out = new Answer();
      ANSWERS.set(out);
    }
    out.reset();
    try (JsonGenerator g = MAPPER.createGenerator(out)) {
      writing.to(g);
    } catch (IOException e) {
      throw new IllegalStateException("Cannot write a JSON answer", e);
    }
    return out;
  }

  /** The bytes of one answer, in a buffer that is reused. */
  static final class Answer extends ByteArrayOutputStream {
    Answer() {
      super(32 * 1024);
    }

    int capacity() {
      return buf.length;
    }
  }

  /** Parses a request body as a JSON object; malformed JSON is the client's error (400). */
  static ObjectNode parseObject(byte[] body, String what) {
    JsonNode node;
    try {
      node = READER.readTree(body);
    } catch (JsonProcessingException e) {
      String where =
          e.getLocation() == null
              ? ""
              : " at line "
                  + e.getLocation().getLineNr()
                  + ", column "
                  + e.getLocation().getColumnNr();
      throw ProblemException.badRequest(
          "Malformed JSON in " + what + where + ": " + e.getOriginalMessage(), pathOf(e, ""), null);
    } catch (java.io.IOException e) {
      throw ProblemException.badRequest("Unreadable " + what + ": " + e.getMessage(), null, null);
    }
    if (node == null || node.isMissingNode()) {
      throw ProblemException.badRequest(
          "Empty " + what + ": a JSON object is required", null, null);
    }
    if (!node.isObject()) {
      throw ProblemException.badRequest(
          "The "
              + what
              + " must be a JSON object, not "
              + node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT),
          null,
          node.toString());
    }
    return (ObjectNode) node;
  }

  /**
   * The JSON path of a Jackson mapping error, e.g. {@code values.rnd-intensity.amount}, or null.
   */
  static String pathOf(Throwable e, String prefix) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof JsonMappingException m && !m.getPath().isEmpty()) {
        StringBuilder b = new StringBuilder(prefix);
        for (JsonMappingException.Reference r : m.getPath()) {
          if (r.getFieldName() != null) {
            b.append(b.length() == 0 ? "" : ".").append(r.getFieldName());
          } else if (r.getIndex() >= 0) {
            b.append('[').append(r.getIndex()).append(']');
          }
        }
        return b.toString();
      }
    }
    return prefix.isEmpty() ? null : prefix;
  }

  static ObjectNode text(LocalizedText t) {
    return object().put("zh", t.zh()).put("en", t.en());
  }

  static ObjectNode source(SourceRef s) {
    ObjectNode n =
        object()
            .put("document", s.document().toString())
            .put("clause", s.clause())
            .put("confidence", s.confidence().toString());
    s.provenance().ifPresent(p -> n.put("provenance", p));
    return n;
  }

  static ObjectNode quantity(Quantity q) {
    return object()
        .put("amount", q.amount().toPlainString())
        .put("unit", q.unit().toString())
        .put("display", q.toDisplayString());
  }

  static ObjectNode incentive(Incentive i) {
    ObjectNode n = object().put("id", i.id().toString());
    n.set("label", text(i.label()));
    n.put("kind", i.kind().toString());
    i.amount().ifPresent(a -> n.set("amount", quantity(a)));
    i.amount()
        .filter(a -> a.kind() == ValueKind.MONEY)
        .ifPresent(
            a ->
                n.put(
                    "amountWanYuan",
                    a.to(Unit.WAN_YUAN).amount().stripTrailingZeros().toPlainString()));
    i.cap().ifPresent(a -> n.set("cap", quantity(a)));
    i.years().ifPresent(y -> n.put("years", y));
    n.put("fundingJurisdiction", i.fundingJurisdiction().toString());
    n.put("stacking", i.stacking().rule().toString());
    n.set("source", source(i.source()));
    return n;
  }
}
