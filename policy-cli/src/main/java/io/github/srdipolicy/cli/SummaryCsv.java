package io.github.srdipolicy.cli;

import io.github.srdipolicy.assessment.Assessment;
import io.github.srdipolicy.assessment.DocumentInForce;
import io.github.srdipolicy.assessment.LadderAssessment;
import io.github.srdipolicy.assessment.Question;
import io.github.srdipolicy.assessment.Shortfall;
import io.github.srdipolicy.assessment.TierAssessment;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * The assessment as tidy CSV for researchers: one fact per row (a tier's standing, a shortfall, a
 * missing input, a reward, a question, a document), each value in its own column — comparator,
 * amounts in the bound's unit, the unit, funder, stacking rule, clause and confidence — never prose
 * standing in for a number. The {@code text} column is the only prose, in the chosen language.
 */
final class SummaryCsv {
  static final List<String> HEADER =
      List.of(
          "fact",
          "ladder",
          "tier",
          "standing",
          "input",
          "comparator",
          "actual",
          "required",
          "distance",
          "unit",
          "due",
          "amount",
          "funder",
          "rule",
          "document",
          "clause",
          "confidence",
          "text");

  private SummaryCsv() {}

  static String render(Assessment a, Catalog catalog) {
    StringBuilder b = new StringBuilder();
    row(b, HEADER.toArray(String[]::new));
    for (LadderAssessment l : a.ladders()) {
      String ladder = l.ladder().map(Object::toString).orElse("");
      for (TierAssessment t : a.rungs(l)) {
        String tier = t.tier().toString();
        String standing = t.standing().toString();
        Row r = new Row("standing", ladder, tier, standing);
        t.document().ifPresent(d -> r.set("document", d.toString()));
        r.set("text", Text.line(t.summary()));
        r.write(b);
        for (Shortfall s : t.shortfalls()) {
          Row x = new Row("shortfall", ladder, tier, standing).set("input", s.input().toString());
          s.operator().ifPresent(o -> x.set("comparator", o.toString()));
          s.required()
              .ifPresent(
                  q -> {
                    x.set("required", amount(q)).set("unit", q.unit().toString());
                    s.actual()
                        .filter(v -> v.unit().isCompatibleWith(q.unit()))
                        .ifPresent(v -> x.set("actual", amount(v.to(q.unit()))));
                  });
          s.distance().ifPresent(d -> x.set("distance", amount(d)));
          source(x, s.source()).set("text", Text.line(s.text())).write(b);
        }
        for (InputRef i : t.missingInputs()) {
          new Row("missing", ladder, tier, standing).set("input", i.toString()).write(b);
        }
        for (RewardDue d : t.rewards()) {
          reward(new Row("reward-on-recognition", ladder, tier, standing), d, catalog).write(b);
        }
      }
    }
    for (RewardDue d : a.rewardsDue()) {
      reward(new Row("reward-due", "", d.tier().toString(), ""), d, catalog).write(b);
    }
    for (Question q : a.nextQuestions()) {
      Row x =
          new Row(
                  "question",
                  "",
                  String.join(" ", q.affects().stream().map(Object::toString).toList()),
                  "")
              .set("input", q.input().toString());
      q.unit().ifPresent(u -> x.set("unit", u.toString()));
      x.set("text", Text.line(q.text())).write(b);
    }
    for (DocumentInForce d : a.documents()) {
      new Row("document", "", "", "")
          .set("document", d.document().toString())
          .set("funder", d.jurisdiction().toString())
          .set("text", Text.line(d.title()))
          .write(b);
    }
    return b.toString();
  }

  private static Row reward(Row x, RewardDue d, Catalog catalog) {
    x.set("due", String.valueOf(d.due())).set("rule", d.rule().toString());
    d.amount().ifPresent(q -> x.set("amount", amount(q)).set("unit", q.unit().toString()));
    Optional<Incentive> inc = Optional.of(catalog.fact(d.incentive(), Incentive.class));
    inc.ifPresent(i -> x.set("funder", i.fundingJurisdiction().toString()));
    return source(x, d.sources().get(0)).set("text", Text.line(d.label()));
  }

  private static Row source(Row x, SourceRef s) {
    return x.set("document", s.document().toString())
        .set("clause", s.clause())
        .set("confidence", s.confidence().toString());
  }

  private static String amount(Quantity q) {
    return q.amount().stripTrailingZeros().toPlainString();
  }

  /** One row, filled by column name. */
  private static final class Row {
    final String[] cells = new String[HEADER.size()];

    Row(String fact, String ladder, String tier, String standing) {
      Arrays.fill(cells, "");
      set("fact", fact).set("ladder", ladder).set("tier", tier).set("standing", standing);
    }

    Row set(String column, String value) {
      cells[HEADER.indexOf(column)] = value;
      return this;
    }

    void write(StringBuilder b) {
      row(b, cells);
    }
  }

  private static void row(StringBuilder b, String... cells) {
    List<String> quoted = new ArrayList<>();
    for (String s : cells) {
      boolean quote = s.contains(",") || s.contains("\"") || s.contains("\n") || s.contains("\r");
      quoted.add(quote ? "\"" + s.replace("\"", "\"\"") + "\"" : s);
    }
    b.append(String.join(",", quoted)).append('\n');
  }
}
