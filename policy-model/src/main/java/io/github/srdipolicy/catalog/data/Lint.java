package io.github.srdipolicy.catalog.data;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.github.srdipolicy.json.PolicyJson;
import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.AtLeast;
import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.ClauseStatus;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.Interval;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.ScoreBand;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.ValueKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The authoring checks of data files: what the loader cannot reject on its own because it needs the
 * rest of the document or the catalogue.
 *
 * <p>Errors: an indicator or tier no document or source defines; a threshold or band in a unit its
 * indicator does not accept; a comparison on a yes/no indicator (a {@link Status} test is the one
 * way to write it) or a status test on an indicator that is not yes/no; an at-least-N with fewer
 * than N children; banded conditions or score bands that overlap; a fact citing a clause missing
 * from its document's outline; a criteria using a declaration its file does not list under {@code
 * declarations}. Warnings: an indicator a file introduces that no fact uses; a declaration a file
 * lists that no criteria uses; a clause marked encoded that no fact cites; gaps between bands; two
 * criteria for the same tier in force on the same day with no stated precedence; an English label
 * that only repeats the Chinese. Each finding names the file, the line, the column and the fact id.
 * {@link DataFileSource} runs the checks that need no other file on load and rejects a file with
 * errors; {@code policy lint} runs them all.
 */
public final class Lint {
  /** The JSON mapper, built only by {@code policy lint}: the loader's checks do without it. */
  private static final class Json {
    static final ObjectMapper MAPPER = PolicyJson.mapper();
  }

  /** How serious a finding is. */
  public enum Severity {
    /** The data is wrong or ambiguous: the file is rejected on load. */
    ERROR,
    /** The data is probably incomplete: worth a look by the author. */
    WARNING
  }

  /**
   * One finding.
   *
   * @param severity how serious it is
   * @param file the file, as given to the loader
   * @param line the line, 1-based, or 0 if not known
   * @param column the column, 1-based, or 0 if not known
   * @param factId the fact (or {@code clause <path>}) the finding is about
   * @param message what is wrong
   */
  public record Finding(
      Severity severity, String file, int line, int column, String factId, String message) {
    @Override
    public String toString() {
      return file + ":" + line + ":" + column + ": " + severity + " [" + factId + "] " + message;
    }
  }

  private final List<Finding> findings = new ArrayList<>();
  private final IndicatorRegistry indicators;
  private final Set<TierId> tiers;
  private final boolean local;

  /** The declarations the criteria of the file being checked use. */
  private final Set<String> usedDeclarations = new HashSet<>();

  /** Clauses of each document cited by facts of any document, for the check of encoded clauses. */
  private final Map<String, Set<String>> citations = new java.util.HashMap<>();

  private Lint(IndicatorRegistry indicators, Set<TierId> tiers, boolean local) {
    this.indicators = indicators;
    this.tiers = tiers;
    this.local = local;
  }

  /**
   * Runs the checks that need nothing beyond the file itself (as on load).
   *
   * @param file the file, not null
   * @return the findings, in file order, never null
   */
  public static List<Finding> checkFile(DocumentFile file) {
    Lint lint = new Lint(null, Set.of(), true);
    lint.document(file);
    return List.copyOf(lint.findings);
  }

