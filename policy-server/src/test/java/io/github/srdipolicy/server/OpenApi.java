package io.github.srdipolicy.server;

import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.fail;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

/**
 * The checked-in OpenAPI document, used to check responses: a response's status must be documented
 * for its operation, with its content type, and its body must validate against the documented
 * schema (JSON Schema 2020-12, which OpenAPI 3.1 uses as is).
 */
final class OpenApi {
  final ObjectNode doc;
  private final List<Map.Entry<Pattern, String>> templates = new ArrayList<>();
  private final Map<String, JsonSchema> schemas = new ConcurrentHashMap<>();

  /** Operations and statuses seen, to check that the tests exercise the document. */
  final Set<String> seen = ConcurrentHashMap.newKeySet();

  private OpenApi(ObjectNode doc) {
    this.doc = doc;
    for (Iterator<String> it = doc.get("paths").fieldNames(); it.hasNext(); ) {
      String template = it.next();
      String regex = Pattern.quote(template).replaceAll("\\{[^}]+}", "\\\\E[^/]+\\\\Q");
      templates.add(Map.entry(Pattern.compile(regex), template));
    }
  }

  static OpenApi load() {
    try {
      Path file =
          Path.of(System.getProperty("openapi.file", "src/main/resources/openapi/openapi.json"));
      return new OpenApi((ObjectNode) new ObjectMapper().readTree(Files.readString(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String template(String path) {
    for (Map.Entry<Pattern, String> t : templates) {
      if (t.getKey().matcher(path).matches()) {
        return t.getValue();
      }
    }
    return null;
  }

  void check(String method, String path, TestServer.Response r) {
    String template = template(path);
    if (template == null) {
      // An undocumented path must be an error.
      assertTrue(
          r.status() == 404 || r.status() == 405,
          () -> "undocumented path answered " + r.status() + ": " + path);
      return;
    }
    JsonNode op = doc.get("paths").get(template).get(method);
    if (op == null) {
      assertTrue(
          r.status() == 405,
          () -> method + " " + template + " is not documented but answered " + r.status());
      return;
    }
    JsonNode response = op.get("responses").get(String.valueOf(r.status()));
    assertNotNull(
        response,
        () ->
            method + " " + template + ": status " + r.status() + " is not documented: " + r.body());
    seen.add(method + " " + template + " " + r.status());
    String type = r.contentType().split(";")[0].trim();
    JsonNode content = response.get("content").get(type);
    assertNotNull(
        content,
        () ->
            method
                + " "
                + template
                + " "
                + r.status()
                + ": content type "
                + type
                + " is not documented");
    if (r.json() == null) {
      return;
    }
    String pointer =
        "/paths/"
            + template.replace("~", "~0").replace("/", "~1")
            + "/"
            + method
            + "/responses/"
            + r.status()
            + "/content/"
            + type.replace("/", "~1")
            + "/schema";
    JsonSchema schema = schemas.computeIfAbsent(pointer, this::schemaAt);
    Set<ValidationMessage> errors = schema.validate(r.json());
    if (!errors.isEmpty()) {
      fail(
          method
              + " "
              + path
              + " "
              + r.status()
              + " does not match the OpenAPI document: "
              + errors);
    }
  }

  /**
   * A schema for one response: the whole document with a root {@code $ref} to the response's
   * schema, so that its {@code #/components/schemas/…} references resolve within the document.
   */
  private JsonSchema schemaAt(String pointer) {
    ObjectNode root = doc.deepCopy();
    root.put("$schema", "https://json-schema.org/draft/2020-12/schema");
    root.put("$ref", "#" + pointer);
    return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(root);
  }
}
