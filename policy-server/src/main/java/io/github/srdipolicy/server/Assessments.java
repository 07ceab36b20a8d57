package io.github.srdipolicy.server;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.Gap;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The assessment of one firm as the API returns it: its ladders bottom rung first, one outcome
 * per tier with the gaps, the missing inputs, the rewards recognition would bring and the
 * clauses; the next questions; what changes under a what-if.
 */
final class Assessments {
  private final Catalog catalog;
  /** Question text of each declaration key: the label of the first qualitative condition reading it. */
  private final Map<String, Qualitative> declarations;

  Assessments(Catalog catalog) {
    this.catalog = catalog;
    Map<String, Qualitative> d = new HashMap<>();
    for (Qualitative q : catalog.facts(Qualitative.class)) {
      d.putIfAbsent(q.declaration(), q);
    }
    this.declarations = Map.copyOf(d);
  }

  /** One tier's result: its reports (one per set of criteria in force) folded into one outcome. */
  record TierResult(Tier tier, List<EligibilityReport> reports, Outcome outcome) {
    static Outcome fold(List<EligibilityReport> reports) {
      Outcome o = Outcome.NOT_ELIGIBLE;
      for (EligibilityReport r : reports) {
        o = o.or(r.outcome());
      }
      return o;
    }
  }

  /** The firm's tiers, grouped on its ladders (bottom first) and the tiers on no ladder. */
  record Result(EnterpriseProfile profile, LocalDate asOf, List<Jurisdiction> chain, List<TierLadder> ladders,
      Map<TierId, TierResult> tiers, Map<TierId, List<Incentive>> incentivesInForce) {}

  /** What a firm's place and date decide, whatever the firm: computed once per place and date. */
  private record Setting(List<Jurisdiction> chain, List<TierLadder> ladders, Map<TierId, List<Incentive>> incentives) {}

  private record SettingKey(JurisdictionCode code, LocalDate date) {}

  /** Bounded: a client sending many dates cannot make it grow past this. */
  private static final int MAX_SETTINGS = 4096;
  private final Map<SettingKey, Setting> settings = new java.util.concurrent.ConcurrentHashMap<>();

  private Setting setting(JurisdictionCode code, LocalDate asOf) {
    SettingKey key = new SettingKey(code, asOf);
    Setting s = settings.get(key);
    if (s != null) {
      return s;
    }
    List<Jurisdiction> chain = catalog.chain(code);
    Set<JurisdictionCode> codes = chain.stream().map(Jurisdiction::code).collect(Collectors.toSet());
    Set<DocumentId> inForce = catalog.documentsInForce(code, asOf).stream()
        .map(PolicyDocument::id).collect(Collectors.toSet());
    Map<TierId, List<Incentive>> incentives = new HashMap<>();
    catalog.facts(Incentive.class).stream()
        .filter(i -> codes.contains(i.fundingJurisdiction()))
        .filter(i -> inForce.contains(catalog.documentOf(i.id()).id()))
        .forEach(i -> i.trigger().tier().ifPresent(t -> incentives.computeIfAbsent(t, k -> new ArrayList<>()).add(i)));
    List<TierLadder> ladders = catalog.ladders(code).stream()
        .filter(l -> inForce.contains(catalog.documentOf(l.id()).id()))
        .toList();
    s = new Setting(chain, ladders, Map.copyOf(incentives));
    if (settings.size() >= MAX_SETTINGS) {
      settings.clear();
    }
    settings.put(key, s);
    return s;
  }

  Result assess(EnterpriseProfile profile, LocalDate asOf) {
    Setting s = setting(profile.jurisdiction(), asOf);
    Map<TierId, List<EligibilityReport>> byTier = new LinkedHashMap<>();
    for (EligibilityReport r : catalog.match(profile, asOf)) {
      byTier.computeIfAbsent(r.tier(), t -> new ArrayList<>()).add(r);
    }
    Map<TierId, TierResult> tiers = new LinkedHashMap<>();
    byTier.forEach((t, rs) -> tiers.put(t, new TierResult(catalog.tier(t), List.copyOf(rs), TierResult.fold(rs))));
    return new Result(profile, asOf, s.chain(), s.ladders(), tiers, s.incentives());
  }

