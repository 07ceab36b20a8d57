package io.github.srdipolicy.cli;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TargetCadence;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.function.Function;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/**
 * {@code policy compare}: side-by-side tables for researchers: targets by metric key, thresholds by
 * indicator and incentives by trigger, one column per document.
 */
@Command(
    name = "compare",
    mixinStandardHelpOptions = true,
    header = "Compare targets, thresholds and incentives across documents.",
    description = {
      "Regional comparison tables, one column per document.",
      "Targets per metric key (with a per-year figure where a target spans a plan period),",
      "thresholds per indicator and incentives per trigger.",
      "--format text (Markdown tables, the default), json, or csv: one fact per row, with comparator, amount,",
      "unit, per-year figure, deadline or period, basis, firm/aspirational, clause and confidence in columns."
    })
final class CompareCommand implements Callable<Integer> {
  @Mixin LangOption lang;

  /**
   * The tidy columns of {@code --format csv}, one fact per row; JSON has the same fields, empty
   * ones left out.
   */
  static final List<String> COLUMNS =
      List.of(
          "section",
          "key",
          "document",
          "jurisdiction",
          "fact",
          "tier",
          "scope",
          "comparator",
          "amount",
          "upper",
          "unit",
          "per_year",
          "cadence",
          "deadline",
          "period_start",
          "period_end",
          "basis",
          "commitment",
          "kind",
          "cap",
          "cap_unit",
          "years",
          "funding_jurisdiction",
          "clause",
          "confidence");

  @ParentCommand PolicyCommand parent;

  @Spec CommandSpec spec;

  @Mixin FormatOption format;

  /**
   * One cell of a comparison: what a document says for a row, as text for the tables and as
   * separate fields (comparator, amount, unit, …) for CSV and JSON.
   */
  record Cell(
      String section,
      String key,
      PolicyDocument document,
      String value,
      String perYear,
      Map<String, String> fields) {}

  @Override
  public Integer call() {
    Catalog catalog = parent.catalog();
    List<Cell> targets = new ArrayList<>();
    for (Target t : catalog.facts(Target.class)) {
      Map<String, String> f = fields(t.id().toString(), t.source());
      t.tier().ifPresent(x -> f.put("tier", x.toString()));
      f.put("scope", t.scope().toString());
      f.put("comparator", t.comparator().toString());
      amount(f, "amount", "unit", t.value());
      t.upper().ifPresent(u -> f.put("upper", u.amount().toPlainString()));
      perYearAmount(t).ifPresent(x -> f.put("per_year", x.toPlainString()));
      f.put("cadence", t.cadence().toString());
      t.deadline().ifPresent(d -> f.put("deadline", d.toString()));
      t.period()
          .ifPresent(
              p -> {
                f.put("period_start", p.start().toString());
                p.end().ifPresent(e -> f.put("period_end", e.toString()));
              });
      f.put("basis", t.basis().toString());
      f.put("commitment", t.commitment().toString());
      targets.add(
          new Cell(
              "targets",
              t.metricKey(),
              catalog.documentOf(t.id()),
              target(t),
              perYear(t).orElse(""),
              f));
    }
    List<Cell> thresholds = new ArrayList<>();
    for (EligibilityCriteria c : catalog.facts(EligibilityCriteria.class)) {
      PolicyDocument d = catalog.documentOf(c.id());
      Leaves.walk(
          c,
          (scope, leaf) -> {
            if (leaf instanceof Comparison x) {
              Map<String, String> f = fields(x.id().toString(), x.source());
              f.put("tier", c.tier().toString());
              f.put("scope", scope);
              f.put("comparator", x.operator().toString());
              amount(f, "amount", "unit", x.threshold());
              thresholds.add(
                  new Cell(
                      "thresholds",
                      x.indicator().toString(),
                      d,
                      c.tier()
                          + " ("
                          + scope
                          + "): "
                          + x.operator().symbol()
                          + " "
                          + Text.amount(x.threshold()),
                      "",
                      f));
            } else if (leaf instanceof Status x) {
              Map<String, String> f = fields(x.id().toString(), x.source());
              f.put("tier", c.tier().toString());
              f.put("scope", scope);
              f.put("comparator", "EQUAL_TO");
              amount(f, "amount", "unit", x.requiredFlag());
              thresholds.add(
                  new Cell(
                      "thresholds",
                      x.indicator().toString(),
                      d,
                      c.tier() + " (" + scope + "): = " + Text.amount(x.requiredFlag()),
                      "",
                      f));
            }
          });
    }
    List<Cell> incentives = new ArrayList<>();
    for (Incentive i : catalog.facts(Incentive.class)) {
      String key =
          i.trigger()
              .tier()
              .map(Object::toString)
              .orElse(i.trigger().kind() + i.trigger().level().map(l -> " " + l).orElse(""));
      Map<String, String> f = fields(i.id().toString(), i.source());
      i.trigger().tier().ifPresent(x -> f.put("tier", x.toString()));
      f.put("kind", i.kind().toString());
      i.amount().ifPresent(a -> amount(f, "amount", "unit", a));
      i.cap().ifPresent(a -> amount(f, "cap", "cap_unit", a));
      i.years().ifPresent(y -> f.put("years", y.toString()));
      f.put("funding_jurisdiction", i.fundingJurisdiction().toString());
      incentives.add(
          new Cell(
              "incentives",
              key,
              catalog.documentOf(i.id()),
              i.kind()
                  + i.amount().map(a -> " " + Text.amount(a)).orElse("")
                  + i.cap().map(a -> ", cap " + Text.amount(a)).orElse("")
                  + i.years().map(y -> ", " + y + " years").orElse("")
                  + " ("
                  + i.fundingJurisdiction()
                  + ")",
              "",
              f));
    }
    List<List<Cell>> sections = List.of(targets, thresholds, incentives);
    String out;
    switch (format.get()) {
      case CSV:
        out = csv(sections);
        break;
      case JSON:
        {
          com.fasterxml.jackson.databind.node.ArrayNode rows = MatchJson.PRETTY.createArrayNode();
          sorted(sections)
              .forEach(
                  c -> {
                    com.fasterxml.jackson.databind.node.ObjectNode n = rows.addObject();
                    row(c)
                        .forEach(
                            (k, v) -> {
                              if (!v.isEmpty()) {
                                n.put(k, v);
                              }
                            });
                  });
          out = PolicyJson.write(rows) + "\n";
          break;
        }
      default:
        out = markdown(catalog, targets, thresholds, incentives);
    }
    spec.commandLine().getOut().print(out);
    spec.commandLine().getOut().flush();
    return 0;
  }

