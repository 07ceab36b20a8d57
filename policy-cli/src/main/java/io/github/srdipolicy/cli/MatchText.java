package io.github.srdipolicy.cli;

import io.github.srdipolicy.engine.ConditionResult;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.Gap;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.engine.TrackResult;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.SourceRef;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The terminal form of a {@link FirmMatch}: a summary table per document, then each tier's
 * explanation.
 */
final class MatchText {
  private MatchText() {}

  static String render(FirmMatch m) {
    StringBuilder b = new StringBuilder();
    b.append("Firm:         ").append(m.profile.name().orElse("(unnamed)")).append('\n');
    b.append("Jurisdiction: ").append(chain(m.chain)).append('\n');
    b.append("As of:        ").append(m.asOf).append('\n');
    b.append("Application:  ").append(m.profile.applicationKind()).append('\n');
    UndocumentedLevels.text(b, m.withoutDocuments);
    if (m.documents.isEmpty()) {
      b.append("\nNo criteria in force for this firm on ").append(m.asOf).append(".\n");
    }
    for (FirmMatch.DocumentResults d : m.documents) {
      b.append('\n');
      document(b, d);
    }
    if (!m.withoutCriteria.isEmpty()) {
      b.append("\nAlso in force, without encoded criteria:\n");
      for (PolicyDocument d : m.withoutCriteria) {
        b.append("  ").append(d.id()).append("  ").append(Text.name(d.title())).append('\n');
      }
    }
    return b.toString();
  }

  private static void document(StringBuilder b, FirmMatch.DocumentResults d) {
    PolicyDocument doc = d.document();
    b.append("== ").append(doc.id()).append("  ").append(Text.name(doc.title())).append(" ==\n");
    b.append("   ")
        .append(Text.name(doc.issuer()))
        .append(" · ")
        .append(doc.jurisdiction())
        .append(" · in force ")
        .append(doc.validity())
        .append('\n');
    Text.Table table = new Text.Table("Tier", "Result", "Tracks", "Incentives");
    for (FirmMatch.TierResult r : d.results()) {
      EligibilityReport rep = r.report();
      table.row(
          rep.tier().toString(),
          rep.outcome().mark() + " " + rep.outcome(),
          rep.tracks().stream()
              .map(t -> t.kind() + " " + t.outcome().mark())
              .collect(Collectors.joining(", ")),
          r.incentives().isEmpty()
              ? "-"
              : r.incentives().stream()
                  .map(i -> i.amount().map(Text::amount).orElse(i.kind().toString()))
                  .collect(Collectors.joining(", ")));
    }
    b.append('\n').append(table.render("  "));
    for (FirmMatch.TierResult r : d.results()) {
      b.append('\n');
      tier(b, r);
    }
  }

