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
 * <p>Fact ids are unique across the catalogue, so the same fact in two documents never shares an
 * id: facts are paired by what they are about instead: criteria and tiers by tier name, incentives
 * by trigger and kind, targets by metric key, clauses by path, the rest by their id without the
 * region prefix ({@code jiaohe.reward.x} pairs with {@code jinhu.reward.x}). Paired facts are
 * compared in their JSON form with ids and source references left out, since those always differ
 * between two documents; criteria are compared semantically, requirement by requirement ({@link
 * SemanticDiff}).
 */
final class DocumentDiff {
  private static final ObjectMapper JSON =
      PolicyJson.mapper().disable(SerializationFeature.INDENT_OUTPUT);

  /** Values longer than this are broken down, or cut when they cannot be. */
  private static final int SHOW = 100;

  private DocumentDiff() {}

  /**
   * One change, as a row for {@code --format csv|json}: the section (kind of fact), the change
   * (added, removed, changed, or for criteria the semantic kind such as threshold raised), the key
   * the facts are paired by, the path of a changed field, and the values before and after. Bounds
   * of criteria come split into operator, amount and unit, with the clause on each side.
   */
  record Row(
      String section,
      String change,
      String key,
      String path,
      String before,
      String after,
      Map<String, String> bounds) {
    /** The columns of {@code --format csv}. */
    static final List<String> COLUMNS =
        List.of(
            "section",
            "change",
            "key",
            "path",
            "before",
            "after",
            "before_operator",
            "before_amount",
            "before_unit",
            "before_document",
            "before_clause",
            "after_operator",
            "after_amount",
            "after_unit",
            "after_document",
            "after_clause");

    Map<String, String> cells() {
      Map<String, String> m = new LinkedHashMap<>();
      COLUMNS.forEach(c -> m.put(c, ""));
      m.put("section", section);
      m.put("change", change);
      m.put("key", key);
      m.put("path", path);
      m.put("before", before);
      m.put("after", after);
      m.putAll(bounds);
      return m;
    }
  }

  /** The changes between two documents as rows, in the order of the text. */
  static List<Row> rows(PolicyDocument a, PolicyDocument b) {
    List<Row> rows = new ArrayList<>();
    run(a, b, new StringBuilder(), rows);
    return rows;
  }

  static String diff(PolicyDocument a, PolicyDocument b) {
    StringBuilder out = new StringBuilder();
    run(a, b, out, new ArrayList<>());
    return out.toString();
  }

  private static void run(PolicyDocument a, PolicyDocument b, StringBuilder out, List<Row> rows) {
    out.append("--- ").append(a.id()).append("  ").append(Text.name(a.title())).append('\n');
    out.append("+++ ").append(b.id()).append("  ").append(Text.name(b.title())).append('\n');
    int changes = 0;
    changes +=
        section(
            out, rows, "metadata", List.of(a), List.of(b), d -> "document", DocumentDiff::metadata);
    changes +=
        section(out, rows, "clauses", a.outline(), b.outline(), Clause::path, JSON::valueToTree);
    changes +=
        section(
            out,
            rows,
            "tiers",
            a.tiers(),
            b.tiers(),
            t -> local(t.id().toString()),
            JSON::valueToTree);
    changes +=
        section(
            out,
            rows,
            "ladders",
            a.ladders(),
            b.ladders(),
            l -> local(l.id().toString()),
            JSON::valueToTree);
    changes += criteria(out, rows, a.criteria(), b.criteria());
    changes +=
        section(
            out,
            rows,
            "incentives",
            a.incentives(),
            b.incentives(),
            (Incentive i) ->
                i.trigger().kind()
                    + i.trigger().tier().map(t -> " " + local(t.toString())).orElse("")
                    + i.trigger().level().map(l -> " " + l).orElse("")
                    + " "
                    + i.kind(),
            JSON::valueToTree);
    changes +=
        section(
            out, rows, "targets", a.targets(), b.targets(), Target::metricKey, JSON::valueToTree);
    changes +=
        section(
            out,
            rows,
            "measures",
            a.measures(),
            b.measures(),
            (Measure m) -> local(m.id().toString()),
            JSON::valueToTree);
    changes +=
        section(
            out,
            rows,
            "provisions",
            a.provisions(),
            b.provisions(),
            (Provision p) -> local(p.id().toString()),
            JSON::valueToTree);
    changes +=
        section(
            out,
            rows,
            "pool firms",
            a.poolFirms(),
            b.poolFirms(),
            (PoolFirm p) -> local(p.id().toString()),
            JSON::valueToTree);
    if (changes == 0) {
      out.append("no differences\n");
    }
  }

