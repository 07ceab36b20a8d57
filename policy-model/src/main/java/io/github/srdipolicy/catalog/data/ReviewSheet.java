package io.github.srdipolicy.catalog.data;

import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.AtLeast;
import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.PoolFirm;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Schedule;
import io.github.srdipolicy.model.ScoreBand;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierLadder;
import io.github.srdipolicy.model.Track;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The review sheet of a document: a Markdown table with one row per fact (id, clause, Chinese
 * label, indicator or metric, operator word, bound with unit and time frame or schedule, note,
 * confidence), for an analyst reading it beside the source text. Generated, never edited by hand.
 */
public final class ReviewSheet {
  private final StringBuilder out = new StringBuilder();
  private final PolicyDocument document;

  private ReviewSheet(PolicyDocument document) {
    this.document = document;
  }

  /**
   * Renders the sheet of a document.
   *
   * @param document the document, not null
   * @param file the data file name to mention, not null
   * @return the Markdown text, never null
   */
  public static String markdown(PolicyDocument document, String file) {
    ReviewSheet s = new ReviewSheet(document);
    s.render(file);
    return s.out.toString();
  }

  private void render(String file) {
    PolicyDocument d = document;
    out.append("# ").append(d.id()).append(" — ").append(d.title().zh()).append("\n\n");
    out.append("<!-- Generated from ").append(file).append(" by ReviewSheet; do not edit. -->\n\n");
    out.append("- Issuer: ")
        .append(d.issuer().zh())
        .append(" / ")
        .append(d.issuer().en())
        .append('\n');
    out.append("- Title (en): ").append(d.title().en()).append('\n');
    out.append("- Jurisdiction: ").append(d.jurisdiction()).append('\n');
    out.append("- In force: ")
        .append(d.validity())
        .append(d.validityNote().map(n -> " — " + n.zh()).orElse(""))
        .append('\n');
    out.append("- Completeness: ")
        .append(d.completeness())
        .append(d.completenessNote().map(n -> " — " + n.zh()).orElse(""))
        .append('\n');
    out.append("- Confidence of the metadata: ").append(d.confidence()).append("\n\n");
    if (!d.outline().isEmpty()) {
      out.append("## Outline\n\n| clause | heading | status | reason |\n|---|---|---|---|\n");
      for (Clause c : d.outline()) {
        row(
            c.path(),
            c.heading().zh(),
            c.status().toString(),
            c.reason().map(LocalizedText::zh).orElse(""));
      }
      out.append('\n');
    }
    out.append("## Facts\n\n")
        .append("Operators: at-least ≥ (以上, 不低于: bound included), more-than > (超过, 高于: excluded), ")
        .append("at-most ≤ (以下, 不超过: included), less-than < (低于, 不足: excluded); ")
        .append("status yes/no: a yes/no fact the firm must (or must not) have.\n\n")
        .append(
            "| id | clause | label (zh) | indicator / metric | operator | bound | note | confidence |\n")
        .append("|---|---|---|---|---|---|---|---|\n");
    for (Tier t : d.tiers()) {
      fact(t.id().toString(), t.source(), t.name().zh(), "tier " + t.level(), "", "", t.note());
    }
    for (TierLadder l : d.ladders()) {
      fact(
          l.id().toString(),
          l.source(),
          l.label().zh(),
          "ladder",
          "",
          l.rungs().stream().map(Object::toString).collect(Collectors.joining(" → ")),
          Optional.empty());
    }
    for (EligibilityCriteria c : d.criteria()) {
      fact(
          c.id().toString(),
          c.source(),
          c.label().zh(),
          "criteria for " + c.tier(),
          "",
          "",
          c.caveats().isEmpty() ? Optional.empty() : Optional.of(c.caveats().get(0)));
      c.common().ifPresent(x -> condition(x, "common · "));
      for (Track t : c.tracks()) {
        condition(
            t.condition(),
            "track " + t.kind().toString().toLowerCase(java.util.Locale.ROOT) + " · ");
      }
    }
    for (Incentive i : d.incentives()) {
      fact(
          i.id().toString(),
          i.source(),
          i.label().zh(),
          "incentive " + i.kind(),
          i.cap().isPresent() ? "at-most" : "",
          i.amount().or(i::cap).map(Notation::amount).orElse(""),
          i.note());
    }
    for (Target t : d.targets()) {
      fact(
          t.id().toString(),
          t.source(),
          t.metric().zh(),
          t.metricKey(),
          t.comparator().toString(),
          Notation.amount(t.value())
              + t.upper().map(u -> " – " + Notation.amount(u)).orElse("")
              + " "
              + when(t),
          t.note());
    }
    for (Measure m : d.measures()) {
      fact(
          m.id().toString(),
          m.source(),
          m.title().zh(),
          "measure " + m.kind(),
          "",
          schedules(m.schedules()),
          m.note());
    }
    for (Provision p : d.provisions()) {
      fact(
          p.id().toString(),
          p.source(),
          p.label().zh(),
          "provision " + p.kind(),
          "",
          String.join(
              ", ",
              java.util.stream.Stream.of(
                      p.quantity()
                          .map(Notation::amount)
                          .or(() -> p.date().map(Object::toString))
                          .orElse(""),
                      schedules(p.schedules()))
                  .filter(x -> !x.isEmpty())
                  .toList()),
          p.note());
    }
    for (PoolFirm f : d.poolFirms()) {
      fact(f.id().toString(), f.source(), f.name(), "pool firm " + f.serial(), "", "", f.note());
    }
  }

