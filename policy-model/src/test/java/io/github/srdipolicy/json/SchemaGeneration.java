package io.github.srdipolicy.json;

import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.CustomDefinition;
import com.github.victools.jsonschema.generator.MethodScope;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.ConditionResult;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.model.AbstractId;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Generates the JSON Schemas the core ships (of a profile, of an explained report, of the catalogue
 * export) from the model classes with the victools generator and its Jackson module, so that a
 * schema cannot drift from the JSON the model reads and writes. {@link GeneratedSchemasTest}
 * compares the result with the files checked in.
 *
 * <p>What the classes alone do not say is configured here, once, from the model's own rules rather
 * than written out: the properties of an Immutables type are the accessors its generated class
 * marks {@code @JsonProperty}; ids are strings of their {@code of(String)} syntax; a quantity's
 * whole-unit rules come from {@link Quantity#requireWholeUnits()}; the shapes of a condition result
 * are the type names of {@link Condition}'s subtypes.
 */
final class SchemaGeneration {
  static final String BASE = "https://srdipolicy.github.io/schema/";

  /** Patterns of the strings the model parses (ids, dates), as the profile reader checks them. */
  static final String SLUG = "^[a-z0-9][a-z0-9._\\-]*$";

  static final String DATE = "^[0-9]{4}-[0-9]{2}-[0-9]{2}$";
  static final String JURISDICTION = "^(CN|[1-9][0-9]{5})$";

  /** Which way a document travels: read from a user (strict, few required) or written by us. */
  enum Direction {
    /** A document a user writes: only what has no default is required; amounts bounded. */
    INPUT,
    /** A document the library writes: everything it always writes is required. */
    OUTPUT
  }

  private SchemaGeneration() {}

  /** The schema of {@link EnterpriseProfile}: {@code enterprise-profile.schema.json}. */
  static ObjectNode profile() {
    EnterpriseProfile minimal =
        EnterpriseProfile.builder().jurisdiction(JurisdictionCode.of("CN")).build();
    ObjectNode s = generator(Direction.INPUT, minimal).generateSchema(EnterpriseProfile.class);
    return head(
        s,
        "enterprise-profile.schema.json",
        "EnterpriseProfile",
        "What is known about a firm: jurisdiction, indicator values with units (any may be"
            + " missing), tiers held with recognition dates, declarations for qualitative"
            + " conditions.");
  }

  /** The schema of {@link EligibilityReport}: {@code eligibility-report.schema.json}. */
  static ObjectNode report() {
    ObjectNode s = generator(Direction.OUTPUT, null).generateSchema(EligibilityReport.class);
    return head(
        s,
        "eligibility-report.schema.json",
        "EligibilityReport",
        "The explained result of evaluating one firm against one set of eligibility criteria.");
  }

  /**
   * The layout of {@code policy export}'s JSON: the catalogue's sources, jurisdictions, indicators
   * and documents sorted by id, and the schemas shipped with it.
   */
  interface CatalogExport {
    /** Always {@code srdi-policy-catalog}. */
    @JsonProperty
    String format();

    /** Version of the layout, raised when the layout (not the data) changes. */
    @JsonProperty
    int formatVersion();

    /** Names of the catalogue's sources ({@link Catalog#sourceNames()}). */
    @JsonProperty
    List<String> sources();

    /** {@link Catalog#jurisdictions()}. */
    @JsonProperty
    List<Jurisdiction> jurisdictions();

    /** Every indicator, sorted by id. */
    @JsonProperty
    List<Indicator> indicators();

    /** Every document, sorted by id. */
    @JsonProperty
    List<PolicyDocument> documents();

    /** The JSON Schemas shipped with the export, by file name. */
    @JsonProperty
    Map<String, ObjectNode> schemas();
  }

  /** The schema of the catalogue export: {@code catalog-export.schema.json}. */
  static ObjectNode catalogExport() {
    ObjectNode s = generator(Direction.OUTPUT, null).generateSchema(CatalogExport.class);
    ObjectNode props = (ObjectNode) s.get("properties");
    props.putObject("format").put("const", "srdi-policy-catalog");
    ((ObjectNode) props.get("formatVersion")).put("minimum", 1);
    return head(
        s,
        "catalog-export.schema.json",
        "CatalogExport",
        "The whole catalogue as `policy export` writes it: sources, jurisdictions, indicators and"
            + " documents sorted by id, and the JSON Schemas of the outputs by file name.");
  }

  private static ObjectNode head(ObjectNode s, String file, String title, String description) {
    ObjectNode out = s.objectNode();
    out.set("$schema", s.get("$schema"));
    out.put("$id", BASE + file);
    out.put("title", title);
    out.put("description", description);
    s.remove(List.of("$schema", "title", "description"));
    out.setAll(s);
    return out;
  }

  private static SchemaGenerator generator(Direction direction, Object sample) {
    SchemaGeneratorConfigBuilder b =
        new SchemaGeneratorConfigBuilder(
                new ObjectMapper(),
                SchemaVersion.DRAFT_2020_12,
                new OptionPreset(
                    Option.SCHEMA_VERSION_INDICATOR,
                    Option.ADDITIONAL_FIXED_TYPES,
                    Option.FLATTENED_ENUMS,
                    Option.NONSTATIC_NONVOID_NONGETTER_METHODS,
                    Option.FIELDS_DERIVED_FROM_ARGUMENTFREE_METHODS,
                    Option.MAP_VALUES_AS_ADDITIONAL_PROPERTIES,
                    Option.FORBIDDEN_ADDITIONAL_PROPERTIES_BY_DEFAULT,
                    Option.PLAIN_DEFINITION_KEYS,
                    Option.ALLOF_CLEANUP_AT_THE_END,
                    Option.DUPLICATE_MEMBER_ATTRIBUTE_CLEANUP_AT_THE_END))
            .with(new JacksonModule(JacksonOption.IGNORE_TYPE_INFO_TRANSFORM));
    // A condition names its kind in "type" (Condition's @JsonTypeInfo): the property is put in each
    // subtype's own definition, so that additionalProperties: false still admits it.
    b.forTypesInGeneral()
        .withTypeAttributeOverride(
            (node, scope, ctx) -> {
              JsonTypeName name = scope.getType().getErasedType().getAnnotation(JsonTypeName.class);
              if (name != null && node.has("properties")) {
                ObjectNode props = (ObjectNode) node.get("properties");
                ObjectNode withType = props.objectNode();
                withType.putObject("type").put("const", name.value());
                withType.setAll(props);
                node.set("properties", withType);
                ArrayNode required = node.withArray("required");
                ArrayNode withTypeRequired = required.arrayNode().add("type").addAll(required);
                node.set("required", withTypeRequired);
              }
            });
    // Properties: the accessors Jackson reads and writes, i.e. those the Immutables class marks.
    b.forMethods().withIgnoreCheck(m -> !isProperty(m));
    // Named as Jackson names them (the accessor's name), and never null: absent values are left
    // out (PolicyJson writes NON_ABSENT), and a reader rejects null.
    b.forMethods().withPropertyNameOverrideResolver(m -> m.getDeclaredName());
    b.forMethods().withNullableCheck(m -> false);
    b.forMethods()
        .withRequiredCheck(
            m -> {
              Class<?> type = m.getType().getErasedType();
              if (type == Optional.class) {
                return false;
              }
              if (direction == Direction.OUTPUT) {
                return true;
              }
              return Modifier.isAbstract(m.getRawMember().getModifiers())
                  && !Collection.class.isAssignableFrom(type)
                  && !Map.class.isAssignableFrom(type);
            });
    if (sample != null) {
      b.forMethods()
          .withDefaultResolver(
              m -> {
                Method raw = m.getRawMember();
                if (Modifier.isAbstract(raw.getModifiers())
                    || !raw.getDeclaringClass().isInstance(sample)) {
                  return null;
                }
                try {
                  Object v = raw.invoke(sample);
                  return v instanceof Enum<?> e ? e.name() : v;
                } catch (ReflectiveOperationException e) {
                  throw new IllegalStateException(e);
                }
              });
    }
    // Map keys of the profile: indicator ids and declaration keys are slugs.
    b.forMethods()
        .withInstanceAttributeOverride(
            (node, m, ctx) -> {
              if (!m.isFakeContainerItemScope()
                  && Map.class.isAssignableFrom(m.getType().getErasedType())
                  && m.getDeclaringType().getErasedType() == EnterpriseProfile.class) {
                node.putObject("propertyNames").put("pattern", SLUG);
              }
            });
    // The shape of a condition result is the type name of one of Condition's subtypes.
    b.forMethods()
        .withEnumResolver(
            m ->
                m.getDeclaringType().getErasedType() == ConditionResult.class
                        && m.getName().equals("shape")
                    ? Arrays.stream(Condition.class.getAnnotation(JsonSubTypes.class).value())
                        .map(JsonSubTypes.Type::name)
                        .toList()
                    : null);
    b.forMethods()
        .withStringMinLengthResolver(
            m ->
                m.getType().getErasedType() == String.class
                        && direction == Direction.OUTPUT
                        && (m.getDeclaringType().getErasedType() == LocalizedText.class
                            || m.getDeclaringType().getErasedType() == SourceRef.class
                                && m.getName().equals("clause"))
                    ? 1
                    : null);
    b.forMethods()
        .withInstanceAttributeOverride(
            (node, m, ctx) -> {
              if (!m.isFakeContainerItemScope()
                  && m.getDeclaringType().getErasedType() == EligibilityReport.class
                  && m.getName().equals("tracks")) {
                node.put("minItems", 1);
              }
            });
    b.forTypesInGeneral()
        .withCustomDefinitionProvider(
            (type, ctx) -> {
              Class<?> c = type.getErasedType();
              ObjectNode node = ctx.getGeneratorConfig().createObjectNode();
              if (c == LocalDate.class) {
                node.put("type", "string").put("pattern", DATE);
              } else if (c == JurisdictionCode.class) {
                node.put("type", "string").put("pattern", JURISDICTION);
              } else if (c == FactId.class || c == TierId.class || c == IndicatorId.class) {
                node.put("type", "string").put("pattern", SLUG);
              } else if (c == DocumentId.class) {
                node.put("type", "string").put("minLength", 1);
              } else if (c == InputRef.class) {
                node.put("type", "string").put("pattern", "^(indicator|declaration|tier):.+$");
              } else if (AbstractId.class.isAssignableFrom(c)) {
                node.put("type", "string").put("minLength", 1);
              } else if (c == ObjectNode.class || c == JsonNode.class) {
                node.put("type", "object");
              } else {
                return null;
              }
              // A schema within the export is any JSON object: no attributes of its own.
              return c == ObjectNode.class
                  ? new CustomDefinition(
                      node,
                      CustomDefinition.DefinitionType.INLINE,
                      CustomDefinition.AttributeInclusion.NO)
                  : new CustomDefinition(
                      node,
                      CustomDefinition.DefinitionType.STANDARD,
                      CustomDefinition.AttributeInclusion.YES);
            });
    // An Optional is its value, left out when empty (never null); a quantity's amount is an exact
    // decimal string.
    b.forMethods()
        .withTargetTypeOverridesResolver(
            m -> {
              if (m.getType().getErasedType() == Optional.class) {
                return List.of(m.getTypeParameterFor(Optional.class, 0));
              }
              return m.getDeclaringType().getErasedType() == Quantity.class
                      && m.getName().equals("amount")
                  ? List.of(m.getContext().resolve(String.class))
                  : null;
            });
    b.forMethods()
        .withStringPatternResolver(
            m ->
                m.getDeclaringType().getErasedType() == Quantity.class
                        && m.getName().equals("amount")
                    ? direction == Direction.INPUT
                        ? amount("[0-9]", "[0-9]")
                        : "^-?[0-9]+(\\.[0-9]+)?$"
                    : null);
    if (direction == Direction.INPUT) {
      b.forTypesInGeneral()
          .withTypeAttributeOverride(
              (node, scope, ctx) -> {
                if (scope.getType().getErasedType() == Quantity.class) {
                  node.set("allOf", unitRules(node));
                }
              });
    }
    return new SchemaGenerator(b.build());
  }

  /** An amount pattern with at most {@link Quantity#MAX_DIGITS} digits each side of the point. */
  private static String amount(String whole, String fraction) {
    int n = Quantity.MAX_DIGITS;
    return "^-?" + whole + "{1," + n + "}(\\." + fraction + "{1," + n + "})?$";
  }

  /**
   * The rules a firm's amount follows in its unit, found by asking the model: units whose amounts
   * must be whole, flags 0 or 1, levels a recognition level's rank.
   */
  private static ArrayNode unitRules(ObjectNode quantity) {
    ArrayNode all = quantity.arrayNode();
    ArrayNode whole = quantity.arrayNode();
    for (Unit u : Unit.values()) {
      if (u != Unit.FLAG && u != Unit.LEVEL && !accepts(u, "0.5")) {
        whole.add(u.name());
      }
    }
    ObjectNode w = all.addObject();
    w.putObject("if").putObject("properties").putObject("unit").set("enum", whole);
    w.putObject("then")
        .putObject("properties")
        .putObject("amount")
        .put(
            "pattern",
            "^-?[0-9]{1," + Quantity.MAX_DIGITS + "}(\\.0{1," + Quantity.MAX_DIGITS + "})?$");
    if (accepts(Unit.FLAG, "1") && !accepts(Unit.FLAG, "2") && !accepts(Unit.FLAG, "0.5")) {
      ObjectNode f = all.addObject();
      f.putObject("if").putObject("properties").putObject("unit").put("const", Unit.FLAG.name());
      f.putObject("then").putObject("properties").putObject("amount").put("pattern", zeroOr("1"));
    }
    int top =
        Arrays.stream(RecognitionLevel.values())
            .mapToInt(RecognitionLevel::rank)
            .max()
            .orElseThrow();
    if (top < 10
        && accepts(Unit.LEVEL, String.valueOf(top))
        && !accepts(Unit.LEVEL, String.valueOf(top + 1))) {
      ObjectNode l = all.addObject();
      l.putObject("if").putObject("properties").putObject("unit").put("const", Unit.LEVEL.name());
      l.putObject("then")
          .putObject("properties")
          .putObject("amount")
          .put("pattern", zeroOr(top == 1 ? "1" : "[1-" + top + "]"));
    }
    return all;
  }

  /** Zero (any sign, any zeros) or one digit from the class, leading zeros allowed. */
  private static String zeroOr(String digit) {
    int n = Quantity.MAX_DIGITS;
    return "^(-?0{1," + n + "}|0{0," + (n - 1) + "}" + digit + ")(\\.0{1," + n + "})?$";
  }

  private static boolean accepts(Unit unit, String amount) {
    try {
      Quantity.of(new BigDecimal(amount), unit).requireWholeUnits();
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }

  /** An accessor Jackson writes: one the generated Immutables class marks {@code @JsonProperty}. */
  private static boolean isProperty(MethodScope m) {
    Method raw = m.getRawMember();
    if (raw.getParameterCount() != 0 || Modifier.isStatic(raw.getModifiers())) {
      return false;
    }
    if (raw.isAnnotationPresent(JsonProperty.class)) {
      return true;
    }
    // Declared in the abstract type, or in a sealed supertype (Condition) for all its subtypes.
    Class<?> owner = raw.getDeclaringClass();
    List<Class<?>> types = new java.util.ArrayList<>(List.of(owner));
    JsonSubTypes subtypes = owner.getAnnotation(JsonSubTypes.class);
    if (subtypes != null) {
      Arrays.stream(subtypes.value()).map(JsonSubTypes.Type::value).forEach(types::add);
    }
    for (Class<?> type : types) {
      JsonSerialize as = type.getAnnotation(JsonSerialize.class);
      if (as == null || as.as() == Void.class) {
        continue;
      }
      try {
        if (as.as().getDeclaredMethod(raw.getName()).isAnnotationPresent(JsonProperty.class)) {
          return true;
        }
      } catch (NoSuchMethodException e) {
        // not an attribute of this type
      }
    }
    return false;
  }
}
