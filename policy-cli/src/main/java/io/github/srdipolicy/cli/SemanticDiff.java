package io.github.srdipolicy.cli;

import io.github.srdipolicy.catalog.CriteriaDiff;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The text of the core's {@link CriteriaDiff}: one line per semantic change between two criteria
 * (threshold raised or lowered, operator changed, condition added or removed), keyed by where the
 * requirement sits and what it tests rather than by its position in the tree. Used by {@code policy
 * diff} for two criteria and for the criteria of two documents.
 */
final class SemanticDiff {
  private SemanticDiff() {}

  /** The changes, one line each, in the core's order; empty if the leaves agree. */
  static List<String> lines(EligibilityCriteria a, EligibilityCriteria b) {
    List<String> lines = new ArrayList<>();
    for (CriteriaDiff.Change c : CriteriaDiff.between(a, b)) {
      StringBuilder s = new StringBuilder(kind(c.kind())).append("  ").append(c.key()).append(": ");
      switch (c.kind()) {
        case CONDITION_ADDED -> s.append(describe(c.after().orElseThrow()));
        case CONDITION_REMOVED -> s.append(describe(c.before().orElseThrow()));
        default ->
            s.append(bound(c.before().orElseThrow()))
                .append(" → ")
                .append(bound(c.after().orElseThrow()));
      }
      Optional<String> from = c.beforeSource().map(Text::source);
      Optional<String> to = c.afterSource().map(Text::source);
      s.append("  ")
          .append(
              from.isPresent() && to.isPresent()
                  ? from.get() + " → " + to.get()
                  : from.or(() -> to).orElse(""));
      lines.add(s.toString());
    }
    return lines;
  }

  /**
   * The changes as rows for CSV and JSON: bounds split into operator, amount and unit, the clause
   * of each side; before and after name the conditions. {@code pairedBy} (the document diff's key
   * of the two criteria, or empty) prefixes each requirement's key.
   */
  static List<DocumentDiff.Row> rows(
      String pairedBy, EligibilityCriteria a, EligibilityCriteria b) {
    List<DocumentDiff.Row> rows = new ArrayList<>();
    for (CriteriaDiff.Change c : CriteriaDiff.between(a, b)) {
      java.util.Map<String, String> bounds = new java.util.LinkedHashMap<>();
      c.before().ifPresent(x -> bound(bounds, "before_", x));
      c.after().ifPresent(x -> bound(bounds, "after_", x));
      c.beforeSource().ifPresent(x -> bounds.put("before_document", x.document().toString()));
      c.beforeSource().ifPresent(x -> bounds.put("before_clause", x.clause()));
      c.afterSource().ifPresent(x -> bounds.put("after_document", x.document().toString()));
      c.afterSource().ifPresent(x -> bounds.put("after_clause", x.clause()));
      rows.add(
          new DocumentDiff.Row(
              "criteria",
              c.kind().name().toLowerCase(Locale.ROOT),
              pairedBy.isEmpty() ? c.key() : pairedBy + " | " + c.key(),
              "",
              c.before().map(x -> x.id().toString()).orElse(""),
              c.after().map(x -> x.id().toString()).orElse(""),
              bounds));
    }
    return rows;
  }

  private static void bound(java.util.Map<String, String> m, String prefix, Condition c) {
    if (c instanceof Comparison) {
      Comparison x = (Comparison) c;
      m.put(prefix + "operator", x.operator().toString());
      m.put(prefix + "amount", x.threshold().amount().toPlainString());
      m.put(prefix + "unit", x.threshold().unit().toString());
    } else if (c instanceof SumComparison) {
      SumComparison x = (SumComparison) c;
      m.put(prefix + "operator", x.operator().toString());
      m.put(prefix + "amount", x.threshold().amount().toPlainString());
      m.put(prefix + "unit", x.threshold().unit().toString());
    }
  }

  /** Both criteria with their changes, for {@code policy diff A B} on criteria ids. */
  static String diff(EligibilityCriteria a, EligibilityCriteria b) {
    StringBuilder out = new StringBuilder();
    out.append("--- ")
        .append(a.id())
        .append("  ")
        .append(a.tier())
        .append("  ")
        .append(Text.name(a.label()))
        .append('\n');
    out.append("+++ ")
        .append(b.id())
        .append("  ")
        .append(b.tier())
        .append("  ")
        .append(Text.name(b.label()))
        .append('\n');
    List<String> lines = lines(a, b);
    lines.forEach(l -> out.append("  ").append(l).append('\n'));
    out.append(
        lines.isEmpty()
            ? "no differences in leaf requirements\n"
            : lines.size() + (lines.size() == 1 ? " change\n" : " changes\n"));
    return out.toString();
  }

  private static String kind(CriteriaDiff.Kind k) {
    return String.format(Locale.ROOT, "%-17s", k.name().toLowerCase(Locale.ROOT).replace('_', ' '));
  }

  private static String describe(Condition c) {
    String bound = bound(c);
    return Text.name(c.label()) + (bound.isEmpty() ? "" : " (" + bound + ")");
  }

  private static String bound(Condition c) {
    if (c instanceof Comparison x) {
      return x.operator().symbol() + " " + Text.amount(x.threshold());
    } else if (c instanceof Status x) {
      return "= " + Text.amount(x.requiredFlag());
    } else if (c instanceof SumComparison x) {
      return x.operator().symbol() + " " + Text.amount(x.threshold());
    } else if (c instanceof HoldsTier) {
      return "held";
    } else if (c instanceof Qualitative qualitative) {
      return qualitative.assessment() == Qualitative.Assessment.REVIEW ? "reviewed" : "declared";
    } else if (c instanceof Scorecard scorecard) {
      return "≥ " + scorecard.minimumTotal().toPlainString() + " points";
    }
    return "";
  }
}