  private void condition(Condition c, String prefix) {
    String id = c.id().toString();
    if (c instanceof Comparison x) {
      fact(
          id,
          c.source(),
          c.label().zh(),
          prefix + x.indicator(),
          Notation.word(x.operator()),
          Notation.amount(x.threshold()),
          c.note());
    } else if (c instanceof Status x) {
      fact(
          id,
          c.source(),
          c.label().zh(),
          prefix + x.indicator(),
          "status",
          x.required() ? "yes" : "no",
          c.note());
    } else if (c instanceof SumComparison x) {
      fact(
          id,
          c.source(),
          c.label().zh(),
          prefix + x.indicators().stream().map(Object::toString).collect(Collectors.joining(" + ")),
          Notation.word(x.operator()),
          Notation.amount(x.threshold()),
          c.note());
    } else if (c instanceof AllOf x) {
      fact(
          id,
          c.source(),
          c.label().zh(),
          prefix + "all of",
          "",
          x.conditions().size() + " conditions",
          c.note());
      x.conditions().forEach(y -> condition(y, ""));
    } else if (c instanceof AnyOf x) {
      fact(
          id,
          c.source(),
          c.label().zh(),
          prefix + "any of",
          "",
          x.conditions().size() + " conditions",
          c.note());
      x.conditions().forEach(y -> condition(y, ""));
    } else if (c instanceof AtLeast x) {
      fact(
          id,
          c.source(),
          c.label().zh(),
          prefix + "at least " + x.count() + " of",
          "",
          x.conditions().size() + " conditions",
          c.note());
      x.conditions().forEach(y -> condition(y, ""));
    } else if (c instanceof Banded x) {
      fact(
          id,
          c.source(),
          c.label().zh(),
          prefix + "banded by " + x.indicator(),
          "",
          x.bands().stream().map(b -> Lint.interval(b.range())).collect(Collectors.joining(" ")),
          c.note());
      for (Band b : x.bands()) {
        b.then().ifPresent(y -> condition(y, "in " + Lint.interval(b.range()) + " · "));
      }
    } else if (c instanceof HoldsTier x) {
      fact(id, c.source(), c.label().zh(), prefix + "holds tier " + x.tier(), "", "", c.note());
    } else if (c instanceof Qualitative x) {
      fact(
          id,
          c.source(),
          c.label().zh(),
          prefix + "declaration " + x.declaration(),
          "",
          "",
          c.note());
    } else if (c instanceof Scorecard x) {
      fact(
          id,
          c.source(),
          c.label().zh(),
          prefix + "scorecard",
          "at-least",
          x.minimumTotal() + "分",
          c.note());
      for (ScoreItem item : x.items()) {
        String bands =
            item.bands().stream()
                .map(b -> Lint.interval(b.range()) + " → " + points(b))
                .collect(Collectors.joining("; "));
        row("", "", "", item.indicator() + " (" + item.category() + ")", "points", bands, "", "");
      }
    } else {
      fact(id, c.source(), c.label().zh(), prefix + c.getClass().getSimpleName(), "", "", c.note());
    }
  }

  /** A target's time frame: a level by its deadline, or a flow per year or over its period. */
  private static String when(Target t) {
    return switch (t.cadence()) {
      case BY_DEADLINE -> "by " + t.deadline().map(Object::toString).orElse("?");
      case PER_YEAR -> "per year in " + t.period().map(Object::toString).orElse("?");
      case OVER_PERIOD -> "over " + t.period().map(Object::toString).orElse("?");
    };
  }

  /** Schedules as "every QUARTER ×1, due by day 20 of the next month", one per rhythm. */
  private static String schedules(List<Schedule> schedules) {
    return schedules.stream()
        .map(
            x ->
                x.activity().map(a -> a.zh() + ": ").orElse("")
                    + "every "
                    + x.every()
                    + " ×"
                    + x.times()
                    + x.dueDayOfNextMonth()
                        .map(d -> ", due by day " + d + " of the next month")
                        .orElse(""))
        .collect(Collectors.joining("; "));
  }

  private static String points(ScoreBand b) {
    return b.points() + "分";
  }

  private void fact(
      String id,
      SourceRef source,
      String label,
      String what,
      String op,
      String bound,
      Optional<LocalizedText> note) {
    String clause =
        source.document().equals(document.id())
            ? source.clause()
            : source.document() + " " + source.clause();
    row(
        id,
        clause,
        label,
        what,
        op,
        bound,
        note.map(LocalizedText::zh).orElse(""),
        source.confidence().toString());
  }

  private void row(String... cells) {
    out.append('|');
    for (String c : cells) {
      out.append(' ').append(c.replace("|", "\\|").replace("\n", " ")).append(" |");
    }
    out.append('\n');
  }
}
