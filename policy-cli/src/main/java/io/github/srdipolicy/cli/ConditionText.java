package io.github.srdipolicy.cli;

import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.AtLeast;
import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.ConditionVisitor;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.Interval;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.ScoreBand;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Describes criteria (not an evaluation) as a tree: each condition with its bound, clause and note.
 */
final class ConditionText implements ConditionVisitor<Tree.Node> {
  private final IndicatorRegistry indicators;

  ConditionText(IndicatorRegistry indicators) {
    this.indicators = indicators;
  }

  /** Adapter for {@link Tree#render}: conditions are described, band wrappers pass through. */
  Tree.Node describe(Object o) {
    if (o instanceof Tree.Node) {
      return (Tree.Node) o;
    }
    return ((Condition) o).accept(this);
  }

  String indicator(IndicatorId id) {
    return indicators
        .find(id)
        .map(i -> Text.name(i.name()) + " <" + id + ">")
        .orElse("<" + id + ">");
  }

  private Tree.Node node(Condition c, String what, List<?> children) {
    List<String> details = new ArrayList<>();
    c.note().ifPresent(n -> details.add("note: " + Text.name(n)));
    // A label that only repeats the indicator's name would say everything twice.
    String label = Text.name(c.label());
    String head = what.contains(label) ? what : label + ": " + what;
    return new Tree.Node(head + "  " + Text.source(c.source()), details, children);
  }

  @Override
  public Tree.Node visitComparison(Comparison c) {
    return node(
        c,
        indicator(c.indicator()) + " " + c.operator().symbol() + " " + Text.amount(c.threshold()),
        List.of());
  }

  @Override
  public Tree.Node visitStatus(Status c) {
    return node(c, indicator(c.indicator()) + " = " + Text.amount(c.requiredFlag()), List.of());
  }

  @Override
  public Tree.Node visitSum(SumComparison c) {
    return node(
        c,
        c.indicators().stream().map(this::indicator).collect(Collectors.joining(" + "))
            + " "
            + c.operator().symbol()
            + " "
            + Text.amount(c.threshold()),
        List.of());
  }

  @Override
  public Tree.Node visitAllOf(AllOf c) {
    return node(c, "all of", c.conditions());
  }

  @Override
  public Tree.Node visitAnyOf(AnyOf c) {
    return node(c, "any of", c.conditions());
  }

  @Override
  public Tree.Node visitAtLeast(AtLeast c) {
    return node(c, "at least " + c.count() + " of", c.conditions());
  }

  @Override
  public Tree.Node visitBanded(Banded c) {
    List<Object> bands = new ArrayList<>();
    for (Band b : c.bands()) {
      String range = "when " + interval(b.range());
      bands.add(
          b.then()
              .<Object>map(
                  t -> {
                    Tree.Node inner = t.accept(this);
                    return new Tree.Node(
                        range + " → " + inner.head(), inner.details(), inner.children());
                  })
              .orElse(new Tree.Node(range + " → no further requirement", List.of(), List.of())));
    }
    return node(c, "by " + indicator(c.indicator()), bands);
  }

  @Override
  public Tree.Node visitHoldsTier(HoldsTier c) {
    return node(c, "holds tier " + c.tier(), List.of());
  }

  @Override
  public Tree.Node visitQualitative(Qualitative c) {
    return node(
        c,
        (c.assessment() == Qualitative.Assessment.REVIEW ? "reviewed" : "declared")
            + " under declaration '"
            + c.declaration()
            + "'",
        List.of());
  }

  @Override
  public Tree.Node visitScorecard(Scorecard c) {
    List<Object> items = new ArrayList<>();
    for (ScoreItem item : c.items()) {
      String bands =
          item.bands().stream().map(ConditionText::band).collect(Collectors.joining("; "));
      items.add(
          new Tree.Node(
              "[" + item.category() + "] " + indicator(item.indicator()) + ": " + bands,
              List.of(),
              List.of()));
    }
    StringBuilder what =
        new StringBuilder("score at least ")
            .append(c.minimumTotal().toPlainString())
            .append(" points");
    for (Map.Entry<String, BigDecimal> e : c.categoryMinimums().entrySet()) {
      what.append(", ").append(e.getKey()).append(" ≥ ").append(e.getValue().toPlainString());
    }
    return node(c, what.toString(), items);
  }

  private static String band(ScoreBand b) {
    return interval(b.range()) + " → " + b.points().toPlainString();
  }

  /** An interval with amounts in 万元, written as inequalities rather than brackets for readers. */
  static String interval(Interval i) {
    List<String> parts = new ArrayList<>();
    i.lower().ifPresent(q -> parts.add((i.lowerInclusive() ? "≥ " : "> ") + Text.amount(q)));
    i.upper().ifPresent(q -> parts.add((i.upperInclusive() ? "≤ " : "< ") + Text.amount(q)));
    return parts.isEmpty() ? "any value" : String.join(" and ", parts);
  }
}