  /**
   * Criteria paired by tier (and by "renewal" for criteria that judge renewals only), compared leaf
   * by leaf through the core's semantic {@link SemanticDiff}, not by their JSON positions.
   */
  private static int criteria(
      StringBuilder out,
      List<Row> rows,
      List<EligibilityCriteria> as,
      List<EligibilityCriteria> bs) {
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
        rows.add(new Row("criteria", "removed", k, "", l.id().toString(), "", Map.of()));
      } else if (l == null) {
        lines.add("  + " + k + "  " + r.id());
        rows.add(new Row("criteria", "added", k, "", "", r.id().toString(), Map.of()));
      } else {
        List<String> changes = SemanticDiff.lines(l, r);
        if (!changes.isEmpty()) {
          lines.add("  ~ " + k + "  " + l.id() + " → " + r.id());
          changes.forEach(c -> lines.add("      " + c));
          rows.addAll(SemanticDiff.rows(k, l, r));
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
    boolean renewalsOnly =
        !c.applicability().isEmpty()
            && c.applicability().stream()
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

  /**
   * The document's own properties, without its lists of facts, which have sections of their own.
   */
  private static JsonNode metadata(PolicyDocument d) {
    ObjectNode n = JSON.valueToTree(d);
    for (String facts :
        List.of(
            "outline",
            "tiers",
            "ladders",
            "criteria",
            "incentives",
            "targets",
            "measures",
            "provisions",
            "poolFirms",
            "id")) {
      n.remove(facts);
    }
    return n;
  }

  /** The id without its first segment, the region prefix by the project's convention. */
  static String local(String id) {
    int dot = id.indexOf('.');
    return dot < 0 ? id : id.substring(dot + 1);
  }

  private static <T> int section(
      StringBuilder out,
      List<Row> rows,
      String title,
      List<T> as,
      List<T> bs,
      Function<T, String> key,
      Function<T, JsonNode> json) {
    Map<String, JsonNode> left = keyed(as, key, json);
    Map<String, JsonNode> right = keyed(bs, key, json);
    List<String> lines = new ArrayList<>();
    for (String k : new TreeSet<String>(concat(left.keySet(), right.keySet()))) {
      JsonNode l = left.get(k);
      JsonNode r = right.get(k);
      if (r == null) {
        lines.add("  - " + k);
        rows.add(new Row(title, "removed", k, "", l.toString(), "", Map.of()));
      } else if (l == null) {
        lines.add("  + " + k);
        rows.add(new Row(title, "added", k, "", "", r.toString(), Map.of()));
      } else if (!l.equals(r)) {
        lines.add("  ~ " + k);
        List<String[]> changed = new ArrayList<>();
        fields(l, r, lines, changed);
        changed.forEach(c -> rows.add(new Row(title, "changed", k, c[0], c[1], c[2], Map.of())));
      }
    }
    if (!lines.isEmpty()) {
      out.append(title)
          .append(" (")
          .append(as.size())
          .append(" → ")
          .append(bs.size())
          .append("):\n");
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

  private static <T> Map<String, JsonNode> keyed(
      List<T> facts, Function<T, String> key, Function<T, JsonNode> json) {
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

  /**
   * Removes ids and source references everywhere in a tree: they differ between any two documents.
   */
  private static JsonNode strip(JsonNode n) {
    if (n instanceof ObjectNode o) {
      o.remove(List.of("id", "source", "alsoListedIn"));
      o.forEach(DocumentDiff::strip);
    } else if (n instanceof ArrayNode) {
      n.forEach(DocumentDiff::strip);
    }
    return n;
  }

  private static void fields(JsonNode l, JsonNode r, List<String> lines, List<String[]> changed) {
    TreeSet<String> names = new TreeSet<>();
    l.fieldNames().forEachRemaining(names::add);
    r.fieldNames().forEachRemaining(names::add);
    for (String f : names) {
      changes(f, l.get(f), r.get(f), lines, changed);
    }
  }

  /**
   * Reports a changed value whole when it is short, else descends into it so that a changed
   * threshold deep in a criteria tree is shown by its path rather than as "the tracks changed".
   */
  private static void changes(
      String path, JsonNode x, JsonNode y, List<String> lines, List<String[]> changed) {
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
        changes(path + "." + f, x.get(f), y.get(f), lines, changed);
      }
    } else if (!small && both && x.isArray() && y.isArray()) {
      for (int i = 0; i < Math.max(x.size(), y.size()); i++) {
        changes(path + "[" + i + "]", x.get(i), y.get(i), lines, changed);
      }
    } else {
      lines.add("      " + path + ": " + shorten(show(x)) + " → " + shorten(show(y)));
      // Rows carry the values whole: the text shortens them for reading only.
      changed.add(new String[] {path, x == null ? "" : show(x), y == null ? "" : show(y)});
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