  static String target(Target t) {
    String value =
        t.upper()
            .map(u -> Text.amount(t.value()) + "–" + Text.amount(u))
            .orElse(comparator(t) + Text.amount(t.value()));
    StringBuilder s = new StringBuilder(value);
    s.append(' ').append(t.cadence().toString().toLowerCase(Locale.ROOT).replace('_', ' '));
    t.deadline().ifPresent(d -> s.append(' ').append(d));
    t.period().ifPresent(p -> s.append(", period ").append(p));
    s.append(", ").append(t.basis().toString().toLowerCase(Locale.ROOT).replace('_', ' '));
    s.append(", ").append(t.commitment().toString().toLowerCase(Locale.ROOT));
    return s.toString();
  }

  private static String comparator(Target t) {
    switch (t.comparator()) {
      case AT_LEAST:
        return "≥ ";
      case MORE_THAN:
        return "> ";
      case EXACTLY:
        return "";
      case ABOUT:
        return "≈ ";
      case AT_MOST:
        return "≤ ";
      default:
        return "";
    }
  }

  /**
   * A target over a whole plan period divided by the period's years, so that plans of different
   * lengths compare. Only for amounts added over the period: a level to reach (cumulative) or a
   * yearly figure has no per-year share.
   */
  static Optional<String> perYear(Target t) {
    return perYearAmount(t).map(per -> Text.amount(Quantity.of(per, t.value().unit())) + "/yr");
  }

  /** The per-year figure of {@link #perYear}, in the target's unit. */
  static Optional<BigDecimal> perYearAmount(Target t) {
    boolean additive =
        t.cadence() == TargetCadence.OVER_PERIOD
            || (t.cadence() == TargetCadence.BY_DEADLINE && t.basis() == TargetBasis.NEW);
    if (!additive || t.period().isEmpty() || t.period().get().end().isEmpty()) {
      return Optional.empty();
    }
    long months = ChronoUnit.MONTHS.between(t.period().get().start(), t.period().get().end().get());
    if (months <= 0) {
      return Optional.empty();
    }
    BigDecimal years =
        BigDecimal.valueOf(months).divide(BigDecimal.valueOf(12), 4, RoundingMode.HALF_UP);
    BigDecimal per = t.value().amount().divide(years, 2, RoundingMode.HALF_UP).stripTrailingZeros();
    return Optional.of(per.scale() < 0 ? per.setScale(0) : per);
  }

  /**
   * Columns: national, provincial, prefecture then county documents, so peers of a level sit
   * together.
   */
  private static List<PolicyDocument> columns(Catalog catalog, List<Cell> cells) {
    return cells.stream()
        .map(Cell::document)
        .distinct()
        .sorted(
            Comparator.comparing(
                    (PolicyDocument d) -> catalog.jurisdiction(d.jurisdiction()).level())
                .thenComparing(PolicyDocument::jurisdiction)
                .thenComparing(PolicyDocument::id))
        .toList();
  }