  /**
   * Runs every check on some files against the rest of the catalogue.
   *
   * @param files the files to check, not null
   * @param others the other documents in the catalogue (for tiers, indicator use and overlapping
   *     criteria), not null; documents with the id of a checked file are ignored
   * @param known every indicator defined outside the files (the standard ones and other sources'),
   *     not null
   * @return the findings, file by file, never null
   */
  public static List<Finding> check(
      Collection<DocumentFile> files,
      Collection<PolicyDocument> others,
      Collection<Indicator> known) {
    Set<String> checked = new HashSet<>();
    files.forEach(f -> checked.add(f.document().id().toString()));
    List<PolicyDocument> all = new ArrayList<>();
    files.forEach(f -> all.add(f.document()));
    others.stream().filter(d -> !checked.contains(d.id().toString())).forEach(all::add);
    List<Indicator> inds = new ArrayList<>(known);
    Set<IndicatorId> seen = new HashSet<>();
    inds.forEach(i -> seen.add(i.id()));
    files.forEach(f -> f.indicators().stream().filter(i -> seen.add(i.id())).forEach(inds::add));
    Set<TierId> tiers = new HashSet<>();
    all.forEach(d -> d.tiers().forEach(t -> tiers.add(t.id())));
    Lint lint = new Lint(IndicatorRegistry.of(inds), tiers, false);
    for (PolicyDocument d : all) {
      List<Citation> cites = new ArrayList<>();
      sources(Json.MAPPER.valueToTree(d), null, cites);
      cites.forEach(
          c -> lint.citations.computeIfAbsent(c.document(), k -> new HashSet<>()).add(c.clause()));
    }
    Set<IndicatorId> used = new HashSet<>();
    all.forEach(d -> indicatorsUsed(d, used));
    for (DocumentFile f : files) {
      lint.document(f);
      for (Indicator i : f.indicators()) {
        if (!used.contains(i.id())) {
          lint.add(
              Severity.WARNING,
              f,
              i.id().toString(),
              "indicator " + i.id() + " is introduced but no fact uses it");
        }
      }
    }
    lint.overlappingCriteria(files, all);
    return List.copyOf(lint.findings);
  }

  /**
   * The errors {@link #checkFile} finds, found without serialising the document: the citations are
   * read from the tree the document was bound from (the model's JSON form, as written in the file),
   * and the checks that can only warn are left to {@code policy lint}. On load this spares a
   * serialisation of every document through Jackson (its cold start cost as much as the parse).
   *
   * @param file the file as read
   * @param written the tree the document was bound from
   * @return the errors, in file order
   */
  static List<Finding> loadErrors(DocumentFile file, Node written) {
    Lint lint = new Lint(null, Set.of(), true);
    lint.criteria(file);
    List<Citation> cites = new ArrayList<>();
    sources(written, null, cites);
    lint.clauses(file, cites);
    // Loops rather than lambdas on this path, which every cold catalogue load runs: each lambda
    // costs a class spun at run time on its first use (issue #11).
    List<Finding> errors = new ArrayList<>();
    for (Finding x : lint.findings) {
      if (x.severity() == Severity.ERROR) {
        errors.add(x);
      }
    }
    return errors;
  }

  private void add(Severity s, DocumentFile f, String id, String message) {
    Finding finding = new Finding(s, f.file(), f.lineOf(id), f.columnOf(id), id, message);
    if (!findings.contains(finding)) {
      findings.add(finding);
    }
  }

  private void document(DocumentFile f) {
    criteria(f);
    JsonNode tree = Json.MAPPER.valueToTree(f.document());
    List<Citation> cites = new ArrayList<>();
    sources(tree, null, cites);
    clauses(f, cites);
    labels(tree, null, f);
  }

  /** The checks of criteria and tiers, on the model. */
  private void criteria(DocumentFile f) {
    PolicyDocument d = f.document();
    usedDeclarations.clear();
    for (EligibilityCriteria c : d.criteria()) {
      if (!local && !tiers.contains(c.tier())) {
        add(
            Severity.ERROR,
            f,
            c.id().toString(),
            "criteria for tier " + c.tier() + ", which no document defines");
      }
      if (c.common().isPresent()) {
        condition(f, c.common().get());
      }
      for (Track t : c.tracks()) {
        condition(f, t.condition());
      }
    }
    for (String key : f.declarations()) {
      if (!usedDeclarations.contains(key)) {
        add(
            Severity.WARNING,
            f,
            "declaration " + key,
            "declaration " + key + " is declared but no criteria uses it");
      }
    }
    if (!local) {
      for (Tier t : d.tiers()) {
        t.prerequisites().stream()
            .filter(p -> !tiers.contains(p))
            .forEach(
                p ->
                    add(
                        Severity.ERROR,
                        f,
                        t.id().toString(),
                        "prerequisite tier " + p + " is not defined"));
      }
    }
  }

