package io.github.srdipolicy.assessment;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import java.math.BigDecimal;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The summary document of an {@link Assessment}: what a portal, the CLI's {@code match --format
 * json} and the HTTP service send for one firm, described by {@code assessment-summary.schema.json}
 * ({@link #schema()}).
 *
 * <p>It says everything the assessment says, once: each tier appears once in {@code tiers} (keyed
 * by id) and the ladders name their rungs; each clause appears once in {@code sources} (keyed
 * {@code s1}, {@code s2}, …) and the ladders, tiers, reasons, shortfalls and rewards refer to it by
 * key; empty lists, absent values and false flags are left out; a reason carries no outcome of its
 * own (it is the outcome of its tier's criteria), a tier's reward no tier or date of its own (they
 * are the tier's, on its recognition date or else the assessment date). The full trace is not in
 * it: {@link Assessor#trace} gives it on demand.
 */
public final class SummaryJson {
  private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

  private final Catalog catalog;
  private final Map<SourceRef, String> sources = new LinkedHashMap<>();

  private SummaryJson(Catalog catalog) {
    this.catalog = catalog;
  }

  /**
   * Writes the summary document of an assessment.
   *
   * @param a the assessment, not null
   * @param catalog the catalogue it was made from (for the clause of each tier's criteria), not
   *     null
   * @return a new JSON object, never null
   */
  public static ObjectNode tree(Assessment a, Catalog catalog) {
    return new SummaryJson(Objects.requireNonNull(catalog, "catalog"))
        .write(Objects.requireNonNull(a, "a"));
  }

  /**
   * Returns the JSON Schema (draft 2020-12) of the summary document, as shipped in the jar.
   *
   * @return the schema text, never null
   */
  public static String schema() {
    try (java.io.InputStream in =
        SummaryJson.class.getResourceAsStream(
            "/io/github/srdipolicy/json/assessment-summary.schema.json")) {
      if (in == null) {
        throw new IllegalStateException(
            "Missing resource assessment-summary.schema.json in the policy-model jar");
      }
      return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private ObjectNode write(Assessment a) {
    ObjectNode root = NODES.objectNode();
    ObjectNode firm = root.putObject("firm");
    a.name().ifPresent(n -> firm.put("name", n));
    firm.put("jurisdiction", a.jurisdiction().toString());
    root.put("asOf", a.asOf().toString());
    codes(root, "chain", a.chain());
    codes(root, "levelsWithoutDocuments", a.levelsWithoutDocuments());
    ArrayNode ladders = root.putArray("ladders");
    for (LadderAssessment l : a.ladders()) {
      ObjectNode n = ladders.addObject();
      l.ladder().ifPresent(id -> n.put("id", id.toString()));
      n.set("label", text(l.label()));
      l.source().ifPresent(s -> n.put("source", source(s)));
      ArrayNode rungs = n.putArray("rungs");
      l.rungs().forEach(t -> rungs.add(t.toString()));
      l.nextRung().ifPresent(t -> n.put("nextRung", t.toString()));
    }
    ObjectNode tiers = root.putObject("tiers");
    for (TierAssessment t : a.tiers()) {
      tiers.set(t.tier().toString(), tier(t));
    }
    if (!a.rewardsDue().isEmpty()) {
      ArrayNode due = root.putArray("rewardsDue");
      a.rewardsDue().forEach(r -> due.add(reward(r, true)));
    }
    if (!a.nextQuestions().isEmpty()) {
      ArrayNode qs = root.putArray("nextQuestions");
      a.nextQuestions().forEach(q -> qs.add(question(q)));
    }
    ArrayNode docs = root.putArray("documents");
    for (DocumentInForce d : a.documents()) {
      ObjectNode n = docs.addObject().put("document", d.document().toString());
      n.set("title", text(d.title()));
      n.put("jurisdiction", d.jurisdiction().toString())
          .put("from", d.validity().start().toString());
      d.validity().end().ifPresent(e -> n.put("until", e.toString()));
      n.put("criteria", d.criteria());
    }
    ObjectNode table = root.putObject("sources");
    sources.forEach(
        (s, key) -> {
          ObjectNode n =
              table
                  .putObject(key)
                  .put("document", s.document().toString())
                  .put("clause", s.clause())
                  .put("confidence", s.confidence().toString());
          s.provenance().ifPresent(p -> n.put("provenance", p));
        });
    return root;
  }

  private ObjectNode tier(TierAssessment t) {
    ObjectNode n = NODES.objectNode();
    n.set("name", text(t.name()));
    n.put("level", t.level().toString()).put("jurisdiction", t.jurisdiction().toString());
    n.put("standing", t.standing().toString());
    // Only a held tier's outcome says more than its standing.
    t.outcome()
        .filter(o -> t.standing() == Standing.HELD)
        .ifPresent(o -> n.put("outcome", o.toString()));
    t.recognised().ifPresent(d -> n.put("recognised", d.toString()));
    t.criteria()
        .ifPresent(
            c ->
                n.put("criteria", c.toString())
                    .put("source", source(catalog.fact(c, EligibilityCriteria.class).source())));
    ids(n, "alsoInForce", t.alsoInForce());
    n.set("summary", text(t.summary()));
    if (!t.reasons().isEmpty()) {
      ArrayNode reasons = n.putArray("reasons");
      for (Reason r : t.reasons()) {
        ObjectNode rn = reasons.addObject().put("condition", r.condition().toString());
        rn.set("label", text(r.label()));
        r.actual().ifPresent(q -> rn.set("actual", quantity(q)));
        r.operator().ifPresent(o -> rn.put("operator", o.toString()));
        r.required().ifPresent(q -> rn.set("required", quantity(q)));
        rn.put("source", source(r.source()));
      }
    }
    if (!t.missingInputs().isEmpty()) {
      ArrayNode missing = n.putArray("missing");
      t.missingInputs().forEach(i -> missing.add(i.toString()));
    }
    if (!t.shortfalls().isEmpty()) {
      ArrayNode shortfalls = n.putArray("shortfalls");
      for (Shortfall s : t.shortfalls()) {
        ObjectNode sn = shortfalls.addObject().put("condition", s.condition().toString());
        sn.set("label", text(s.label()));
        sn.put("input", s.input().toString());
        s.actual().ifPresent(q -> sn.set("actual", quantity(q)));
        s.operator().ifPresent(o -> sn.put("operator", o.toString()));
        s.required().ifPresent(q -> sn.set("required", quantity(q)));
        s.distance().ifPresent(q -> sn.set("distance", quantity(q)));
        sn.set("text", text(s.text()));
        sn.put("source", source(s.source()));
      }
    }
    if (!t.rewards().isEmpty()) {
      ArrayNode rewards = n.putArray("rewards");
      t.rewards().forEach(r -> rewards.add(reward(r, false)));
    }
    if (t.restsOnSecondarySources()) {
      n.put("secondarySources", true);
    }
    return n;
  }

  private ObjectNode reward(RewardDue r, boolean withTier) {
    ObjectNode n = NODES.objectNode().put("incentive", r.incentive().toString());
    n.set("label", text(r.label()));
    if (withTier) {
      n.put("tier", r.tier().toString()).put("recognised", r.recognised().toString());
    }
    n.put("due", r.due());
    r.amount().ifPresent(q -> n.set("amount", quantity(q)));
    r.amount()
        .filter(q -> q.kind() == ValueKind.MONEY)
        .ifPresent(q -> n.put("amountWanYuan", plain(q.to(Unit.WAN_YUAN).amount())));
    n.put("rule", r.rule().toString());
    n.set("explanation", text(r.explanation()));
    ArrayNode s = n.putArray("sources");
    r.sources().stream().map(this::source).distinct().forEach(s::add);
    return n;
  }

  /**
   * Writes a question as the summary and the HTTP service's questionnaire send it: the input, the
   * kind of answer, the text, the unit and range, the choices, the window and definition, the tiers
   * it bears on and decides, and its weight.
   *
   * @param q the question, not null
   * @return a new JSON object, never null
   */
  public static ObjectNode question(Question q) {
    ObjectNode n =
        NODES.objectNode().put("input", q.input().toString()).put("kind", q.kind().toString());
    n.set("question", text(q.text()));
    q.unit()
        .ifPresent(
            u -> {
              n.put("unit", u.toString());
              if (!u.zhSymbol().isEmpty() || !u.enSymbol().isEmpty()) {
                n.putObject("unitSymbol").put("zh", u.zhSymbol()).put("en", u.enSymbol());
              }
            });
    q.minimum().ifPresent(m -> n.put("minimum", plain(m)));
    q.maximum().ifPresent(m -> n.put("maximum", plain(m)));
    if (!q.choices().isEmpty() && q.kind() != Question.Kind.YES_NO) {
      // Yes/no questions take yes or no (是/否): the kind says so, their choices need no listing.
      ArrayNode choices = n.putArray("choices");
      q.choices()
          .forEach(c -> choices.addObject().put("value", c.value()).set("label", text(c.label())));
    }
    q.window().ifPresent(w -> n.set("window", text(w)));
    q.definition().ifPresent(d -> n.set("definition", text(d)));
    ids(n, "tiers", q.affects());
    ids(n, "decides", q.decides());
    n.put("weight", Math.round(q.score() * 1000) / 1000.0);
    return n;
  }

  private String source(SourceRef s) {
    return sources.computeIfAbsent(s, x -> "s" + (sources.size() + 1));
  }

  private static void codes(ObjectNode n, String field, List<JurisdictionCode> codes) {
    if (!codes.isEmpty()) {
      ArrayNode a = n.putArray(field);
      codes.forEach(c -> a.add(c.toString()));
    }
  }

  private static void ids(ObjectNode n, String field, List<?> ids) {
    if (!ids.isEmpty()) {
      ArrayNode a = n.putArray(field);
      ids.forEach(i -> a.add(i.toString()));
    }
  }

  private static ObjectNode text(LocalizedText t) {
    return NODES.objectNode().put("zh", t.zh()).put("en", t.en());
  }

  private static ObjectNode quantity(Quantity q) {
    return NODES.objectNode().put("amount", plain(q.amount())).put("unit", q.unit().toString());
  }

  private static String plain(BigDecimal d) {
    return d.stripTrailingZeros().toPlainString();
  }
}
