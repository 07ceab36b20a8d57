package io.github.srdipolicy.assessment;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.CriteriaInputs;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.engine.IncentiveCalculator;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.engine.RewardDue;
import io.github.srdipolicy.engine.TierHolding;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
import io.github.srdipolicy.model.TriggerKind;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Assesses firms against a catalogue: the entry point of the {@code assessment} package.
 *
 * <pre>{@code
 * Assessor assessor = Assessor.of(Catalog.load());
 * Assessment a = assessor.assess(profile, LocalDate.of(2023, 6, 1));
 * a.ladders();        // bottom rung first, one standing per tier
 * a.nextQuestions();  // what to ask next, best first
 * }</pre>
 *
 * <p>Tiers are ordered bottom first by what the catalogue says lies below what: ladder rungs, tier
 * prerequisites and criteria that require holding another tier. Thread-safe; what depends only on a
 * jurisdiction and a date is computed once and kept (at most {@value #CACHE_SIZE} entries).
 */
public final class Assessor {
  /** How many questions an {@link Assessment} carries (the best ones). */
  public static final int QUESTIONS = 5;

  /** How many (jurisdiction, date) plans are kept. */
  static final int CACHE_SIZE = 256;

  private final Catalog catalog;
  private final Map<TierId, Integer> height;
  private final Questions questions;
  private final Explain explain;
  private final Map<Key, Plan> plans = new ConcurrentHashMap<>();

  private Assessor(Catalog catalog) {
    this.catalog = catalog;
    this.height = heights(catalog);
    this.questions = new Questions(catalog);
    this.explain = new Explain(catalog, questions);
  }

  /**
   * Creates an assessor over a catalogue.
   *
   * @param catalog the catalogue, not null
   * @return the assessor, never null
   */
  public static Assessor of(Catalog catalog) {
    return new Assessor(Objects.requireNonNull(catalog, "catalog"));
  }

  /**
   * Returns the catalogue.
   *
   * @return the catalogue, never null
   */
  public Catalog catalog() {
    return catalog;
  }

  /**
   * Assesses a firm on a date.
   *
   * @param profile the firm, not null
   * @param asOf the date, not null
   * @return the assessment, never null
   * @throws IllegalArgumentException if the jurisdiction is unknown or a value invalid
   */
  public Assessment assess(EnterpriseProfile profile, LocalDate asOf) {
    return assess(profile, asOf, QUESTIONS);
  }

  /**
   * Assesses a firm on a date with up to the given number of next questions: a service that needs
   * both the assessment and every question ({@code Integer.MAX_VALUE}) gets them from one
   * evaluation.
   *
   * @param profile the firm, not null
   * @param asOf the date, not null
   * @param questionLimit the most next questions to rank, at least 0
   * @return the assessment, never null
   * @throws IllegalArgumentException if the jurisdiction is unknown, a value invalid or the limit
   *     negative
   */
  public Assessment assess(EnterpriseProfile profile, LocalDate asOf, int questionLimit) {
    if (questionLimit < 0) {
      throw new IllegalArgumentException("questionLimit must be at least 0, not " + questionLimit);
    }
    catalog.validate(profile);
    Plan plan = plan(profile.jurisdiction(), asOf, profile.applicationKind());
    List<EligibilityReport> reports = catalog.evaluator().evaluateAll(plan.criteria, profile, asOf);
    Map<TierId, EligibilityReport> byTier = new HashMap<>();
    for (EligibilityReport r : reports) {
      byTier.put(r.tier(), r);
    }
    Map<TierId, LocalDate> held = new HashMap<>();
    for (TierHolding h : profile.tiers()) {
      if (h.holdsOn(asOf)) {
        held.merge(h.tier(), h.recognised(), (a, b) -> a.isBefore(b) ? a : b);
      }
    }
    List<RewardDue> rewardsDue =
        IncentiveCalculator.DEFAULT.rewards(plan.chainCodes, profile.tiers(), plan.offers, asOf);

    Map<TierId, TierAssessment> tiers = new LinkedHashMap<>();
    List<LadderAssessment> ladders = new ArrayList<>();
    for (LadderPlan lp : plan.ladders) {
      List<TierAssessment> rungs = new ArrayList<>();
      for (TierId t : lp.rungs) {
        rungs.add(
            tiers.computeIfAbsent(t, x -> tier(x, plan, profile, asOf, byTier, held, rewardsDue)));
      }
      ladders.add(
          LadderAssessment.builder()
              .ladder(lp.id)
              .label(lp.label)
              .source(lp.source)
              .rungs(lp.rungs)
              .nextRung(nextRung(rungs))
              .build());
    }
    List<Question> next = rank(tiers, byTier, held, questionLimit);
    return Assessment.builder()
        .name(profile.name())
        .jurisdiction(profile.jurisdiction())
        .chain(plan.chainList)
        .asOf(asOf)
        .ladders(ladders)
        .tiers(tiers.values())
        .rewardsDue(rewardsDue)
        .nextQuestions(next)
        .documents(plan.documents)
        .levelsWithoutDocuments(plan.withoutDocuments)
        .build();
  }

  /**
   * Returns the next questions for a firm: every missing input of an undetermined tier, best first.
   *
   * @param profile the firm, not null
   * @param asOf the date, not null
   * @return the questions, never null
   * @throws IllegalArgumentException if the jurisdiction is unknown or a value invalid
   */
  public List<Question> nextQuestions(EnterpriseProfile profile, LocalDate asOf) {
    return assess(profile, asOf, Integer.MAX_VALUE).nextQuestions();
  }

  /**
   * Assesses a firm with some inputs changed and reports what changes.
   *
   * @param profile the firm as it is, not null
   * @param asOf the date, not null
   * @param changes the changed inputs, applied in order, not null
   * @return the comparison, never null
   * @throws IllegalArgumentException if the jurisdiction is unknown or a value invalid
   */
  public WhatIf whatIf(EnterpriseProfile profile, LocalDate asOf, List<Answer> changes) {
    EnterpriseProfile changed = profile;
    for (Answer a : changes) {
      changed = a.applyTo(changed);
    }
    Assessment before = assess(profile, asOf);
    Assessment after = assess(changed, asOf);
    List<WhatIf.Change> diff = new ArrayList<>();
    for (TierAssessment t : after.tiers()) {
      Optional<TierAssessment> b = before.tier(t.tier());
      if (b.isPresent()
          && (b.get().standing() != t.standing() || !b.get().summary().equals(t.summary()))) {
        diff.add(
            WhatIf.Change.builder()
                .tier(t.tier())
                .before(b.get().standing())
                .after(t.standing())
                .beforeSummary(b.get().summary())
                .afterSummary(t.summary())
                .build());
      }
    }
    return WhatIf.builder().changes(changes).before(before).after(after).changed(diff).build();
  }

  /**
   * Returns the full explained reports behind an assessment: every criteria of every document in
   * force, also those reported as "also in force".
   *
   * @param profile the firm, not null
   * @param asOf the date, not null
   * @return one report per criteria, national documents first, never null
   * @throws IllegalArgumentException if the jurisdiction is unknown or a value invalid
   */
  public List<EligibilityReport> trace(EnterpriseProfile profile, LocalDate asOf) {
    return catalog.match(profile, asOf);
  }

  /**
   * Returns a question for every input that the criteria in force for a jurisdiction read, each
   * listing the tiers that read it, for profile templates and full questionnaires.
   *
   * @param jurisdiction the jurisdiction, not null
   * @param asOf the date, not null
   * @return the questions, in the order the tiers (bottom first) read them, never null
   * @throws IllegalArgumentException if the jurisdiction is unknown
   */
  public List<Question> inputsRead(JurisdictionCode jurisdiction, LocalDate asOf) {
    Plan plan = plan(jurisdiction, asOf, ApplicationKind.NEW);
    Map<InputRef, List<TierId>> readers = new LinkedHashMap<>();
    List<EligibilityCriteria> ordered = new ArrayList<>(plan.criteria);
    ordered.sort(Comparator.comparing(c -> order(c.tier())));
    for (EligibilityCriteria c : ordered) {
      for (InputRef i : CriteriaInputs.of(c)) {
        List<TierId> ts = readers.computeIfAbsent(i, x -> new ArrayList<>());
        if (!ts.contains(c.tier())) {
          ts.add(c.tier());
        }
      }
    }
    List<Question> result = new ArrayList<>();
    readers.forEach((i, ts) -> result.add(questions.question(i, ts, List.of(), 0)));
    return List.copyOf(result);
  }

  // ---------------------------------------------------------------- one tier

  private TierAssessment tier(
      TierId id,
      Plan plan,
      EnterpriseProfile profile,
      LocalDate asOf,
      Map<TierId, EligibilityReport> byTier,
      Map<TierId, LocalDate> held,
      List<RewardDue> rewardsDue) {
    Tier tier = catalog.tier(id);
    Optional<EligibilityReport> report = Optional.ofNullable(byTier.get(id));
    Optional<LocalDate> recognised = Optional.ofNullable(held.get(id));
    Standing standing =
        recognised.isPresent()
            ? Standing.HELD
            : report.map(r -> Standing.of(r.outcome())).orElse(Standing.NO_CRITERIA);
    List<Shortfall> shortfalls = report.map(explain::shortfalls).orElse(List.of());
    List<RewardDue> rewards;
    if (recognised.isPresent()) {
      rewards = rewardsDue.stream().filter(r -> r.tier().equals(id)).toList();
    } else if (plan.rewarded.contains(id)) {
      List<TierHolding> history = new ArrayList<>(profile.tiers());
      history.add(TierHolding.of(id.toString(), asOf));
      rewards =
          IncentiveCalculator.DEFAULT
              .rewards(plan.chainCodes, history, plan.offersFor.get(id), asOf)
              .stream()
              .filter(r -> r.tier().equals(id))
              .toList();
    } else {
      rewards = List.of();
    }
    ImmutableTierAssessment.Builder b =
        TierAssessment.builder()
            .tier(id)
            .name(tier.name())
            .level(tier.level())
            .jurisdiction(tier.jurisdiction())
            .standing(standing)
            .recognised(recognised)
            .alsoInForce(plan.alsoInForce.getOrDefault(id, List.of()))
            .summary(explain.summary(standing, report, recognised, shortfalls))
            .shortfalls(shortfalls)
            .rewards(rewards)
            .restsOnSecondarySources(
                report.map(r -> !r.unverifiedSources().isEmpty()).orElse(false));
    report.ifPresent(
        r ->
            b.outcome(r.outcome())
                .criteria(r.criteria())
                .document(catalog.documentOf(r.criteria()).id())
                .reasons(explain.reasons(r))
                .missingInputs(r.missingInputs()));
    return b.build();
  }

  /** The lowest rung above every held one that is eligible, else the lowest undetermined one. */
  private static Optional<TierId> nextRung(List<TierAssessment> rungs) {
    int top = -1;
    for (int i = 0; i < rungs.size(); i++) {
      if (rungs.get(i).standing() == Standing.HELD) {
        top = i;
      }
    }
    for (Standing wanted : List.of(Standing.ELIGIBLE, Standing.UNDETERMINED)) {
      for (int i = top + 1; i < rungs.size(); i++) {
        if (rungs.get(i).standing() == wanted) {
          return Optional.of(rungs.get(i).tier());
        }
      }
    }
    return Optional.empty();
  }

  // ---------------------------------------------------------------- questions

  /**
   * Ranks the missing inputs: each undetermined tier not held shares a weight among its missing
   * inputs, the weight falling with the tier's distance above the highest tier held (1, 1/2, 1/3,
   * ...), so that the lower, nearer rungs count more.
   */
  private List<Question> rank(
      Map<TierId, TierAssessment> tiers,
      Map<TierId, EligibilityReport> byTier,
      Map<TierId, LocalDate> held,
      int limit) {
    int base = -1;
    for (TierId t : held.keySet()) {
      base = Math.max(base, order(t));
    }
    List<TierAssessment> undetermined = new ArrayList<>();
    for (TierAssessment t : tiers.values()) {
      if (t.standing() == Standing.UNDETERMINED) {
        undetermined.add(t);
      }
    }
    undetermined.sort(
        Comparator.comparingInt((TierAssessment t) -> order(t.tier()))
            .thenComparing(t -> t.tier().toString()));
    // One entry per input, its weight summed in tier order; sorted on plain fields, not by map
    // lookups.
    Map<InputRef, Ranked> byInput = new HashMap<>();
    List<Ranked> ranked = new ArrayList<>();
    for (TierAssessment t : undetermined) {
      List<InputRef> missing = byTier.get(t.tier()).missingInputs();
      double weight = 1.0 / (1 + Math.max(0, order(t.tier()) - base - 1));
      for (InputRef i : missing) {
        Ranked r = byInput.get(i);
        if (r == null) {
          r = new Ranked(i);
          byInput.put(i, r);
          ranked.add(r);
        }
        r.score += weight / missing.size();
        r.affects.add(t.tier());
        if (missing.size() == 1) {
          r.decides.add(t.tier());
        }
      }
    }
    ranked.sort(Ranked.BEST_FIRST);
    List<Question> result = new ArrayList<>(Math.min(limit, ranked.size()));
    for (Ranked r : ranked.subList(0, Math.min(limit, ranked.size()))) {
      result.add(questions.question(r.input, r.affects, r.decides, r.score));
    }
    return List.copyOf(result);
  }

  /** An input being ranked: its summed weight and the tiers it bears on and decides. */
  private static final class Ranked {
    /**
     * Highest weight first, then the input that bears on more tiers, then the input's own order.
     */
    static final Comparator<Ranked> BEST_FIRST =
        (a, b) -> {
          int c = Double.compare(b.score, a.score);
          if (c == 0) {
            c = Integer.compare(b.affects.size(), a.affects.size());
          }
          return c != 0 ? c : a.input.compareTo(b.input);
        };

    final InputRef input;
    final List<TierId> affects = new ArrayList<>(4);
    final List<TierId> decides = new ArrayList<>(1);
    double score;

    Ranked(InputRef input) {
      this.input = input;
    }
  }

  // ---------------------------------------------------------------- plans

  private int order(TierId t) {
    return height.getOrDefault(t, 0);
  }

  private Plan plan(JurisdictionCode code, LocalDate date, ApplicationKind kind) {
    Key key = new Key(code, date, kind);
    Plan p = plans.get(key);
    if (p == null) {
      p = new Plan(code, date, kind);
      if (plans.size() >= CACHE_SIZE) {
        plans.clear();
      }
      plans.put(key, p);
    }
    return p;
  }

  private static final class Key {
    final JurisdictionCode code;
    final LocalDate date;
    final ApplicationKind kind;

    Key(JurisdictionCode code, LocalDate date, ApplicationKind kind) {
      this.code = code;
      this.date = date;
      this.kind = kind;
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof Key
          && ((Key) o).code.equals(code)
          && ((Key) o).date.equals(date)
          && ((Key) o).kind == kind;
    }

    @Override
    public int hashCode() {
      return (code.hashCode() * 31 + date.hashCode()) * 31 + kind.hashCode();
    }
  }

  private static final class LadderPlan {
    final Optional<FactId> id;
    final LocalizedText label;
    final Optional<io.github.srdipolicy.model.SourceRef> source;
    final List<TierId> rungs;

    LadderPlan(
        Optional<FactId> id,
        LocalizedText label,
        Optional<io.github.srdipolicy.model.SourceRef> source,
        List<TierId> rungs) {
      this.id = id;
      this.label = label;
      this.source = source;
      this.rungs = rungs;
    }
  }

  /**
   * What depends only on the jurisdiction and the date: criteria chosen per tier, ladders, offers.
   */
  private final class Plan {
    final List<JurisdictionCode> chainList;
    final Set<JurisdictionCode> chainCodes;
    final List<EligibilityCriteria> criteria = new ArrayList<>();
    final Map<TierId, List<FactId>> alsoInForce = new HashMap<>();
    final List<LadderPlan> ladders = new ArrayList<>();
    final List<IncentiveCalculator.Offer> offers = new ArrayList<>();
    final Set<TierId> rewarded = new HashSet<>();

    /**
     * For each rewarded tier, the offers that can bear on its reward: its own, and those sharing a
     * "highest level once" group with one of them (the only rule under which offers interact).
     */
    final Map<TierId, List<IncentiveCalculator.Offer>> offersFor = new HashMap<>();

    final List<DocumentInForce> documents = new ArrayList<>();
    final List<JurisdictionCode> withoutDocuments;

    Plan(JurisdictionCode code, LocalDate date, ApplicationKind kind) {
      List<Jurisdiction> chain = catalog.chain(code);
      chainList = chain.stream().map(Jurisdiction::code).toList();
      chainCodes = Set.copyOf(chainList);
      Map<TierId, List<EligibilityCriteria>> byTier = new LinkedHashMap<>();
      // The criteria that reach the firm: recognised by its chain, whichever document states them.
      Map<io.github.srdipolicy.model.DocumentId, Integer> perDocument = new LinkedHashMap<>();
      for (PolicyDocument d : catalog.documentsInForce(code, date)) {
        perDocument.put(d.id(), 0);
      }
      for (EligibilityCriteria c : catalog.criteriaInForce(code, date, kind)) {
        byTier.computeIfAbsent(c.tier(), t -> new ArrayList<>()).add(c);
        perDocument.merge(catalog.documentOf(c.id()).id(), 1, Integer::sum);
      }
      perDocument.forEach(
          (id, n) -> {
            PolicyDocument d = catalog.document(id);
            documents.add(
                DocumentInForce.builder()
                    .document(d.id())
                    .title(d.title())
                    .jurisdiction(d.jurisdiction())
                    .validity(d.validity())
                    .criteria(n)
                    .build());
          });
      withoutDocuments =
          catalog.levelsWithoutDocuments(code).stream().map(Jurisdiction::code).toList();
      byTier.forEach(
          (tier, cs) -> {
            int chosen = CriteriaChoice.choose(catalog, cs, date, kind);
            criteria.add(cs.get(chosen));
            List<FactId> others = new ArrayList<>();
            for (int i = 0; i < cs.size(); i++) {
              if (i != chosen) {
                others.add(cs.get(i).id());
              }
            }
            if (!others.isEmpty()) {
              alsoInForce.put(tier, List.copyOf(others));
            }
          });
      Set<TierId> onLadders = new HashSet<>();
      for (TierLadder l : catalog.ladders(code)) {
        ladders.add(
            new LadderPlan(Optional.of(l.id()), l.label(), Optional.of(l.source()), l.rungs()));
        onLadders.addAll(l.rungs());
      }
      List<TierId> others =
          byTier.keySet().stream()
              .filter(t -> !onLadders.contains(t))
              .sorted(
                  Comparator.comparing((TierId t) -> order(t))
                      .thenComparing(t -> -catalog.tier(t).level().ordinal())
                      .thenComparing(TierId::toString))
              .toList();
      if (!others.isEmpty()) {
        ladders.add(
            new LadderPlan(
                Optional.empty(),
                LocalizedText.of("不在上述梯度中的其他层级", "other tiers in force, outside the ladders above"),
                Optional.empty(),
                others));
      }
      for (PolicyDocument d : catalog.documents()) {
        if (chainCodes.contains(d.jurisdiction())) {
          for (Incentive i : d.incentives()) {
            offers.add(new IncentiveCalculator.Offer(i, d.validity()));
            if (i.trigger().kind() == TriggerKind.FIRST_RECOGNITION
                && chainCodes.contains(i.fundingJurisdiction())) {
              i.trigger().tier().ifPresent(rewarded::add);
            }
          }
        }
      }
      for (TierId t : rewarded) {
        Set<String> groups = new HashSet<>();
        for (IncentiveCalculator.Offer o : offers) {
          Incentive i = o.incentive();
          if (i.trigger().tier().filter(t::equals).isPresent()
              && i.stacking().rule() == StackingRule.HIGHEST_LEVEL_ONCE) {
            i.stacking().group().ifPresent(groups::add);
          }
        }
        List<IncentiveCalculator.Offer> mine = new ArrayList<>();
        for (IncentiveCalculator.Offer o : offers) {
          Incentive i = o.incentive();
          if (i.trigger().tier().filter(t::equals).isPresent()
              || (i.stacking().rule() == StackingRule.HIGHEST_LEVEL_ONCE
                  && i.stacking().group().filter(groups::contains).isPresent())) {
            mine.add(o);
          }
        }
        offersFor.put(t, List.copyOf(mine));
      }
    }
  }

  /**
   * How high each tier sits: 0 at the bottom, one more than the highest tier known to lie below it
   * (the rung below on a ladder, a prerequisite, a tier its criteria require holding).
   */
  private static Map<TierId, Integer> heights(Catalog catalog) {
    Map<TierId, Set<TierId>> below = new HashMap<>();
    for (TierLadder l : catalog.facts(TierLadder.class)) {
      for (int i = 1; i < l.rungs().size(); i++) {
        below
            .computeIfAbsent(l.rungs().get(i), t -> new LinkedHashSet<>())
            .add(l.rungs().get(i - 1));
      }
    }
    for (Tier t : catalog.tiers()) {
      t.prerequisites()
          .forEach(p -> below.computeIfAbsent(t.id(), x -> new LinkedHashSet<>()).add(p));
    }
    for (EligibilityCriteria c : catalog.facts(EligibilityCriteria.class)) {
      for (InputRef i : CriteriaInputs.of(c)) {
        if (i.kind() == InputRef.Kind.TIER && !i.id().equals(c.tier().toString())) {
          below.computeIfAbsent(c.tier(), x -> new LinkedHashSet<>()).add(TierId.of(i.id()));
        }
      }
    }
    Map<TierId, Integer> heights = new HashMap<>();
    for (Tier t : catalog.tiers()) {
      height(t.id(), below, heights, new HashSet<>());
    }
    return Map.copyOf(heights);
  }

  private static int height(
      TierId t, Map<TierId, Set<TierId>> below, Map<TierId, Integer> memo, Set<TierId> path) {
    Integer known = memo.get(t);
    if (known != null) {
      return known;
    }
    if (!path.add(t)) {
      return 0; // a cycle in the data: stop climbing rather than loop
    }
    int h = 0;
    for (TierId b : below.getOrDefault(t, Set.of())) {
      h = Math.max(h, 1 + height(b, below, memo, path));
    }
    path.remove(t);
    memo.put(t, h);
    return h;
  }
}