  private void condition(DocumentFile f, Condition c) {
    String id = c.id().toString();
    if (c instanceof Comparison x) {
      if (x.threshold().kind() == ValueKind.STATUS) {
        add(
            Severity.ERROR,
            f,
            id,
            "compares the yes/no indicator "
                + x.indicator()
                + " with "
                + Notation.amount(x.threshold())
                + "; write 'status: "
                + (flagOf(x) ? "yes" : "no")
                + "' instead of '"
                + Notation.word(x.operator())
                + "'");
      } else {
        unit(f, id, x.indicator(), x.threshold());
        yesNo(f, id, x.indicator(), x.operator());
      }
    } else if (c instanceof Status x) {
      status(f, id, x.indicator());
    } else if (c instanceof SumComparison x) {
      for (IndicatorId i : x.indicators()) {
        unit(f, id, i, x.threshold());
      }
    } else if (c instanceof AllOf x) {
      conditions(f, x.conditions());
    } else if (c instanceof AnyOf x) {
      conditions(f, x.conditions());
    } else if (c instanceof AtLeast x) {
      if (x.conditions().size() < x.count()) {
        add(
            Severity.ERROR,
            f,
            id,
            "at least "
                + x.count()
                + " of "
                + x.conditions().size()
                + " conditions can never hold");
      }
      conditions(f, x.conditions());
    } else if (c instanceof Banded x) {
      List<Interval> ranges = new ArrayList<>();
      for (Band b : x.bands()) {
        ranges.add(b.range());
        units(f, id, x.indicator(), b.range());
        if (b.then().isPresent()) {
          condition(f, b.then().get());
        }
      }
      bands(f, id, "bands", ranges);
    } else if (c instanceof Scorecard x) {
      for (ScoreItem item : x.items()) {
        List<Interval> ranges = new ArrayList<>();
        for (ScoreBand b : item.bands()) {
          ranges.add(b.range());
          units(f, id, item.indicator(), b.range());
        }
        bands(f, id, "score bands of " + item.indicator(), ranges);
      }
    } else if (c instanceof Qualitative x) {
      usedDeclarations.add(x.declaration());
      if (!f.declarations().contains(x.declaration())) {
        add(
            Severity.ERROR,
            f,
            id,
            "uses declaration "
                + x.declaration()
                + ", which the file does not list under 'declarations'");
      }
    } else if (c instanceof HoldsTier x) {
      if (!local && !tiers.contains(x.tier())) {
        add(Severity.ERROR, f, id, "holds tier " + x.tier() + ", which no document defines");
      }
    }
  }

  private void conditions(DocumentFile f, List<Condition> cs) {
    for (Condition y : cs) {
      condition(f, y);
    }
  }

  private void units(DocumentFile f, String id, IndicatorId indicator, Interval range) {
    if (range.lower().isPresent()) {
      unit(f, id, indicator, range.lower().get());
    }
    if (range.upper().isPresent()) {
      unit(f, id, indicator, range.upper().get());
    }
  }

  /** The value a comparison on a flag asks for, as a status: "≥ 1 flag" and "= 1 flag" ask yes. */
  private static boolean flagOf(Comparison x) {
    int sign = x.threshold().amount().signum();
    return switch (x.operator()) {
      case AT_LEAST, EQUAL_TO -> sign > 0;
      case GREATER_THAN -> true;
      case AT_MOST, LESS_THAN -> false;
    };
  }

  /**
   * A comparison on a yes/no indicator whose bound is not written as a flag (found with the
   * catalogue only).
   */
  private void yesNo(
      DocumentFile f, String id, IndicatorId indicator, io.github.srdipolicy.model.Operator op) {
    if (!local) {
      indicators
          .find(indicator)
          .filter(i -> i.kind() == ValueKind.STATUS)
          .ifPresent(
              i ->
                  add(
                      Severity.ERROR,
                      f,
                      id,
                      "compares the yes/no indicator "
                          + indicator
                          + "; write 'status: yes' or 'status: no' instead of '"
                          + Notation.word(op)
                          + "'"));
    }
  }

