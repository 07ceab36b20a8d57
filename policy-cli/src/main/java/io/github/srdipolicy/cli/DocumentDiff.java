package io.github.srdipolicy.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.PoolFirm;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Target;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;

/**
 * What changed between two documents, kind of fact by kind of fact.
 *
 * <p>Fact ids are unique across the catalogue, so the same fact in two documents never shares
 * an id: facts are paired by what they are about instead: criteria and tiers by tier name,
 * incentives by trigger and kind, targets by metric key, clauses by path, the rest by their id
 * without the region prefix ({@code jiaohe.reward.x} pairs with {@code jinhu.reward.x}). Paired
 * facts are compared in their JSON form with ids and source references left out, since those
 * always differ between two documents; criteria are compared semantically, requirement by
 * requirement ({@link SemanticDiff}).
 */
final class DocumentDiff {
  private static final ObjectMapper JSON = PolicyJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);
  /** Values longer than this are broken down, or cut when they cannot be. */
  private static final int SHOW = 100;

  private DocumentDiff() {}

  static String diff(PolicyDocument a, PolicyDocument b) {
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(a.id()).append("  ").append(Text.name(a.title())).append('\n');
    out.append("+++ ").append(b.id()).append("  ").append(Text.name(b.title())).append('\n');
    int changes = 0;
    changes += section(out, "metadata", List.of(a), List.of(b), d -> "document", DocumentDiff::metadata);
    changes += section(out, "clauses", a.outline(), b.outline(), Clause::path, JSON::valueToTree);
    changes += section(out, "tiers", a.tiers(), b.tiers(), t -> local(t.id().toString()), JSON::valueToTree);
    changes += section(out, "ladders", a.ladders(), b.ladders(), l -> local(l.id().toString()), JSON::valueToTree);
    changes += criteria(out, a.criteria(), b.criteria());
    changes += section(out, "incentives", a.incentives(), b.incentives(),
        (Incentive i) -> i.trigger().kind() + i.trigger().tier().map(t -> " " + local(t.toString())).orElse("")
            + i.trigger().level().map(l -> " " + l).orElse("") + " " + i.kind(), JSON::valueToTree);
    changes += section(out, "targets", a.targets(), b.targets(), Target::metricKey, JSON::valueToTree);
    changes += section(out, "measures", a.measures(), b.measures(), (Measure m) -> local(m.id().toString()),
        JSON::valueToTree);
    changes += section(out, "provisions", a.provisions(), b.provisions(), (Provision p) -> local(p.id().toString()),
        JSON::valueToTree);
    changes += section(out, "pool firms", a.poolFirms(), b.poolFirms(), (PoolFirm p) -> local(p.id().toString()),
        JSON::valueToTree);
    if (changes == 0) {
      out.append("no differences\n");
    }
    return out.toString();
  }

  /**
   * Criteria paired by tier (and by "renewal" for criteria that judge renewals only), compared
   * leaf by leaf through the core's semantic {@link SemanticDiff}, not by their JSON positions.
   */
  private static int criteria(StringBuilder out, List<EligibilityCriteria> as, List<EligibilityCriteria> bs) {
    Map<String, EligibilityCriteria> left = new LinkedHashMap<>();
    Map<String, EligibilityCriteria> right = new LinkedHashMap<>();
    as.forEach(c -> put(left, criteriaKey(c), c));
    bs.forEach(c -> put(right, criteriaKey(c), c));
    List<String> lines = new ArrayList<>();
    for (String k : new TreeSet<String>(concat(left.keySet(), right.keySet()))) {
      EligibilityCriteria l = left.get(k);
      EligibilityCriteria r = right.get(k);
      if (r == null) {
        lines.add("  - " + k + "  " + l.id());
      } else if (l == null) {
        lines.add("  + " + k + "  " + r.id());
      } else {
        List<String> changes = SemanticDiff.lines(l, r);
        if (!changes.isEmpty()) {
          lines.add("  ~ " + k + "  " + l.id() + " → " + r.id());
          changes.forEach(c -> lines.add("      " + c));
        }
      }
    }
    if (!lines.isEmpty()) {
      out.append("criteria (").append(as.size()).append(" → ").append(bs.size()).append("):\n");
      lines.forEach(s -> out.append(s).append('\n'));
    }
    return lines.size();
  }

  private static String criteriaKey(EligibilityCriteria c) {
    boolean renewalsOnly = !c.applicability().isEmpty() && c.applicability().stream()
        .allMatch(x -> x.kinds().equals(List.of(ApplicationKind.RENEWAL)));
    return "tier " + local(c.tier().toString()) + (renewalsOnly ? " (renewal)" : "");
  }

  private static <T> void put(Map<String, T> m, String key, T value) {
    String unique = key;
    for (int n = 2; m.containsKey(unique); n++) {
      unique = key + " #" + n;
    }
    m.put(unique, value);
  }

  /** The document's own properties, without its lists of facts, which have sections of their own. */
  private static JsonNode metadata(PolicyDocument d) {
    ObjectNode n = JSON.valueToTree(d);
    for (String facts : List.of("outline", "tiers", "ladders", "criteria", "incentives", "targets", "measures",
        "provisions", "poolFirms", "id")) {
      n.remove(facts);
    }
    return n;
  }

  /** The id without its first segment, the region prefix by the project's convention. */
  static String local(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(dot + 1);
  }

  private static <T> int section(StringBuilder out, String title, List<T> as, List<T> bs, Function<T, String> key,
      Function<T, JsonNode> json) {
    Map<String, JsonNode> left = keyed(as, key, json);
    Map<String, JsonNode> right = keyed(bs, key, json);
    List<String> lines = new ArrayList<>();
    for (String k : new TreeSet<String>(concat(left.keySet(), right.keySet()))) {
      JsonNode l = left.get(k);
      JsonNode r = right.get(k);
      if (r == null) {
        lines.add("  - " + k);
      } else if (l == null) {
        lines.add("  + " + k);
      } else if (!l.equals(r)) {
        lines.add("  ~ " + k);
        fields(l, r, lines);
      }
    }
    if (!lines.isEmpty()) {
      out.append(title).append(" (").append(as.size()).append(" → ").append(bs.size()).append("):\n");
      lines.forEach(s -> out.append(s).append('\n'));
    }
    return lines.size();
  }

  private static List<String> concat(Iterable<String> a, Iterable<String> b) {
    List<String> all = new ArrayList<>();
    a.forEach(all::add);
    b.forEach(all::add);
    return all;
  }

  private static <T> Map<String, JsonNode> keyed(List<T> facts, Function<T, String> key, Function<T, JsonNode> json) {
    Map<String, JsonNode> m = new LinkedHashMap<>();
    for (T f : facts) {
      String k = key.apply(f);
      // Two facts of a document about the same thing are told apart by their order.
      String unique = k;
      for (int n = 2; m.containsKey(unique); n++) {
        unique = k + " #" + n;
      }
      m.put(unique, strip(json.apply(f).deepCopy()));
    }
    return m;
  }

  /** Removes ids and source references everywhere in a tree: they differ between any two documents. */
  private static JsonNode strip(JsonNode n) {
    if (n instanceof ObjectNode o) {
      o.remove(List.of("id", "source", "alsoListedIn"));
      o.forEach(DocumentDiff::strip);
    } else if (n instanceof ArrayNode) {
      n.forEach(DocumentDiff::strip);
    }
    return n;
  }

  private static void fields(JsonNode l, JsonNode r, List<String> lines) {
    TreeSet<String> names = new TreeSet<>();
    l.fieldNames().forEachRemaining(names::add);
    r.fieldNames().forEachRemaining(names::add);
    for (String f : names) {
      changes(f, l.get(f), r.get(f), lines);
    }
  }

  /**
   * Reports a changed value whole when it is short, else descends into it so that a changed
   * threshold deep in a criteria tree is shown by its path rather than as "the tracks changed".
   */
  private static void changes(String path, JsonNode x, JsonNode y, List<String> lines) {
    if (x == null ? y == null : x.equals(y)) {
      return;
    }
    boolean both = x != null && y != null;
    boolean small = show(x).length() <= SHOW && show(y).length() <= SHOW;
    if (!small && both && x.isObject() && y.isObject()) {
      TreeSet<String> names = new TreeSet<>();
      x.fieldNames().forEachRemaining(names::add);
      y.fieldNames().forEachRemaining(names::add);
      for (String f : names) {
        changes(path + "." + f, x.get(f), y.get(f), lines);
      }
    } else if (!small && both && x.isArray() && y.isArray()) {
      for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
        changes(path + "[" + i + "]", x.get(i), y.get(i), lines);
      }
    } else {
      lines.add("      " + path + ": " + shorten(show(x)) + " → " + shorten(show(y)));
    }
  }

  private static String show(JsonNode n) {
    if (n == null) {
      return "(none)";
    }
    return n.isTextual() ? n.textValue() : n.toString();
  }

  private static String shorten(String s) {
    return s.length() > SHOW ? s.substring(0, SHOW) + "…" : s;
  }
}
