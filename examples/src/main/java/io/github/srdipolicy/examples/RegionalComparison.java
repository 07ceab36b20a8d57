package io.github.srdipolicy.examples;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.Track;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;

/**
 * What it shows: comparing regions in code. Targets share metric keys across documents, so {@code
 * catalog.targets("firms.little-giant")} sets the national, provincial and county goals for little
 * giants side by side; criteria share the standard {@link Indicators}, so the thresholds of
 * comparable conditions can be lined up by indicator, each with its clause.
 */
public final class RegionalComparison {
  private RegionalComparison() {}

  /**
   * Runs the example.
   *
   * @param args ignored
   */
  public static void main(String[] args) {
    run(System.out);
  }

  static void run(PrintStream out) {
    Catalog catalog = Catalog.load();

    out.println("== targets for firms.little-giant ==");
    out.println(
        String.format(
            "%-8s %-9s %-8s %-12s %-26s %s", "scope", "goal", "", "cadence", "when", "clause"));
    for (Target t : catalog.targets("firms.little-giant")) {
      String when =
          t.deadline()
              .map(d -> "by " + d)
              .orElse(t.period().map(DateRange::toString).orElse("not stated"));
      String goal = t.value() + t.upper().map(u -> "–" + u).orElse("");
      out.println(
          String.format(
              "%-8s %-9s %-8s %-12s %-26s %s",
              t.scope(), t.comparator(), goal, t.cadence(), when, t.source()));
    }

    for (Indicator indicator :
        List.of(
            Indicators.MAIN_BUSINESS_SHARE,
            Indicators.DEBT_TO_ASSET_RATIO,
            Indicators.MARKET_RANK_PROVINCE)) {
      out.println("== " + indicator.id() + " (" + indicator.name().zh() + ") ==");
      for (EligibilityCriteria criteria : catalog.facts(EligibilityCriteria.class)) {
        for (Comparison c : leaves(criteria)) {
          if (c.indicator().equals(indicator.id())) {
            out.println(
                String.format(
                    "%-34s %-20s %s %-6s %s",
                    criteria.id(),
                    criteria.tier(),
                    c.operator().symbol(),
                    c.threshold(),
                    c.source()));
          }
        }
      }
    }
  }

  /**
   * The comparisons of a criteria tree, wherever they sit; scorecards score bands, not bounds, so
   * stay out.
   */
  private static List<Comparison> leaves(EligibilityCriteria criteria) {
    List<Comparison> found = new ArrayList<>();
    criteria.common().ifPresent(c -> collect(c, found));
    for (Track track : criteria.tracks()) {
      collect(track.condition(), found);
    }
    return found;
  }

  private static void collect(Condition condition, List<Comparison> found) {
    condition
        .tree()
        .forEach(
            c -> {
              if (c instanceof Comparison comparison) {
                found.add(comparison);
              }
            });
  }
}
