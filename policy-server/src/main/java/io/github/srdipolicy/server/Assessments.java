package io.github.srdipolicy.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.assessment.Assessment;
import io.github.srdipolicy.assessment.Assessor;
import io.github.srdipolicy.assessment.DocumentInForce;
import io.github.srdipolicy.assessment.LadderAssessment;
import io.github.srdipolicy.assessment.Question;
import io.github.srdipolicy.assessment.Reason;
import io.github.srdipolicy.assessment.Shortfall;
import io.github.srdipolicy.assessment.Standing;
import io.github.srdipolicy.assessment.TierAssessment;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The JSON of the API's firm answers, written from the core's {@link Assessor}: the assessment
 * (ladders bottom rung first, one standing per tier with reasons, shortfalls, missing inputs,
 * rewards and clauses), the next questions and what-if. The server adds only the form: names of
 * jurisdictions, amounts in 万元, the clause of each tier's criteria.
 */
final class Assessments {
  private final Catalog catalog;
  private final Assessor assessor;

  Assessments(Catalog catalog) {
    this.catalog = catalog;
    this.assessor = Assessor.of(catalog);
  }

  Assessment assess(EnterpriseProfile profile, LocalDate asOf) {
    return assessor.assess(profile, asOf);
  }

  List<Question> questions(EnterpriseProfile profile, LocalDate asOf) {
    return assessor.nextQuestions(profile, asOf);
  }

  ObjectNode summary(Assessment a, boolean trace, EnterpriseProfile profile) {
    ObjectNode root = Json.object();
    ObjectNode firm = root.putObject("firm");
    a.name().ifPresent(n -> firm.put("name", n));
    firm.put("jurisdiction", a.jurisdiction().toString());
    root.put("asOf", a.asOf().toString());
    ArrayNode chain = root.putArray("chain");
    for (JurisdictionCode c : a.chain()) {
      chain.add(Api.jurisdictionRef(catalog.jurisdiction(c)));
    }
    Map<TierId, ArrayNode> traces = trace ? traces(profile, a.asOf()) : Map.of();
    Set<TierId> onLadders = new HashSet<>();
    ArrayNode ladders = root.putArray("ladders");
    for (LadderAssessment l : a.ladders()) {
      ObjectNode ln = ladders.addObject();
      l.ladder().ifPresent(id -> ln.put("id", id.toString()));
      ln.set("label", Json.text(l.label()));
      l.source().ifPresent(s -> ln.set("source", Json.source(s)));
      l.nextRung().ifPresent(t -> ln.put("nextRung", t.toString()));
      ArrayNode rungs = ln.putArray("rungs");
      for (TierAssessment t : a.rungs(l)) {
        onLadders.add(t.tier());
        rungs.add(tier(t, traces.get(t.tier())));
      }
    }
    ArrayNode others = root.putArray("otherTiers");
    for (TierAssessment t : a.tiers()) {
      if (!onLadders.contains(t.tier())) {
        others.add(tier(t, traces.get(t.tier())));
      }
    }
    ObjectNode counts = root.putObject("counts");
    for (Standing s : Standing.values()) {
      counts.put(s.toString(), a.tiers().stream().filter(t -> t.standing() == s).count());
    }
    ArrayNode due = root.putArray("rewardsDue");
    a.rewardsDue().forEach(r -> due.add(reward(r)));
    ArrayNode docs = root.putArray("documents");
    for (DocumentInForce d : a.documents()) {
      ObjectNode dn = docs.addObject().put("id", d.document().toString());
      dn.set("title", Json.text(d.title()));
      dn.put("jurisdiction", d.jurisdiction().toString()).put("criteria", d.criteria());
    }
    ArrayNode qs = root.putArray("nextQuestions");
    a.nextQuestions().forEach(q -> qs.add(question(q)));
    return root;
  }

  private Map<TierId, ArrayNode> traces(EnterpriseProfile profile, LocalDate asOf) {
    Map<TierId, ArrayNode> m = new LinkedHashMap<>();
    assessor.trace(profile, asOf).forEach(r -> m.computeIfAbsent(r.tier(), t -> Json.array()).add(Json.tree(r)));
    return m;
  }

  private ObjectNode tier(TierAssessment t, ArrayNode reports) {
    ObjectNode n = Json.object().put("tier", t.tier().toString());
    n.set("name", Json.text(t.name()));
    n.put("level", t.level().toString()).put("jurisdiction", t.jurisdiction().toString());
    n.put("standing", t.standing().toString());
    t.outcome().ifPresent(o -> n.put("outcome", o.toString()));
    t.recognised().ifPresent(d -> n.put("recognised", d.toString()));
    t.criteria().ifPresent(c -> n.put("criteria", c.toString()));
    t.document().ifPresent(d -> n.put("document", d.toString()));
    ArrayNode also = n.putArray("alsoInForce");
    t.alsoInForce().forEach(f -> also.add(f.toString()));
    n.set("summary", Json.text(t.summary()));
    ArrayNode reasons = n.putArray("reasons");
    for (Reason r : t.reasons()) {
      ObjectNode rn = reasons.addObject().put("condition", r.condition().toString());
      rn.set("label", Json.text(r.label()));
      rn.put("outcome", r.outcome().toString());
      r.actual().ifPresent(q -> rn.set("actual", Json.quantity(q)));
      r.operator().ifPresent(o -> rn.put("operator", o.toString()));
      r.required().ifPresent(q -> rn.set("required", Json.quantity(q)));
      rn.set("source", Json.source(r.source()));
    }
    ArrayNode missing = n.putArray("missing");
    t.missingInputs().forEach(i -> missing.add(i.toString()));
    ArrayNode shortfalls = n.putArray("shortfalls");
    for (Shortfall s : t.shortfalls()) {
      ObjectNode sn = shortfalls.addObject().put("condition", s.condition().toString());
      sn.set("label", Json.text(s.label()));
      sn.put("input", s.input().toString());
      s.actual().ifPresent(q -> sn.set("actual", Json.quantity(q)));
      s.operator().ifPresent(o -> sn.put("operator", o.toString()));
      s.required().ifPresent(q -> sn.set("required", Json.quantity(q)));
      s.distance().ifPresent(q -> sn.set("distance", Json.quantity(q)));
      sn.set("text", Json.text(s.text()));
      sn.set("source", Json.source(s.source()));
    }
    ArrayNode rewards = n.putArray("rewards");
    t.rewards().forEach(r -> rewards.add(reward(r)));
    ArrayNode sources = n.putArray("sources");
    t.criteria().ifPresent(c -> sources.add(Json.source(catalog.fact(c, EligibilityCriteria.class).source())));
    n.put("restsOnSecondarySources", t.restsOnSecondarySources());
    if (reports != null) {
      n.set("reports", reports);
    }
    return n;
  }