  ObjectNode summary(Result a, boolean trace) {
    ObjectNode root = Json.object();
    ObjectNode firm = root.putObject("firm");
    a.profile().name().ifPresent(n -> firm.put("name", n));
    firm.put("jurisdiction", a.profile().jurisdiction().toString());
    root.put("asOf", a.asOf().toString());
    root.set("chain", chain(a.chain()));
    Set<TierId> held = a.profile().tiers().stream().map(TierHolding::tier).collect(Collectors.toSet());
    Set<TierId> onLadders = new LinkedHashSet<>();
    ArrayNode ladders = root.putArray("ladders");
    for (TierLadder l : a.ladders()) {
      ObjectNode ln = ladders.addObject().put("id", l.id().toString()).put("jurisdiction", l.jurisdiction().toString());
      ln.set("label", Json.text(l.label()));
      ln.set("source", Json.source(l.source()));
      ArrayNode rungs = ln.putArray("rungs");
      for (TierId t : l.rungs()) {
        onLadders.add(t);
        rungs.add(tier(a, catalog.tier(t), held, trace));
      }
    }
    ArrayNode others = root.putArray("otherTiers");
    a.tiers().values().stream().filter(r -> !onLadders.contains(r.tier().id()))
        .sorted(Comparator.comparing((TierResult r) -> r.tier().level()).reversed()
            .thenComparing(r -> r.tier().id().toString()))
        .forEach(r -> others.add(tier(a, r.tier(), held, trace)));
    ObjectNode counts = root.putObject("counts");
    for (Outcome o : Outcome.values()) {
      counts.put(o.toString(), a.tiers().values().stream().filter(r -> r.outcome() == o).count());
    }
    return root;
  }

  private ObjectNode tier(Result a, Tier t, Set<TierId> held, boolean trace) {
    ObjectNode n = Json.object().put("tier", t.id().toString());
    n.set("name", Json.text(t.name()));
    n.put("level", t.level().toString()).put("jurisdiction", t.jurisdiction().toString());
    n.put("held", held.contains(t.id()));
    TierResult r = a.tiers().get(t.id());
    n.put("outcome", r == null ? "NOT_ASSESSED" : r.outcome().toString());
    ArrayNode criteria = n.putArray("criteria");
    ArrayNode missing = n.putArray("missing");
    ArrayNode gaps = n.putArray("gaps");
    ArrayNode sources = n.putArray("sources");
    if (r != null) {
      Set<String> seenMissing = new LinkedHashSet<>();
      for (EligibilityReport rep : r.reports()) {
        criteria.addObject().put("id", rep.criteria().toString()).put("outcome", rep.outcome().toString())
            .set("label", Json.text(rep.label()));
        rep.missingInputs().forEach(i -> seenMissing.add(i.toString()));
        for (Gap g : rep.gaps()) {
          gaps.add(gap(g));
        }
        sources.add(Json.source(catalog.fact(rep.criteria(), io.github.srdipolicy.model.EligibilityCriteria.class)
            .source()));
      }
      seenMissing.forEach(missing::add);
      if (trace) {
        n.set("reports", Json.tree(r.reports()));
      }
    }
    ArrayNode rewards = n.putArray("rewards");
    for (Incentive i : a.incentivesInForce().getOrDefault(t.id(), List.of())) {
      rewards.add(Json.incentive(i));
    }
    return n;
  }

  private static ObjectNode gap(Gap g) {
    ObjectNode n = Json.object().put("condition", g.condition().toString());
    n.set("label", Json.text(g.label()));
    n.put("input", g.input().toString());
    g.actual().ifPresent(v -> n.set("actual", Json.quantity(v)));
    g.operator().ifPresent(o -> n.put("operator", o.toString()));
    g.required().ifPresent(v -> n.set("required", Json.quantity(v)));
    n.set("source", Json.source(g.source()));
    return n;
  }

  static ArrayNode chain(List<Jurisdiction> chain) {
    ArrayNode a = Json.array();
    for (Jurisdiction j : chain) {
      ObjectNode n = a.addObject().put("code", j.code().toString()).put("level", j.level().toString());
      n.set("name", Json.text(j.name()));
    }
    return a;
  }

