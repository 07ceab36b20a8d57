package io.github.srdipolicy.cli;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.catalog.CriteriaChoice;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Track;
import java.io.IOException;
import java.io.PrintWriter;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** {@code policy explain}: a tier and its criteria as a tree with clause references and notes. */
@Command(
    name = "explain",
    mixinStandardHelpOptions = true,
    header = "Explain a tier: its criteria as a tree with clauses and notes.",
    description = {
      "Shows a tier and the criteria set for it, as a tree with clause references and interpretation notes.",
      "--format json gives the tier and its criteria in the model's JSON form, csv one row per leaf condition."
    })
final class ExplainCommand implements Callable<Integer> {
  /** The columns of {@code --format csv}: one leaf condition per row. */
  static final List<String> CSV_HEADER =
      List.of(
          "tier",
          "criteria",
          "document",
          "scope",
          "condition",
          "input",
          "comparator",
          "required",
          "unit",
          "clause_document",
          "clause",
          "confidence",
          "label");

  @Mixin LangOption lang;

  @Mixin FormatOption format;

  @ParentCommand PolicyCommand parent;

  @Spec CommandSpec spec;

  @Parameters(
      index = "0",
      paramLabel = "TIER-ID",
      description = "A tier id, such as cn.little-giant.")
  String tierId;

  @Option(
      names = "--as-of",
      paramLabel = "DATE",
      converter = PolicyCommand.DateConverter.class,
      description =
          "Only the criteria that judge an application on this date (YYYY-MM-DD), and which decides; "
              + "default: all criteria.")
  LocalDate asOf;

  @Option(
      names = "--application",
      paramLabel = "KIND",
      description =
          "NEW or RENEWAL (复核): the kind of application to explain; default with --as-of: NEW.")
  ApplicationKind application;

  @Override
  public Integer call() throws IOException {
    Catalog catalog = parent.catalog();
    Tier tier = catalog.tier(TierId.of(tierId));
    // The kind judged: named whenever a date or a kind is given, NEW by default as in match.
    ApplicationKind kind =
        application != null ? application : asOf != null ? ApplicationKind.NEW : null;
    List<EligibilityCriteria> criteria =
        asOf != null
            ? catalog.criteriaFor(tier.id(), asOf, kind)
            : catalog.criteriaFor(tier.id()).stream()
                .filter(c -> kind == null || judges(c, kind))
                .toList();
    Optional<CriteriaChoice> choice =
        asOf == null ? Optional.empty() : catalog.decidingCriteria(tier.id(), kind, asOf);
    PrintWriter out = spec.commandLine().getOut();
    if (format.get() == FormatOption.Format.JSON) {
      ObjectNode root = MatchJson.PRETTY.createObjectNode();
      root.set("tier", MatchJson.PRETTY.valueToTree(tier));
      if (kind != null) {
        root.put("applicationKind", kind.toString());
      }
      if (asOf != null) {
        root.put("asOf", asOf.toString());
        choice.ifPresent(x -> root.put("deciding", x.deciding().id().toString()));
      }
      ArrayNode list = root.putArray("criteria");
      for (EligibilityCriteria c : criteria) {
        PolicyDocument d = catalog.documentOf(c.id());
        ObjectNode n = list.addObject();
        n.put("document", d.id().toString());
        n.set("validity", MatchJson.PRETTY.valueToTree(d.validity()));
        n.set("criteria", MatchJson.PRETTY.valueToTree(c));
      }
      out.println(MatchJson.PRETTY.writeValueAsString(root));
      out.flush();
      return 0;
    }
    if (format.get() == FormatOption.Format.CSV) {
      Csv csv = new Csv(CSV_HEADER.toArray(String[]::new));
      for (EligibilityCriteria c : criteria) {
        String doc = catalog.documentOf(c.id()).id().toString();
        Leaves.walk(
            c,
            (scope, leaf) ->
                csv.row(leafRow(tier.id().toString(), c.id().toString(), doc, scope, leaf)));
      }
      out.print(csv);
      out.flush();
      return 0;
    }
    StringBuilder b = new StringBuilder();
    b.append(tier.id()).append("  ").append(Text.name(tier.name())).append('\n');
    b.append("  level ")
        .append(tier.level())
        .append(" · jurisdiction ")
        .append(Text.jurisdiction(catalog.jurisdiction(tier.jurisdiction())))
        .append(" · subject ")
        .append(tier.subject())
        .append('\n');
    if (!tier.prerequisites().isEmpty()) {
      b.append("  prerequisites: ")
          .append(
              tier.prerequisites().stream().map(Object::toString).collect(Collectors.joining(", ")))
          .append('\n');
    }
    tier.validityYears()
        .ifPresent(y -> b.append("  recognition valid for ").append(y).append(" years\n"));
    tier.description().ifPresent(d -> b.append("  ").append(Text.name(d)).append('\n'));
    b.append("  source: ").append(Text.source(tier.source())).append('\n');
    tier.note().ifPresent(n -> b.append("  note: ").append(Text.name(n)).append('\n'));
    if (kind != null) {
      b.append("  judged as a ")
          .append(kind)
          .append(" application")
          .append(asOf == null ? "" : " on " + asOf)
          .append(
              choice
                  .map(
                      x ->
                          ": decided by "
                              + x.deciding().id()
                              + (x.alsoInForce().isEmpty()
                                  ? ""
                                  : " (also in force: "
                                      + x.alsoInForce().stream()
                                          .map(c -> c.id().toString())
                                          .collect(Collectors.joining(", "))
                                      + ")"))
                  .orElse(""))
          .append('\n');
    }
    if (criteria.isEmpty()) {
      b.append("\nNo criteria encoded for ")
          .append(tier.id())
          .append(kind == null ? "" : " judging a " + kind + " application")
          .append(asOf == null ? "" : " on " + asOf)
          .append(".\n");
    }
    ConditionText text = new ConditionText(catalog.indicators());
    for (EligibilityCriteria c : criteria) {
      PolicyDocument d = catalog.documentOf(c.id());
      b.append("\nCriteria ")
          .append(c.id())
          .append(": ")
          .append(Text.name(c.label()))
          .append("  ")
          .append(Text.source(c.source()))
          .append('\n');
      b.append("  from ")
          .append(d.id())
          .append(' ')
          .append(Text.name(d.title()))
          .append(", in force ")
          .append(d.validity())
          .append('\n');
      b.append("  judges ").append(applicability(c)).append('\n');
      for (LocalizedText caveat : c.caveats()) {
        b.append("  caveat: ").append(Text.name(caveat)).append('\n');
      }
      c.common()
          .ifPresent(
              cond -> {
                b.append("  common conditions (all tracks):\n");
                Tree.render(b, "    ", cond, text::describe);
              });
      b.append(
          c.tracks().size() == 1
              ? "  the track:\n"
              : "  any one of " + c.tracks().size() + " tracks:\n");
      for (Track t : c.tracks()) {
        b.append("  track ")
            .append(t.kind())
            .append(' ')
            .append(t.id())
            .append(": ")
            .append(Text.name(t.label()))
            .append('\n');
        Tree.render(b, "    ", t.condition(), text::describe);
      }
    }
    out.print(b);
    out.flush();
    return 0;
  }