  static ObjectNode reward(RewardDue r) {
    ObjectNode n = Json.object().put("incentive", r.incentive().toString());
    n.set("label", Json.text(r.label()));
    n.put("tier", r.tier().toString()).put("recognised", r.recognised().toString()).put("due", r.due());
    r.amount().ifPresent(q -> n.set("amount", Json.quantity(q)));
    r.amount().filter(q -> q.kind() == ValueKind.MONEY).ifPresent(q -> n.put("amountWanYuan", wan(q)));
    n.put("rule", r.rule().toString());
    n.set("explanation", Json.text(r.explanation()));
    ArrayNode s = n.putArray("sources");
    r.sources().forEach(x -> s.add(Json.source(x)));
    return n;
  }

  private static String wan(Quantity q) {
    return q.to(Unit.WAN_YUAN).amount().stripTrailingZeros().toPlainString();
  }

  static ObjectNode question(Question q) {
    ObjectNode n = Json.object().put("input", q.input().toString()).put("inputKind", q.input().kind().toString())
        .put("id", q.input().id()).put("kind", q.kind().toString());
    n.set("question", Json.text(q.text()));
    q.unit().ifPresent(u -> {
      n.put("unit", u.toString());
      n.set("unitSymbol", Json.object().put("zh", u.zhSymbol()).put("en", u.enSymbol()));
    });
    q.minimum().ifPresent(m -> n.put("minimum", m.stripTrailingZeros().toPlainString()));
    q.maximum().ifPresent(m -> n.put("maximum", m.stripTrailingZeros().toPlainString()));
    ArrayNode choices = n.putArray("choices");
    q.choices().forEach(c -> choices.addObject().put("value", c.value()).set("label", Json.text(c.label())));
    q.window().ifPresent(w -> n.set("window", Json.text(w)));
    q.definition().ifPresent(d -> n.set("definition", Json.text(d)));
    ArrayNode affects = n.putArray("tiers");
    q.affects().forEach(t -> affects.add(t.toString()));
    ArrayNode decides = n.putArray("decides");
    q.decides().forEach(t -> decides.add(t.toString()));
    n.put("weight", Math.round(q.score() * 1000) / 1000.0);
    return n;
  }

  ObjectNode nextQuestions(EnterpriseProfile profile, LocalDate asOf, int limit) {
    Assessment a = assess(profile, asOf);
    List<Question> all = questions(profile, asOf);
    ObjectNode root = Json.object().put("asOf", asOf.toString()).put("remaining", all.size());
    root.put("undeterminedTiers", a.tiers().stream().filter(t -> t.standing() == Standing.UNDETERMINED).count());
    ArrayNode qs = root.putArray("questions");
    all.subList(0, Math.min(limit, all.size())).forEach(q -> qs.add(question(q)));
    return root;
  }

  /** The standing of each tier before and after the change, and the tiers whose standing changed. */
  ObjectNode whatIf(EnterpriseProfile before, EnterpriseProfile after, LocalDate asOf) {
    Assessment b = assess(before, asOf);
    Assessment f = assess(after, asOf);
    ObjectNode root = Json.object();
    ArrayNode changes = root.putArray("changes");
    for (TierAssessment t : f.tiers()) {
      b.tier(t.tier()).filter(x -> x.standing() != t.standing() || !x.summary().equals(t.summary())).ifPresent(x -> {
        ObjectNode c = changes.addObject().put("tier", t.tier().toString());
        c.set("name", Json.text(t.name()));
        c.put("before", x.standing().toString()).put("after", t.standing().toString());
        c.set("beforeSummary", Json.text(x.summary()));
        c.set("afterSummary", Json.text(t.summary()));
      });
    }
    root.set("after", summary(f, false, after));
    return root;
  }

  ObjectNode rewards(EnterpriseProfile profile, LocalDate asOf) {
    ObjectNode root = Json.object().put("asOf", asOf.toString());
    ArrayNode list = root.putArray("rewards");
    for (RewardDue r : assess(profile, asOf).rewardsDue()) {
      list.add(reward(r));
    }
    return root;
  }

  /** The profile with one typed answer applied, read by the question's own rules (units, range, yes/no). */
  EnterpriseProfile answer(EnterpriseProfile profile, LocalDate asOf, String input, String text) {
    for (Question q : assessor.inputsRead(profile.jurisdiction(), asOf)) {
      if (q.input().toString().equals(input)) {
        return q.answer(text).applyTo(profile);
      }
    }
    throw ProblemException.badRequest("No tier in force for this place and date reads '" + input + "'", "input", input);
  }
}