  /** A status test needs an indicator of yes/no kind. */
  private void status(DocumentFile f, String id, IndicatorId indicator) {
    if (local) {
      return;
    }
    Optional<Indicator> i = indicators.find(indicator);
    if (i.isEmpty()) {
      add(
          Severity.ERROR,
          f,
          id,
          "indicator " + indicator + " is not defined (neither standard nor in a data file)");
    } else if (i.get().kind() != ValueKind.STATUS) {
      add(
          Severity.ERROR,
          f,
          id,
          "tests the status of "
              + indicator
              + ", which is measured in "
              + i.get().unit()
              + ", not a yes/no indicator; compare it with a bound instead");
    }
  }

  private void unit(DocumentFile f, String id, IndicatorId indicator, Quantity bound) {
    if (local) {
      return;
    }
    Optional<Indicator> i = indicators.find(indicator);
    if (i.isEmpty()) {
      add(
          Severity.ERROR,
          f,
          id,
          "indicator " + indicator + " is not defined (neither standard nor in a data file)");
    } else if (!i.get().unit().isCompatibleWith(bound.unit())) {
      add(
          Severity.ERROR,
          f,
          id,
          "compares "
              + indicator
              + ", measured in "
              + i.get().unit()
              + ", with "
              + Notation.amount(bound)
              + " ("
              + bound.unit()
              + ")");
    }
  }

  /** Bands sorted by their lower bound must neither overlap nor leave a gap between neighbours. */
  private void bands(DocumentFile f, String id, String what, List<Interval> ranges) {
    List<Interval> sorted = new ArrayList<>(ranges);
    // Unbounded below first. One plain comparator: Comparator.comparing and nullsFirst would spin
    // several lambda classes on every cold load.
    sorted.sort(
        (a, b) ->
            a.lower().isEmpty()
                ? (b.lower().isEmpty() ? 0 : -1)
                : b.lower().isEmpty() ? 1 : a.lower().get().compareTo(b.lower().get()));
    for (int k = 1; k < sorted.size(); k++) {
      Interval a = sorted.get(k - 1);
      Interval b = sorted.get(k);
      if (a.upper().isEmpty() || b.lower().isEmpty()) {
        add(Severity.ERROR, f, id, what + " overlap: " + interval(a) + " and " + interval(b));
        continue;
      }
      int cmp = a.upper().get().compareTo(b.lower().get());
      if (cmp > 0 || (cmp == 0 && a.upperInclusive() && b.lowerInclusive())) {
        add(Severity.ERROR, f, id, what + " overlap: " + interval(a) + " and " + interval(b));
      } else if (cmp < 0 || (!a.upperInclusive() && !b.lowerInclusive())) {
        add(
            Severity.WARNING,
            f,
            id,
            what + " leave a gap between " + interval(a) + " and " + interval(b));
      }
    }
  }

  static String interval(Interval r) {
    return (r.lower().isPresent()
            ? (r.lowerInclusive() ? "[" : "(") + Notation.amount(r.lower().get())
            : "(-∞")
        + ", "
        + (r.upper().isPresent()
            ? Notation.amount(r.upper().get()) + (r.upperInclusive() ? "]" : ")")
            : "∞)");
  }

  /**
   * Facts citing clauses missing from a non-empty outline; encoded clauses that no fact cites (in
   * any document checked or known; on load, only the file's own facts count, and this is a
   * warning).
   */
  private void clauses(DocumentFile f, List<Citation> cites) {
    PolicyDocument d = f.document();
    if (d.outline().isEmpty()) {
      return;
    }
    Set<String> outline = new HashSet<>();
    for (io.github.srdipolicy.model.Clause c : d.outline()) {
      outline.add(c.path());
    }
    Set<String> cited = new HashSet<>(citations.getOrDefault(d.id().toString(), Set.of()));
    String document = d.id().toString();
    for (Citation c : cites) {
      if (!c.document().equals(document)) {
        continue;
      }
      cited.add(c.clause());
      if (!outline.contains(c.clause())) {
        add(
            Severity.ERROR,
            f,
            c.factId(),
            "cites clause " + c.clause() + ", which is not in the outline");
      }
    }
    for (io.github.srdipolicy.model.Clause c : d.outline()) {
      if (c.status() == ClauseStatus.ENCODED && !cited.contains(c.path())) {
        findings.add(
            new Finding(
                Severity.WARNING,
                f.file(),
                f.lineOf("clause " + c.path()),
                f.columnOf("clause " + c.path()),
                "clause " + c.path(),
                "clause is marked ENCODED but no fact cites it"));
      }
    }
  }