  private static String markdown(
      Catalog catalog, List<Cell> targets, List<Cell> thresholds, List<Cell> incentives) {
    StringBuilder b = new StringBuilder("# Regional comparison\n");
    section(
        b,
        catalog,
        "Targets by metric key",
        "metric",
        targets,
        "Per-year figures divide a target added over a plan period by the period's length.",
        key -> key + " " + catalog.targets(key).get(0).metric().zh());
    section(
        b,
        catalog,
        "Thresholds by indicator",
        "indicator",
        thresholds,
        "Each cell: tier (track or common part): bound. Money in 万元.",
        key ->
            key
                + catalog
                    .indicators()
                    .find(IndicatorId.of(key))
                    .map(i -> " " + i.name().zh())
                    .orElse(""));
    section(
        b,
        catalog,
        "Incentives by trigger",
        "trigger",
        incentives,
        "Each cell: kind, amount in 万元, (funding jurisdiction).",
        key ->
            key
                + catalog.tiers().stream()
                    .filter(t -> t.id().toString().equals(key))
                    .findFirst()
                    .map(t -> " " + t.name().zh())
                    .orElse(""));
    return b.toString();
  }

  private static void section(
      StringBuilder b,
      Catalog catalog,
      String title,
      String keyHeader,
      List<Cell> cells,
      String legend,
      Function<String, String> keyLabel) {
    b.append("\n## ").append(title).append("\n\n");
    if (cells.isEmpty()) {
      b.append("_None encoded._\n");
      return;
    }
    b.append(legend).append("\n\n");
    List<PolicyDocument> columns = columns(catalog, cells);
    b.append("| ").append(keyHeader);
    for (PolicyDocument d : columns) {
      b.append(" | ")
          .append(md(Text.name(catalog.jurisdiction(d.jurisdiction()).name()) + " · " + d.id()));
    }
    b.append(" |\n|---").append("|---".repeat(columns.size())).append("|\n");
    Map<String, Map<DocumentId, List<String>>> rows = new TreeMap<>();
    for (Cell c : cells) {
      rows.computeIfAbsent(c.key(), k -> new LinkedHashMap<>())
          .computeIfAbsent(c.document().id(), k -> new ArrayList<>())
          .add(c.value() + (c.perYear().isEmpty() ? "" : " (" + c.perYear() + ")"));
    }
    rows.forEach(
        (key, byDoc) -> {
          b.append("| ").append(md(keyLabel.apply(key)));
          for (PolicyDocument d : columns) {
            List<String> values = byDoc.getOrDefault(d.id(), List.of());
            b.append(" | ")
                .append(
                    values.isEmpty()
                        ? "—"
                        : values.stream()
                            .map(CompareCommand::md)
                            .collect(Collectors.joining("<br>")));
          }
          b.append(" |\n");
        });
  }

  private static String md(String s) {
    return s.replace("|", "\\|");
  }

  /**
   * Tidy long form, one fact per row and one value per column, which spreadsheets and R pivot as
   * they like.
   */
  private static String csv(List<List<Cell>> sections) {
    Csv csv = new Csv(COLUMNS.toArray(String[]::new));
    sorted(sections).forEach(c -> csv.row(row(c).values().toArray(String[]::new)));
    return csv.toString();
  }

  private static List<Cell> sorted(List<List<Cell>> sections) {
    List<Cell> all = new ArrayList<>();
    for (List<Cell> cells : sections) {
      cells.stream()
          .sorted(
              Comparator.comparing(Cell::key)
                  .thenComparing(c -> c.document().jurisdiction())
                  .thenComparing(c -> c.document().id()))
          .forEach(all::add);
    }
    return all;
  }

  /** A cell's fields in {@link #COLUMNS} order, empty where the fact says nothing. */
  private static Map<String, String> row(Cell c) {
    Map<String, String> r = new LinkedHashMap<>();
    for (String col : COLUMNS) {
      r.put(col, "");
    }
    r.put("section", c.section());
    r.put("key", c.key());
    r.put("document", c.document().id().toString());
    r.put("jurisdiction", c.document().jurisdiction().toString());
    r.putAll(c.fields());
    return r;
  }

  private static Map<String, String> fields(
      String fact, io.github.srdipolicy.model.SourceRef source) {
    Map<String, String> f = new LinkedHashMap<>();
    f.put("fact", fact);
    f.put("clause", source.clause());
    f.put("confidence", source.confidence().toString());
    return f;
  }

  private static void amount(Map<String, String> f, String amount, String unit, Quantity q) {
    f.put(amount, q.amount().toPlainString());
    f.put(unit, q.unit().toString());
  }
}