  /**
   * One leaf condition as CSV cells: what it reads, the comparator and bound in their own columns.
   */
  private static List<String> leafRow(
      String tier, String criteria, String doc, String scope, Condition leaf) {
    String kind;
    String input = "";
    String comparator = "";
    String required = "";
    String unit = "";
    if (leaf instanceof Comparison c) {
      kind = "comparison";
      input = c.indicator().toString();
      comparator = c.operator().toString();
      required = c.threshold().amount().stripTrailingZeros().toPlainString();
      unit = c.threshold().unit().toString();
    } else if (leaf instanceof Status c) {
      kind = "status";
      input = c.indicator().toString();
      comparator = "EQUAL_TO";
      required = c.required() ? "1" : "0";
      unit = c.requiredFlag().unit().toString();
    } else if (leaf instanceof SumComparison c) {
      kind = "sum";
      input = c.indicators().stream().map(Object::toString).collect(Collectors.joining(" + "));
      comparator = c.operator().toString();
      required = c.threshold().amount().stripTrailingZeros().toPlainString();
      unit = c.threshold().unit().toString();
    } else if (leaf instanceof HoldsTier holdsTier) {
      kind = "holds-tier";
      input = holdsTier.tier().toString();
    } else if (leaf instanceof Qualitative q) {
      kind = q.assessment() == Qualitative.Assessment.REVIEW ? "reviewed" : "declared";
      input = q.declaration();
    } else if (leaf instanceof Scorecard scorecard) {
      kind = "scorecard";
      comparator = "AT_LEAST";
      required = scorecard.minimumTotal().stripTrailingZeros().toPlainString();
      unit = "points";
    } else {
      kind =
          leaf.getClass()
              .getSimpleName()
              .replace("Immutable", "")
              .toLowerCase(java.util.Locale.ROOT);
    }
    SourceRef s = leaf.source();
    return List.of(
        tier,
        criteria,
        doc,
        scope,
        kind,
        input,
        comparator,
        required,
        unit,
        s.document().toString(),
        s.clause(),
        s.confidence().toString(),
        Text.line(leaf.label()));
  }

  /** Whether the criteria judge applications of a kind on some date. */
  private static boolean judges(EligibilityCriteria c, ApplicationKind kind) {
    return c.applicability().isEmpty()
        || c.applicability().stream()
            .anyMatch(a -> a.kinds().isEmpty() || a.kinds().contains(kind));
  }

  /**
   * Which applications the criteria judge, and when: "NEW and RENEWAL applications while … is in
   * force".
   */
  private static String applicability(EligibilityCriteria c) {
    if (c.applicability().isEmpty()) {
      return "NEW and RENEWAL applications while its document is in force";
    }
    return c.applicability().stream()
        .map(
            a ->
                (a.kinds().isEmpty()
                        ? "NEW and RENEWAL"
                        : a.kinds().stream()
                            .map(Object::toString)
                            .collect(Collectors.joining(" and ")))
                    + " applications in "
                    + a.period())
        .collect(Collectors.joining("; "));
  }
}