  /** A source reference of a document: the fact it belongs to, the document and clause it names. */
  private record Citation(String factId, String document, String clause) {}

  /** Collects every source reference of a document (its JSON form) with the id of its fact. */
  private static void sources(JsonNode n, String factId, List<Citation> out) {
    if (n.isObject()) {
      String id = n.path("id").isTextual() ? n.get("id").asText() : factId;
      JsonNode s = n.get("source");
      if (s != null && s.isObject()) {
        out.add(new Citation(id, s.path("document").asText(), s.path("clause").asText()));
      }
      JsonNode also = n.get("alsoListedIn");
      if (also != null) {
        also.forEach(
            a -> out.add(new Citation(id, a.path("document").asText(), a.path("clause").asText())));
      }
      for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
        Map.Entry<String, JsonNode> e = it.next();
        if (!e.getKey().equals("source") && !e.getKey().equals("alsoListedIn")) {
          sources(e.getValue(), id, out);
        }
      }
    } else if (n.isArray()) {
      n.forEach(x -> sources(x, factId, out));
    }
  }

  /** The same over a file's tree in the model's form, as the loader has it. */
  private static void sources(Node n, String factId, List<Citation> out) {
    if (n.isMap()) {
      String written = n.string("id");
      String id = written != null ? written : factId;
      Node s = n.get("source");
      if (s != null && s.isMap()) {
        out.add(new Citation(id, text(s.get("document")), text(s.get("clause"))));
      }
      Node also = n.get("alsoListedIn");
      if (also != null && also.isList()) {
        for (Node a : also.items) {
          out.add(new Citation(id, text(a.get("document")), text(a.get("clause"))));
        }
      }
      for (Map.Entry<String, Node> e : n.fields.entrySet()) {
        if (!e.getKey().equals("source") && !e.getKey().equals("alsoListedIn")) {
          sources(e.getValue(), id, out);
        }
      }
    } else if (n.isList()) {
      for (Node x : n.items) {
        sources(x, factId, out);
      }
    }
  }

  private static String text(Node n) {
    return n != null && n.isScalar() ? n.text : "";
  }

  /** An English label that merely repeats the Chinese one is as good as missing. */
  private void labels(JsonNode n, String factId, DocumentFile f) {
    if (n.isObject()) {
      String id = n.path("id").isTextual() ? n.get("id").asText() : factId;
      if (n.size() == 2 && n.has("zh") && n.has("en")) {
        String zh = n.get("zh").asText();
        String en = n.get("en").asText();
        if (zh.equals(en)
            && zh.codePoints()
                .anyMatch(cp -> Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN)) {
          add(
              Severity.WARNING,
              f,
              id == null ? f.document().id().toString() : id,
              "the English label repeats the Chinese: " + zh);
        }
        return;
      }
      n.fields().forEachRemaining(e -> labels(e.getValue(), id, f));
    } else if (n.isArray()) {
      n.forEach(x -> labels(x, factId, f));
    }
  }

  private static void indicatorsUsed(PolicyDocument d, Set<IndicatorId> used) {
    Consumer<Condition> walk =
        new Consumer<>() {
          @Override
          public void accept(Condition c) {
            if (c instanceof Comparison x) {
              used.add(x.indicator());
            } else if (c instanceof Status x) {
              used.add(x.indicator());
            } else if (c instanceof SumComparison x) {
              used.addAll(x.indicators());
            } else if (c instanceof AllOf x) {
              x.conditions().forEach(this);
            } else if (c instanceof AnyOf x) {
              x.conditions().forEach(this);
            } else if (c instanceof AtLeast x) {
              x.conditions().forEach(this);
            } else if (c instanceof Banded x) {
              used.add(x.indicator());
              x.bands().forEach(b -> b.then().ifPresent(this));
            } else if (c instanceof Scorecard x) {
              x.items().forEach(i -> used.add(i.indicator()));
            }
          }
        };
    for (EligibilityCriteria c : d.criteria()) {
      c.common().ifPresent(walk);
      c.tracks().forEach(t -> walk.accept(t.condition()));
    }
  }

  /**
   * Two criteria for one tier whose documents are in force on a common day, with nothing saying
   * which prevails.
   */
  private void overlappingCriteria(Collection<DocumentFile> files, List<PolicyDocument> all) {
    Map<EligibilityCriteria, PolicyDocument> owner = new LinkedHashMap<>();
    for (PolicyDocument d : all) {
      d.criteria().forEach(c -> owner.put(c, d));
    }
    Map<String, DocumentFile> fileOf = new LinkedHashMap<>();
    files.forEach(f -> fileOf.put(f.document().id().toString(), f));
    Set<String> reported = new LinkedHashSet<>();
    List<EligibilityCriteria> criteria = new ArrayList<>(owner.keySet());
    for (int i = 0; i < criteria.size(); i++) {
      for (int j = i + 1; j < criteria.size(); j++) {
        EligibilityCriteria a = criteria.get(i);
        EligibilityCriteria b = criteria.get(j);
        if (!a.tier().equals(b.tier())
            || a.supersedes().contains(b.id())
            || b.supersedes().contains(a.id())) {
          continue;
        }
        Optional<LocalDate> common = Optional.empty();
        for (io.github.srdipolicy.model.ApplicationKind kind :
            io.github.srdipolicy.model.ApplicationKind.values()) {
          Optional<LocalDate> day =
              firstCommonDay(periods(a, owner.get(a), kind), periods(b, owner.get(b), kind));
          if (day.isPresent() && (common.isEmpty() || day.get().isBefore(common.get()))) {
            common = day;
          }
        }
        DocumentFile f =
            fileOf.getOrDefault(
                owner.get(a).id().toString(), fileOf.get(owner.get(b).id().toString()));
        if (common.isEmpty() || f == null || !reported.add(a.id() + " " + b.id())) {
          continue;
        }
        EligibilityCriteria mine = f.document().criteria().contains(a) ? a : b;
        EligibilityCriteria other = mine == a ? b : a;
        add(
            Severity.WARNING,
            f,
            mine.id().toString(),
            "criteria "
                + mine.id()
                + " and "
                + other.id()
                + " for tier "
                + a.tier()
                + " are both in force on "
                + common.get()
                + " and no precedence between them is stated");
      }
    }
  }

  /**
   * When criteria apply to a kind of application: their applicability, else their document's
   * validity.
   */
  private static List<io.github.srdipolicy.model.DateRange> periods(
      EligibilityCriteria c, PolicyDocument d, io.github.srdipolicy.model.ApplicationKind kind) {
    if (c.applicability().isEmpty()) {
      return List.of(d.validity());
    }
    return c.applicability().stream()
        .filter(x -> x.kinds().isEmpty() || x.kinds().contains(kind))
        .map(io.github.srdipolicy.model.Applicability::period)
        .toList();
  }

  private static Optional<LocalDate> firstCommonDay(
      List<io.github.srdipolicy.model.DateRange> as,
      List<io.github.srdipolicy.model.DateRange> bs) {
    Optional<LocalDate> first = Optional.empty();
    for (io.github.srdipolicy.model.DateRange a : as) {
      for (io.github.srdipolicy.model.DateRange b : bs) {
        LocalDate start = a.start().isAfter(b.start()) ? a.start() : b.start();
        if (a.contains(start)
            && b.contains(start)
            && (first.isEmpty() || start.isBefore(first.get()))) {
          first = Optional.of(start);
        }
      }
    }
    return first;
  }
}
