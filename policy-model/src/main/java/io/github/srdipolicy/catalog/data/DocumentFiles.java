package io.github.srdipolicy.catalog.data;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Reads policy data files (see the {@linkplain io.github.srdipolicy.catalog.data package
 * description} for the format) into the immutable model.
 *
 * <p>Every error is a {@link DataFileException} naming the file, line, column and field and
 * saying what was expected. Thread-safe.
 */
public final class DocumentFiles {
  private static final YAMLFactory YAML = YAMLFactory.builder().build();
  private static final ObjectMapper MAPPER = PolicyJson.mapper();
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;
  /** Fields whose value is an amount with its unit. */
  private static final Set<String> AMOUNT_FIELDS = Set.of("threshold", "value", "upper", "lower", "quantity",
      "amount", "cap");
  /** Fields that together stand for a nested source reference. */
  private static final Set<String> SOURCE_FIELDS = Set.of("clause", "confidence", "provenance", "sourceDocument");

  private DocumentFiles() {}

  /**
   * Reads a data file.
   *
   * @param path the file, not null
   * @return the document with the indicators and jurisdictions it introduces, never null
   * @throws DataFileException naming the file, line, column and field if the file is invalid
   * @throws UncheckedIOException if the file cannot be read
   */
  public static DocumentFile read(Path path) {
    try (InputStream in = Files.newInputStream(path)) {
      return read(path.toString(), in);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + path + ": " + e.getMessage(), e);
    }
  }

  /**
   * Reads a data file from a stream.
   *
   * @param file the file name for messages, not null
   * @param in the UTF-8 YAML text, not null; not closed
   * @return the document with the indicators and jurisdictions it introduces, never null
   * @throws DataFileException naming the file, line, column and field if the file is invalid
   * @throws UncheckedIOException if the stream cannot be read
   */
  public static DocumentFile read(String file, InputStream in) {
    return parse(file, in).file();
  }

  /**
   * Reads a data file and rejects it if {@link Lint#checkFile(DocumentFile)} would find an error,
   * as the loader does.
   *
   * @param file the file name for messages, not null
   * @param in the UTF-8 YAML text, not null; not closed
   * @return the document with the indicators and jurisdictions it introduces, never null
   * @throws DataFileException if the file is invalid or has an authoring error
   */
  static DocumentFile readChecked(String file, InputStream in) {
    Parsed parsed = parse(file, in);
    List<Lint.Finding> errors = Lint.loadErrors(parsed.file(), parsed.written());
    if (!errors.isEmpty()) {
      throw new DataFileException(file, errors.get(0).line(), 0, errors.size() + " authoring error(s):\n  "
          + errors.stream().map(Lint.Finding::toString).collect(java.util.stream.Collectors.joining("\n  ")), null);
    }
    return parsed.file();
  }

  /** A file as read, with the tree its document was bound from. */
  private record Parsed(DocumentFile file, JsonNode written) {}

  private static Parsed parse(String file, InputStream in) {
    LocatedTree tree = new LocatedTree(file);
    JsonNode root;
    try (JsonParser p = YAML.createParser(in)) {
      if (p.nextToken() == null) {
        throw tree.error(JsonLocation.NA, null, "the file is empty; expected a policy document");
      }
      root = tree.read(p);
    } catch (JsonProcessingException e) {
      throw tree.error(e.getLocation(), null, "not valid YAML: " + e.getOriginalMessage(), e);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + file + ": " + e.getMessage(), e);
    }
    if (!root.isObject()) {
      throw tree.error(root, null, "expected a mapping holding a policy document");
    }
    return new Reader(tree).document((ObjectNode) root);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the data file format, for editors and checks.
   *
   * @return the schema text, never null
   */
  public static String schema() {
    try (InputStream in = DocumentFiles.class.getResourceAsStream("policy-document.schema.json")) {
      if (in == null) {
        throw new IllegalStateException("Missing resource policy-document.schema.json in the policy-model jar");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites the readable form into the JSON form of the model, one file. */
  private static final class Reader {
    private final LocatedTree tree;
    private final Map<String, Integer> lines = new LinkedHashMap<>();
    private String documentId;
    private String confidence;
    private final Map<String, String> provenance = new LinkedHashMap<>();

    Reader(LocatedTree tree) {
      this.tree = tree;
    }

    Parsed document(ObjectNode root) {
      JsonNode id = root.get("id");
      if (id == null || !id.isTextual()) {
        throw tree.error(root, "id", "expected the document number (文号) as text");
      }
      documentId = id.asText();
      confidence = root.path("confidence").asText(Confidence.SEED.name());
      JsonNode defaults = root.path("defaults");
      if (!defaults.isMissingNode()) {
        if (!defaults.isObject()) {
          throw tree.error(root, "defaults", "expected a mapping with 'provenance'");
        }
        for (Iterator<String> it = defaults.fieldNames(); it.hasNext();) {
          String name = it.next();
          if (!name.equals("provenance")) {
            throw tree.error(defaults, name, "unknown default; expected 'provenance'");
          }
        }
        defaults.path("provenance").fields().forEachRemaining(e -> provenance.put(e.getKey(), e.getValue().asText()));
      }
      List<Indicator> indicators = new ArrayList<>();
      List<Jurisdiction> jurisdictions = new ArrayList<>();
      ObjectNode out = NODES.objectNode();
      tree.same(root, out);
      for (Iterator<Map.Entry<String, JsonNode>> it = root.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        switch (e.getKey()) {
          case "defaults":
            break;
          case "indicators":
            for (JsonNode n : list(root, "indicators")) {
              indicators.add(bind(rewrite(n, "indicators", null), Indicator.class, n));
            }
            break;
          case "jurisdictions":
            for (JsonNode n : list(root, "jurisdictions")) {
              jurisdictions.add(bind(rewrite(n, "jurisdictions", null), Jurisdiction.class, n));
            }
            break;
          default:
            out.set(e.getKey(), rewrite(e.getValue(), e.getKey(), null));
        }
      }
      PolicyDocument document = bind(out, PolicyDocument.class, out);
      return new Parsed(new DocumentFile(tree.file(), document, indicators, jurisdictions, lines), out);
    }

    private ArrayNode list(ObjectNode o, String field) {
      JsonNode n = o.get(field);
      if (!n.isArray()) {
        throw tree.error(o, field, "expected a list");
      }
      return (ArrayNode) n;
    }

    private JsonNode rewrite(JsonNode n, String field, String parentId) {
      if (n.isObject()) {
        return object((ObjectNode) n, parentId);
      }
      if (n.isArray()) {
        ArrayNode a = NODES.arrayNode();
        tree.same(n, a);
        n.forEach(x -> a.add(rewrite(x, field, parentId)));
        return a;
      }
      return n;
    }

    private ObjectNode object(ObjectNode in, String parentId) {
      ObjectNode out = NODES.objectNode();
      tree.same(in, out);
      String id = parentId;
      JsonNode idNode = in.get("id");
      if (idNode != null && idNode.isTextual()) {
        id = idNode.asText();
        if (id.startsWith(".")) {
          if (parentId == null) {
            throw tree.error(in, "id", "an id starting with '.' continues the id of the fact it is nested in, "
                + "but '" + id + "' is not nested in a fact");
          }
          id = parentId + id;
        }
        lines.putIfAbsent(id, tree.where(in, "id").getLineNr());
      }
      if (in.path("path").isTextual() && in.has("status")) {
        lines.putIfAbsent("clause " + in.get("path").asText(), tree.where(in, "path").getLineNr());
      }
      // A source reference written out in full (as in alsoListedIn) names its document.
      boolean sourceFields = in.has("clause") && !in.has("document");
      String operatorWord = null;
      for (Iterator<Map.Entry<String, JsonNode>> it = in.fields(); it.hasNext();) {
        Map.Entry<String, JsonNode> e = it.next();
        String k = e.getKey();
        JsonNode v = e.getValue();
        if (k.equals("id") && v.isTextual()) {
          out.put("id", id);
        } else if (SOURCE_FIELDS.contains(k) && sourceFields) {
          continue;
        } else if (k.equals("status") && in.has("indicator")) {
          out.put("type", "status");
          out.put("required", statusValue(in, v));
          tree.alias(out, "required", k);
        } else if (Notation.operator(k).isPresent()) {
          if (operatorWord != null) {
            throw tree.error(in, k, "a comparison has one operator, but '" + operatorWord + "' is also given");
          }
          operatorWord = k;
        } else if (AMOUNT_FIELDS.contains(k) && v.isTextual() && !in.has("unit")) {
          out.set(k, amount(in, k, v.asText()));
          tree.alias(out, k, k);
        } else {
          out.set(k, rewrite(v, k, id));
        }
      }
      if (sourceFields) {
        if (in.has("source")) {
          throw tree.error(in, "clause", "give either 'clause' or 'source', not both");
        }
        out.set("source", source(in));
        tree.alias(out, "source", "clause");
      }
      if (operatorWord != null && in.has("status") && in.has("indicator")) {
        throw tree.error(in, operatorWord, "a yes/no fact is tested with 'status' alone; remove '" + operatorWord + "'");
      }
      if (operatorWord != null) {
        Operator op = Notation.operator(operatorWord).orElseThrow();
        if (!in.has("indicator") && !in.has("indicators")) {
          throw tree.error(in, operatorWord, "a comparison needs 'indicator' (or 'indicators' for a sum)");
        }
        out.put("type", in.has("indicators") ? "sum" : "comparison");
        out.put("operator", op.name());
        JsonNode bound = in.get(operatorWord);
        if (!bound.isTextual()) {
          throw tree.error(in, operatorWord, "expected an amount with its unit (" + Notation.unitWords() + ")");
        }
        out.set("threshold", amount(in, operatorWord, bound.asText()));
        tree.alias(out, "threshold", operatorWord);
        tree.alias(out, "operator", operatorWord);
      }
      return out;
    }

    /** The value of a status test: {@code yes} or {@code no} (YAML may also read them as booleans). */
    private boolean statusValue(ObjectNode in, JsonNode v) {
      if (v.isBoolean()) {
        return v.booleanValue();
      }
      if (v.isTextual() && (v.asText().equals("yes") || v.asText().equals("no"))) {
        return v.asText().equals("yes");
      }
      throw tree.error(in, "status", "expected yes or no (the value the yes/no indicator must have), but found '"
          + v.asText() + "'");
    }

    private ObjectNode source(ObjectNode in) {
      ObjectNode s = NODES.objectNode();
      JsonNode clause = in.get("clause");
      if (!clause.isTextual() || clause.asText().isBlank()) {
        throw tree.error(in, "clause", "expected the clause path as text, such as 三、(一)2");
      }
      s.put("document", in.has("sourceDocument") ? in.get("sourceDocument").asText() : documentId);
      s.put("clause", clause.asText());
      String c = in.has("confidence") ? in.get("confidence").asText() : confidence;
      s.put("confidence", c);
      JsonNode p = in.get("provenance");
      if (p == null) {
        Optional.ofNullable(provenance.get(c)).ifPresent(v -> s.put("provenance", v));
      } else if (!p.isNull()) {
        s.set("provenance", p);
      }
      tree.same(in, s);
      tree.alias(s, "document", "sourceDocument");
      return s;
    }

    private ObjectNode amount(ObjectNode in, String field, String text) {
      Notation.Amount a = Notation.parseAmount(text).orElseThrow(() -> tree.error(in, field,
          "expected an amount with its unit, such as 2000万元, 40% or 3 level (units: " + Notation.unitWords()
              + "), but found '" + text + "'"));
      ObjectNode q = NODES.objectNode();
      q.put("amount", a.amount());
      q.put("unit", a.unit().name());
      return q;
    }

    private <T> T bind(JsonNode node, Class<T> type, JsonNode written) {
      try {
        return MAPPER.treeToValue(node, type);
      } catch (JsonMappingException e) {
        throw located(e, node, type);
      } catch (JsonProcessingException e) {
        throw tree.error(tree.where(written, null), null, e.getOriginalMessage(), e);
      } catch (IllegalArgumentException | IllegalStateException e) {
        throw tree.error(tree.where(written, null), null, e.getMessage(), e);
      }
    }

    private DataFileException located(JsonMappingException e, JsonNode root, Class<?> type) {
      JsonNode node = root;
      JsonNode located = root;
      String field = null;
      for (JsonMappingException.Reference r : e.getPath()) {
        JsonNode next = r.getFieldName() != null ? node.get(r.getFieldName())
            : r.getIndex() >= 0 ? node.get(r.getIndex()) : null;
        field = r.getFieldName() != null ? r.getFieldName() : field;
        if (r.getFieldName() != null && tree.where(node, r.getFieldName()) != JsonLocation.NA) {
          located = node;
        }
        if (next == null) {
          break;
        }
        node = next;
        if ((node.isObject() || node.isArray()) && tree.where(node, null) != JsonLocation.NA) {
          located = node;
          field = r.getFieldName() != null ? r.getFieldName() : field;
        }
      }
      Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : null;
      String what = cause != null ? cause.getMessage() : e.getOriginalMessage();
      String f = field;
      JsonLocation at = located == node && (node.isObject() || node.isArray()) ? tree.where(node, null)
          : tree.where(located, f);
      return tree.error(at, f, what + " (in " + type.getSimpleName() + ")", e);
    }
  }
}
