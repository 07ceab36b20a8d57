package io.github.srdipolicy.cli;

import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.SumComparison;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * A leaf-by-leaf comparison of two sets of criteria: each requirement keyed by where it sits
 * (common part or track kind, and band) and what it tests (indicator, sum, declaration or tier),
 * with the bounds of both sides. Amounts are compared in 万元, so 5000万元 and 0.5亿元 agree.
 *
 * <p>Deliberately simple: it does not try to prove two differently shaped trees equivalent.
 */
final class CriteriaThresholdDiff {
  private CriteriaThresholdDiff() {}

  static String diff(EligibilityCriteria a, EligibilityCriteria b, IndicatorRegistry indicators) {
    Map<String, TreeSet<String>> left = leaves(a);
    Map<String, TreeSet<String>> right = leaves(b);
    TreeSet<String> keys = new TreeSet<>(left.keySet());
    keys.addAll(right.keySet());
    StringBuilder out = new StringBuilder();
    out.append("--- ").append(a.id()).append("  ").append(a.tier()).append("  ").append(Text.name(a.label()))
        .append('\n');
    out.append("+++ ").append(b.id()).append("  ").append(b.tier()).append("  ").append(Text.name(b.label()))
        .append('\n');
    Text.Table t = new Text.Table("", "Requirement", "Where", a.id().toString(), b.id().toString());
    int differences = 0;
    for (String k : keys) {
      String[] parts = k.split("\t", 2);
      String x = show(left.get(k));
      String y = show(right.get(k));
      String mark = left.get(k) == null ? "+" : right.get(k) == null ? "-" : x.equals(y) ? "=" : "~";
      if (!mark.equals("=")) {
        differences++;
      }
      t.row(mark, describe(parts[1], indicators), parts[0], x, y);
    }
    out.append(t.render(""));
    out.append(differences == 0 ? "no differences in leaf requirements\n"
        : differences + " of " + keys.size() + " requirements differ\n");
    return out.toString();
  }

  private static String describe(String what, IndicatorRegistry indicators) {
    if (what.startsWith("indicator:")) {
      String id = what.substring("indicator:".length());
      return indicators.all().stream().filter(i -> i.id().toString().equals(id)).findFirst()
          .map(i -> Text.name(i.name()) + " <" + id + ">").orElse(what);
    }
    return what;
  }

  private static String show(TreeSet<String> bounds) {
    return bounds == null ? "—" : String.join("; ", bounds);
  }

  /** Requirement key (scope TAB subject) to the bounds found there. */
  private static Map<String, TreeSet<String>> leaves(EligibilityCriteria c) {
    Map<String, TreeSet<String>> m = new TreeMap<>();
    Leaves.walk(c, (scope, leaf) -> m.computeIfAbsent(scope + "\t" + subject(leaf), k -> new TreeSet<>())
        .add(bound(leaf)));
    return m;
  }

  private static String subject(Condition c) {
    if (c instanceof Comparison) {
      return "indicator:" + ((Comparison) c).indicator();
    } else if (c instanceof SumComparison) {
      return "sum:" + ((SumComparison) c).indicators().stream().map(Object::toString).sorted()
          .collect(Collectors.joining("+"));
    } else if (c instanceof HoldsTier) {
      return "tier:" + ((HoldsTier) c).tier();
    } else if (c instanceof Qualitative) {
      return "declaration:" + ((Qualitative) c).declaration();
    } else if (c instanceof Scorecard) {
      return "scorecard";
    }
    return c.getClass().getSimpleName();
  }

  private static String bound(Condition c) {
    if (c instanceof Comparison) {
      Comparison x = (Comparison) c;
      return x.operator().symbol() + " " + Text.amount(x.threshold());
    } else if (c instanceof SumComparison) {
      SumComparison x = (SumComparison) c;
      return x.operator().symbol() + " " + Text.amount(x.threshold());
    } else if (c instanceof HoldsTier) {
      return "held";
    } else if (c instanceof Qualitative) {
      return ((Qualitative) c).assessment() == Qualitative.Assessment.REVIEW ? "reviewed" : "declared";
    } else if (c instanceof Scorecard) {
      Scorecard s = (Scorecard) c;
      return "≥ " + s.minimumTotal().toPlainString() + " points over " + s.items().size() + " items";
    }
    return "";
  }
}