  private static void tier(StringBuilder b, FirmMatch.TierResult r) {
    EligibilityReport rep = r.report();
    b.append("  ")
        .append(rep.outcome().mark())
        .append(' ')
        .append(rep.outcome())
        .append("  ")
        .append(rep.tier())
        .append("  ")
        .append(Text.name(r.tier().name()))
        .append('\n');
    b.append("    criteria ")
        .append(rep.criteria())
        .append(": ")
        .append(Text.name(rep.label()))
        .append('\n');
    for (FirmMatch.Also also : r.alsoInForce()) {
      b.append("    also in force, not deciding: ")
          .append(also.report().criteria())
          .append(" (")
          .append(also.document())
          .append(") ")
          .append(also.report().outcome().mark())
          .append(' ')
          .append(also.report().outcome())
          .append('\n');
    }
    if (!r.alsoInForce().isEmpty()) {
      b.append("    precedence: ")
          .append(
              r.precedenceStated()
                  ? r.precedenceNote().map(Text::name).orElse("stated in the data")
                  : "none stated; the criteria that took effect last decide")
          .append('\n');
    }
    rep.common()
        .ifPresent(
            c -> {
              b.append("    common conditions: ").append(c.outcome().mark()).append('\n');
              Tree.render(b, "      ", c, MatchText::node);
            });
    for (TrackResult t : rep.tracks()) {
      b.append("    track ")
          .append(t.kind())
          .append(' ')
          .append(t.track())
          .append(": ")
          .append(Text.name(t.label()))
          .append("  ")
          .append(t.outcome().mark())
          .append(' ')
          .append(t.outcome())
          .append('\n');
      Tree.render(b, "      ", t.trace(), MatchText::node);
    }
    if (!rep.missingInputs().isEmpty()) {
      b.append("    missing inputs: ")
          .append(
              rep.missingInputs().stream()
                  .map(InputRef::toString)
                  .collect(Collectors.joining(", ")))
          .append('\n');
    }
    if (!rep.gaps().isEmpty()) {
      b.append("    gaps:\n");
      for (Gap g : rep.gaps()) {
        b.append("      ✗ ").append(gap(g)).append('\n');
      }
    }
    for (LocalizedText c : rep.caveats()) {
      b.append("    caveat: ").append(Text.name(c)).append('\n');
    }
    if (!rep.unverifiedSources().isEmpty()) {
      b.append("    rests on secondary sources: ")
          .append(
              rep.unverifiedSources().stream()
                  .map(SourceRef::toString)
                  .collect(Collectors.joining("; ")))
          .append('\n');
    }
    if (r.incentives().isEmpty()) {
      b.append("    incentives on recognition: none encoded for this firm's jurisdictions\n");
    } else {
      b.append("    incentives on recognition:\n");
      for (Incentive i : r.incentives()) {
        b.append("      - ").append(incentive(i)).append('\n');
      }
    }
  }

  static String incentive(Incentive i) {
    StringBuilder s = new StringBuilder(Text.name(i.label())).append(": ").append(i.kind());
    i.amount().ifPresent(a -> s.append(' ').append(Text.amount(a)));
    i.cap().ifPresent(a -> s.append(", cap ").append(Text.amount(a)));
    i.years().ifPresent(y -> s.append(", for ").append(y).append(" years"));
    s.append(", funded by ")
        .append(i.fundingJurisdiction())
        .append(", stacking ")
        .append(i.stacking().rule());
    i.stacking().group().ifPresent(g -> s.append(" (").append(g).append(')'));
    s.append("  ").append(Text.source(i.source()));
    return s.toString();
  }

  private static String gap(Gap g) {
    StringBuilder s = new StringBuilder(Text.name(g.label())).append(": ").append(g.input());
    g.actual().ifPresent(a -> s.append(" is ").append(Text.amount(a)));
    if (g.operator().isPresent() && g.required().isPresent()) {
      s.append(", needs ")
          .append(g.operator().get().symbol())
          .append(' ')
          .append(Text.amount(g.required().get()));
    }
    return s.append("  ").append(Text.source(g.source())).toString();
  }

  /**
   * One trace node: mark, label, the comparison made, the engine's detail, the source and the note.
   */
  static Tree.Node node(Object o) {
    ConditionResult c = (ConditionResult) o;
    StringBuilder head =
        new StringBuilder(c.outcome().mark()).append(' ').append(Text.name(c.label()));
    if (c.operator().isPresent() && c.threshold().isPresent()) {
      head.append(": ")
          .append(c.actual().map(Text::amount).orElse("(missing)"))
          .append(' ')
          .append(c.operator().get().symbol())
          .append(' ')
          .append(Text.amount(c.threshold().get()));
    } else if (c.actual().isPresent()) {
      head.append(": ").append(Text.amount(c.actual().get()));
    }
    head.append("  ").append(Text.source(c.source()));
    List<String> details = new ArrayList<>();
    c.detail().ifPresent(d -> details.add("(" + d + ")"));
    c.note().ifPresent(n -> details.add("note: " + Text.name(n)));
    return new Tree.Node(head.toString(), details, c.children());
  }

  static String chain(List<Jurisdiction> chain) {
    return chain.stream().map(Text::jurisdiction).collect(Collectors.joining(" → "));
  }
}
