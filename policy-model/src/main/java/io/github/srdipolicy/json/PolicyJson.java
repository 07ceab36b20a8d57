package io.github.srdipolicy.json;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadFeature;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.internal.Checks;

/**
 * The JSON form of the model and the reports.
 *
 * <p>Dates are ISO strings, amounts decimal strings (exact), map keys sorted, absent optionals left
 * out, and unknown properties rejected so that a typo in a profile is an error rather than silently
 * ignored data.
 *
 * <p>Reading is strict whatever the type: a key given twice, anything after the value (a second
 * object, stray text) and a {@code null} document are errors. Profiles are read exactly as strictly
 * as their schema, {@link #profileSchema()}: no coercion of numbers to strings, strings to
 * booleans, numbers or arrays to dates; amounts are plain decimal strings of bounded length.
 * Jackson's own limits bound nesting depth, number and string length.
 */
public final class PolicyJson {
  /**
   * The mapper, made on first use: reading a profile does not need it (see {@code TreeReader}), and
   * a command line that reads one profile starts faster without it.
   */
  private static final class Mapper {
    static final ObjectMapper MAPPER =
        JsonMapper.builder()
            .addModule(new Jdk8Module())
            .addModule(new JavaTimeModule())
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS)
            .enable(SerializationFeature.ORDER_MAP_ENTRIES_BY_KEYS)
            .enable(SerializationFeature.INDENT_OUTPUT)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
            .serializationInclusion(JsonInclude.Include.NON_ABSENT)
            .build();

    private Mapper() {}
  }

  private PolicyJson() {}

  /**
   * Returns a new mapper configured for the model; callers may reconfigure their copy.
   *
   * @return a new mapper, never null
   */
  public static ObjectMapper mapper() {
    return Mapper.MAPPER.copy();
  }

  /**
   * Writes a value as indented JSON.
   *
   * @param value a model or report value, not null
   * @return the JSON text, never null
   * @throws IllegalArgumentException if the value cannot be serialised
   */
  public static String write(Object value) {
    try {
      return Mapper.MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "Cannot serialise " + value.getClass().getSimpleName() + ": " + e.getOriginalMessage(),
          e);
    }
  }

  /**
   * Reads a value.
   *
   * @param json the JSON text, not null
   * @param type the type, not null
   * @param <T> the type
   * @return the value, never null
   * @throws IllegalArgumentException naming the location and the problem if the JSON is malformed
   *     or invalid
   */
  public static <T> T read(String json, Class<T> type) {
    Checks.notNull(json, "json");
    Checks.notNull(type, "type");
    if (type == EnterpriseProfile.class) {
      return type.cast(readProfile(json));
    }
    try {
      T value = Mapper.MAPPER.readValue(json, type);
      if (value == null) {
        throw new IllegalArgumentException(
            "Invalid " + type.getSimpleName() + " JSON: the document is null, not an object");
      }
      return value;
    } catch (JsonProcessingException e) {
      throw invalid(type, e);
    }
  }

  private static IllegalArgumentException invalid(Class<?> type, JsonProcessingException e) {
    Throwable cause = e.getCause() instanceof IllegalArgumentException ? e.getCause() : e;
    String where =
        e.getLocation() == null
            ? ""
            : " at line "
                + e.getLocation().getLineNr()
                + ", column "
                + e.getLocation().getColumnNr();
    return new IllegalArgumentException(
        "Invalid "
            + type.getSimpleName()
            + " JSON"
            + where
            + ": "
            + Checks.escape(
                (cause == e ? e.getOriginalMessage() : cause.getMessage())
                    .replace(
                        "[Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled); ",
                        "[")),
        e);
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of {@link EnterpriseProfile}, as shipped in the jar.
   *
   * @return the schema text, never null
   */
  public static String profileSchema() {
    return resource("enterprise-profile.schema.json");
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of {@link
   * io.github.srdipolicy.engine.EligibilityReport}.
   *
   * @return the schema text, never null
   */
  public static String reportSchema() {
    return resource("eligibility-report.schema.json");
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the catalogue export ({@code policy export}): the
   * catalogue's sources, jurisdictions, indicators and documents, and the schemas shipped with it.
   *
   * @return the schema text, never null
   */
  public static String catalogSchema() {
    return resource("catalog-export.schema.json");
  }

  private static String resource(String name) {
    try (java.io.InputStream in = PolicyJson.class.getResourceAsStream(name)) {
      if (in == null) {
        throw new IllegalStateException("Missing resource " + name + " in the policy-model jar");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /**
   * Reads an enterprise profile.
   *
   * @param json the JSON text, not null
   * @return the profile, never null
   * @throws IllegalArgumentException naming the problem if the JSON is malformed or invalid
   */
  public static EnterpriseProfile readProfile(String json) {
    Checks.notNull(json, "json");
    JsonNode root = TreeReader.read(json);
    if (root == null) {
      try {
        root = Mapper.MAPPER.readTree(json);
      } catch (JsonProcessingException e) {
        throw invalid(EnterpriseProfile.class, e);
      }
    }
    if (root == null || root.isMissingNode()) {
      throw new IllegalArgumentException("Invalid EnterpriseProfile JSON: the document is empty");
    }
    return readProfileTree(root);
  }

  /**
   * Reads an enterprise profile from a JSON tree already parsed (a service that has read the
   * request body as a tree need not write it out and parse it again).
   *
   * @param root the JSON tree, not null
   * @return the profile, never null
   * @throws IllegalArgumentException naming the problem if the tree is not a valid profile
   */
  public static EnterpriseProfile readProfileTree(JsonNode root) {
    Checks.notNull(root, "root");
    try {
      return ProfileReader.read(root);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("Invalid EnterpriseProfile JSON: " + e.getMessage(), e);
    }
  }
}