  /**
   * The inputs still missing, ranked by how many undetermined tiers each could decide, lower
   * rungs weighing more (a firm climbs from the bottom).
   */
  ObjectNode nextQuestions(Result a, int limit) {
    Map<TierId, Integer> rung = new HashMap<>();
    for (TierLadder l : a.ladders()) {
      for (int i = 0; i < l.rungs().size(); i++) {
        rung.merge(l.rungs().get(i), i, Math::min);
      }
    }
    Map<InputRef, Double> score = new HashMap<>();
    Map<InputRef, Set<TierId>> affects = new HashMap<>();
    for (TierResult r : a.tiers().values()) {
      if (r.outcome() != Outcome.UNDETERMINED) {
        continue;
      }
      double weight = 1.0 / (1 + rung.getOrDefault(r.tier().id(), 4));
      Set<InputRef> inputs = new LinkedHashSet<>();
      r.reports().forEach(rep -> inputs.addAll(rep.missingInputs()));
      for (InputRef in : inputs) {
        score.merge(in, weight, Double::sum);
        affects.computeIfAbsent(in, k -> new LinkedHashSet<>()).add(r.tier().id());
      }
    }
    List<InputRef> ranked = score.keySet().stream()
        .sorted(Comparator.comparing((InputRef i) -> -score.get(i)).thenComparing(Comparator.naturalOrder()))
        .toList();
    ObjectNode root = Json.object();
    root.put("asOf", a.asOf().toString());
    root.put("remaining", ranked.size());
    root.put("undeterminedTiers", a.tiers().values().stream().filter(r -> r.outcome() == Outcome.UNDETERMINED).count());
    ArrayNode qs = root.putArray("questions");
    for (InputRef in : ranked.subList(0, Math.min(limit, ranked.size()))) {
      qs.add(question(in, affects.get(in), score.get(in)));
    }
    return root;
  }

  private ObjectNode question(InputRef in, Set<TierId> tiers, double weight) {
    ObjectNode q = Json.object().put("input", in.toString()).put("kind", in.kind().toString()).put("id", in.id());
    switch (in.kind()) {
      case INDICATOR -> {
        Indicator ind = catalog.indicators().get(IndicatorId.of(in.id()));
        q.set("question", Json.text(ind.name()));
        q.put("unit", ind.unit().toString());
        q.set("unitSymbol", Json.object().put("zh", ind.unit().zhSymbol()).put("en", ind.unit().enSymbol()));
        q.put("valueKind", ind.kind().toString());
        q.put("window", ind.window().toString());
        ind.minimum().ifPresent(m -> q.put("minimum", m.toPlainString()));
        ind.maximum().ifPresent(m -> q.put("maximum", m.toPlainString()));
        ind.definition().ifPresent(d -> q.set("definition", Json.text(d)));
      }
      case DECLARATION -> {
        Qualitative c = declarations.get(in.id());
        q.set("question", c == null ? Json.object().put("zh", in.id()).put("en", in.id()) : Json.text(c.label()));
        q.put("valueKind", "BOOLEAN");
        if (c != null) {
          q.set("source", Json.source(c.source()));
        }
      }
      case TIER -> {
        Tier t = catalog.tier(TierId.of(in.id()));
        q.set("question", Json.text(t.name()));
        q.put("valueKind", "RECOGNITION_DATE");
      }
    }
    ArrayNode ts = q.putArray("tiers");
    tiers.forEach(t -> ts.add(t.toString()));
    q.put("weight", Math.round(weight * 1000) / 1000.0);
    return q;
  }

  /** The outcome of each tier before and after the change, and the tiers whose outcome changed. */
  ObjectNode whatIf(Result before, Result after) {
    ObjectNode root = Json.object();
    ArrayNode changes = root.putArray("changes");
    Set<TierId> all = new LinkedHashSet<>(before.tiers().keySet());
    all.addAll(after.tiers().keySet());
    for (TierId t : all) {
      String b = outcome(before, t);
      String f = outcome(after, t);
      if (!b.equals(f)) {
        ObjectNode c = changes.addObject().put("tier", t.toString());
        c.set("name", Json.text(catalog.tier(t).name()));
        c.put("before", b).put("after", f);
      }
    }
    root.set("after", summary(after, false));
    return root;
  }

  private static String outcome(Result r, TierId t) {
    TierResult x = r.tiers().get(t);
    return x == null ? "NOT_ASSESSED" : x.outcome().toString();
  }

  ObjectNode rewards(EnterpriseProfile profile, LocalDate asOf) {
    ObjectNode root = Json.object().put("asOf", asOf.toString());
    ArrayNode list = root.putArray("rewards");
    for (RewardDue r : catalog.rewardsDue(profile, asOf)) {
      ObjectNode n = list.addObject().put("incentive", r.incentive().toString());
      n.set("label", Json.text(r.label()));
      n.put("tier", r.tier().toString()).put("recognised", r.recognised().toString()).put("due", r.due());
      r.amount().ifPresent(q -> n.set("amount", Json.quantity(q)));
      n.put("rule", r.rule().toString());
      n.set("explanation", Json.text(r.explanation()));
      ArrayNode s = n.putArray("sources");
      r.sources().forEach(x -> s.add(Json.source(x)));
    }
    return root;
  }
}
