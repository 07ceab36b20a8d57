package io.github.srdipolicy.json;

import com.fasterxml.jackson.databind.JsonNode;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.internal.Checks;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Turns a parsed JSON tree into an {@link EnterpriseProfile}, exactly as strictly as the shipped
 * schema ({@code enterprise-profile.schema.json}) reads: the same properties, types and patterns,
 * no coercion (a number is not a string, {@code "true"} is not a boolean, a date is an ISO string
 * and nothing else). A test holds the two equal on a corpus of hostile documents.
 *
 * <p>Every failure names the field by its path ({@code values.operating-revenue.amount}) and quotes
 * the value given.
 */
final class ProfileReader {
  /** The schema's amount pattern: a plain decimal, no exponent, no blanks, bounded digits. */
  static final Pattern AMOUNT =
      Pattern.compile(
          "-?[0-9]{1," + Quantity.MAX_DIGITS + "}(\\.[0-9]{1," + Quantity.MAX_DIGITS + "})?");

  private static final Pattern DATE = Pattern.compile("[0-9]{4}-[0-9]{2}-[0-9]{2}");
  private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9._\\-]*");
  private static final Pattern JURISDICTION = Pattern.compile("CN|[1-9][0-9]{5}");
  private static final Set<String> ROOT =
      Set.of(
          "name",
          "jurisdiction",
          "asOf",
          "applicationKind",
          "values",
          "tiers",
          "tiersComplete",
          "declarations");
  private static final Pattern KIND = Pattern.compile("NEW|RENEWAL");
  private static final Set<String> QUANTITY = Set.of("amount", "unit");
  private static final Set<String> HOLDING = Set.of("tier", "recognised", "expires");
  private static final Set<String> UNITS =
      Arrays.stream(Unit.values()).map(Unit::name).collect(Collectors.toSet());

  private ProfileReader() {}

  static EnterpriseProfile read(JsonNode root) {
    object(root, "document", ROOT, Set.of("jurisdiction"));
    EnterpriseProfile.Builder b = EnterpriseProfile.builder();
    JsonNode name = root.get("name");
    if (name != null) {
      b.name(string(name, "name"));
    }
    b.jurisdiction(
        JurisdictionCode.of(
            matching(
                root.get("jurisdiction"),
                "jurisdiction",
                JURISDICTION,
                "must be CN or a six-digit GB/T 2260 code")));
    if (root.has("asOf")) {
      b.asOf(date(root.get("asOf"), "asOf"));
    }
    if (root.has("applicationKind")) {
      b.applicationKind(
          ApplicationKind.valueOf(
              matching(
                  root.get("applicationKind"), "applicationKind", KIND, "must be NEW or RENEWAL")));
    }
    if (root.has("values")) {
      JsonNode values = root.get("values");
      object(values, "values", null, Set.of());
      for (Iterator<Map.Entry<String, JsonNode>> it = values.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = slug(e.getKey(), "values");
        b.putValues(IndicatorId.of(key), quantity(e.getValue(), "values." + key));
      }
    }
    if (root.has("tiers")) {
      JsonNode tiers = root.get("tiers");
      if (!tiers.isArray()) {
        throw wrongType("tiers", tiers, "an array");
      }
      for (int i = 0; i < tiers.size(); i++) {
        String field = "tiers[" + i + "]";
        JsonNode h = tiers.get(i);
        object(h, field, HOLDING, Set.of("tier", "recognised"));
        TierHolding.Builder holding =
            TierHolding.builder()
                .tier(TierId.of(slugValue(h.get("tier"), field + ".tier")))
                .recognised(date(h.get("recognised"), field + ".recognised"));
        if (h.has("expires")) {
          holding.expires(date(h.get("expires"), field + ".expires"));
        }
        b.addTiers(holding.build());
      }
    }
    if (root.has("tiersComplete")) {
      b.tiersComplete(bool(root.get("tiersComplete"), "tiersComplete"));
    }
    if (root.has("declarations")) {
      JsonNode declarations = root.get("declarations");
      object(declarations, "declarations", null, Set.of());
      for (Iterator<Map.Entry<String, JsonNode>> it = declarations.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        String key = slug(e.getKey(), "declarations");
        b.putDeclarations(key, bool(e.getValue(), "declarations." + key));
      }
    }
    return b.build();
  }

  /** An object with only the allowed properties (null: any) and the required ones. */
  private static void object(
      JsonNode node, String field, Set<String> allowed, Set<String> required) {
    if (!node.isObject()) {
      throw wrongType(field, node, "an object");
    }
    if (allowed != null) {
      for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) {
        String name = it.next();
        if (!allowed.contains(name)) {
          throw Checks.invalid(
              field.equals("document") ? "property" : "property of " + field,
              name,
              "unknown property; allowed: "
                  + allowed.stream().sorted().collect(Collectors.joining(", ")));
        }
      }
    }
    for (String name : required) {
      if (!node.has(name)) {
        throw new IllegalArgumentException(
            "Missing " + (field.equals("document") ? "" : field + ".") + name + " (required)");
      }
    }
  }

  private static Quantity quantity(JsonNode node, String field) {
    object(node, field, QUANTITY, QUANTITY);
    String amount =
        matching(
            node.get("amount"),
            field + ".amount",
            AMOUNT,
            "must be a decimal string such as \"6000\" or \"-2.5\": no exponent, no blanks, at most "
                + Quantity.MAX_DIGITS
                + " digits before and after the point");
    String unit = string(node.get("unit"), field + ".unit");
    if (!UNITS.contains(unit)) {
      throw Checks.invalid(
          field + ".unit",
          unit,
          "unknown unit; one of "
              + String.join(", ", Arrays.stream(Unit.values()).map(Unit::name).toList()));
    }
    try {
      return Quantity.of(new BigDecimal(amount), Unit.valueOf(unit)).requireWholeUnits();
    } catch (IllegalArgumentException e) {
      // Rules of the unit (whole counts, flags 0 or 1): name the field as well.
      throw new IllegalArgumentException(field + ": " + e.getMessage(), e);
    }
  }

  private static LocalDate date(JsonNode node, String field) {
    String text = matching(node, field, DATE, "must be a date YYYY-MM-DD");
    try {
      return LocalDate.parse(text);
    } catch (DateTimeException e) {
      throw Checks.invalid(field, text, "not a calendar date");
    }
  }

  private static String slug(String key, String field) {
    if (!SLUG.matcher(key).matches()) {
      throw Checks.invalid(
          "key of " + field,
          key,
          "must be lower-case ASCII letters, digits, '.', '-' or '_', starting with a letter or digit");
    }
    return key;
  }

  private static String slugValue(JsonNode node, String field) {
    return matching(
        node,
        field,
        SLUG,
        "must be lower-case ASCII letters, digits, '.', '-' or '_', starting with a letter or digit");
  }

  private static String matching(JsonNode node, String field, Pattern pattern, String rule) {
    String text = string(node, field);
    if (!pattern.matcher(text).matches()) {
      throw Checks.invalid(field, text, rule);
    }
    return text;
  }

  private static String string(JsonNode node, String field) {
    if (!node.isTextual()) {
      throw wrongType(field, node, "a string");
    }
    return node.textValue();
  }

  private static boolean bool(JsonNode node, String field) {
    if (!node.isBoolean()) {
      throw wrongType(field, node, "true or false");
    }
    return node.booleanValue();
  }

  private static IllegalArgumentException wrongType(String field, JsonNode node, String expected) {
    return Checks.invalid(field, shown(node), "must be " + expected + ", not " + kind(node));
  }

  /** The value as written, bounded: a big array or object is not rendered whole. */
  private static String shown(JsonNode node) {
    if (node.isContainerNode()) {
      return node.isArray() ? "[…" + node.size() + " items]" : "{…" + node.size() + " properties}";
    }
    return node.toString();
  }

  private static String kind(JsonNode node) {
    switch (node.getNodeType()) {
      case NULL:
        return "null";
      case NUMBER:
        return "a number";
      case STRING:
        return "a string";
      case BOOLEAN:
        return "a boolean";
      case ARRAY:
        return "an array";
      case OBJECT:
        return "an object";
      default:
        return node.getNodeType().toString().toLowerCase(java.util.Locale.ROOT);
    }
  }
}
