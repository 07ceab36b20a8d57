package io.github.srdipolicy.engine;

import io.github.srdipolicy.internal.Checks;
import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.AtLeast;
import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.ConditionVisitor;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.IndicatorRegistry;
import io.github.srdipolicy.model.Interval;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.ScoreBand;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.AbstractList;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Evaluates criteria against a profile and explains the result.
 *
 * <p>Stateless, deterministic and thread-safe: the same criteria, profile and date always give an
 * equal report. Missing inputs never throw: they make the conditions that need them {@link
 * Outcome#UNDETERMINED}. Invalid inputs (an unknown indicator, a wrong unit, a value out of range)
 * throw {@link IllegalArgumentException} naming the indicator and the value before any evaluation
 * is done.
 *
 * <p>Use {@link #DEFAULT} with the standard indicator vocabulary, or {@code Catalog.evaluator()}
 * for the vocabulary extended by the region modules.
 */
public final class EligibilityEvaluator {
  /** The evaluator over the standard indicator vocabulary. */
  public static final EligibilityEvaluator DEFAULT =
      new EligibilityEvaluator(IndicatorRegistry.standard(), Map.of());

  private final IndicatorRegistry indicators;
  private final Map<TierId, Integer> titleValidityYears;

  /**
   * The profile this evaluator validated last: a caller explaining several criteria for one firm,
   * one call at a time (a match, a screener's explain), has it validated once. Only the immutable
   * implementation is remembered, so a valid profile cannot have changed since. A plain field:
   * threads racing on it at worst validate again (the profile's fields are final, so a profile read
   * through it is complete).
   */
  private EnterpriseProfile lastValid;

  private EligibilityEvaluator(
      IndicatorRegistry indicators, Map<TierId, Integer> titleValidityYears) {
    this.indicators = indicators;
    this.titleValidityYears = Map.copyOf(titleValidityYears);
  }

  /**
   * Creates an evaluator over an indicator vocabulary.
   *
   * @param indicators the indicator definitions, not null
   * @return the evaluator, never null
   */
  public static EligibilityEvaluator of(IndicatorRegistry indicators) {
    return new EligibilityEvaluator(indicators, Map.of());
  }

  /**
   * Creates an evaluator over an indicator vocabulary that counts a held title only while it is
   * valid: from its recognition date for the tier's validity in years (e.g. 3 years for the
   * national SRDI SME), or until the holding's own {@link TierHolding#expires() end} if earlier.
   *
   * @param indicators the indicator definitions, not null
   * @param titleValidityYears the validity in years of the tiers that state one, not null
   * @return the evaluator, never null
   */
  public static EligibilityEvaluator of(
      IndicatorRegistry indicators, Map<TierId, Integer> titleValidityYears) {
    // A loop, not forEach with a lambda: this runs on every cold catalogue load (issue #11).
    for (Map.Entry<TierId, Integer> e : titleValidityYears.entrySet()) {
      Checks.check(
          e.getValue() > 0,
          "validity of " + e.getKey(),
          e.getValue(),
          "must be a positive number of years");
    }
    return new EligibilityEvaluator(indicators, titleValidityYears);
  }

  /**
   * Returns the first day a held title no longer counts: the earlier of its own end and its
   * recognition date plus its tier's validity.
   *
   * @param holding the holding, not null
   * @return the exclusive end, empty if neither is known, never null
   */
  public Optional<LocalDate> validUntil(TierHolding holding) {
    Optional<LocalDate> byTier =
        Optional.ofNullable(titleValidityYears.get(holding.tier()))
            .map(years -> holding.recognised().plusYears(years));
    if (byTier.isPresent() && holding.expires().isPresent()) {
      return Optional.of(
          byTier.get().isBefore(holding.expires().get()) ? byTier.get() : holding.expires().get());
    }
    return byTier.isPresent() ? byTier : holding.expires();
  }

  /**
   * Tells whether a held title counts on a date: recognised on or before it and still valid.
   *
   * @param holding the holding, not null
   * @param date the date, not null
   * @return true if the title is valid on the date
   */
  public boolean holds(TierHolding holding, LocalDate date) {
    return !holding.recognised().isAfter(date)
        && validUntil(holding).map(date::isBefore).orElse(true);
  }

  /**
   * Checks every value of a profile against its indicator's definition.
   *
   * @param profile the profile, not null
   * @throws IllegalArgumentException naming the indicator and the value of the first invalid value
   */
  public void validate(EnterpriseProfile profile) {
    if (profile == lastValid) {
      return;
    }
    try {
      for (Map.Entry<IndicatorId, Quantity> e : profile.values().entrySet()) {
        indicators.get(e.getKey()).validate(e.getValue());
      }
    } catch (IllegalArgumentException invalid) {
      // Report the first invalid value in id order, so that the message does not depend on map
      // order.
      for (Map.Entry<IndicatorId, Quantity> e : new TreeMap<>(profile.values()).entrySet()) {
        indicators.get(e.getKey()).validate(e.getValue());
      }
      throw invalid;
    }
    if (profile instanceof ImmutableEnterpriseProfile) {
      lastValid = profile;
    }
  }

  /**
   * Evaluates criteria, checking tier holdings on the profile's {@code asOf} date (or, without one,
   * counting every listed holding).
   *
   * @param criteria the criteria, not null
   * @param profile the profile, not null
   * @return the report, never null
   * @throws IllegalArgumentException if the profile holds an invalid value
   */
  public EligibilityReport evaluate(EligibilityCriteria criteria, EnterpriseProfile profile) {
    return evaluate(criteria, profile, profile.asOf());
  }

  /**
   * Evaluates criteria on a date.
   *
   * @param criteria the criteria, not null
   * @param profile the profile, not null
   * @param asOf the date tier holdings are checked on, not null
   * @return the report, never null
   * @throws IllegalArgumentException if the profile holds an invalid value
   */
  public EligibilityReport evaluate(
      EligibilityCriteria criteria, EnterpriseProfile profile, LocalDate asOf) {
    return evaluate(criteria, profile, Optional.of(asOf));
  }

  private EligibilityReport evaluate(
      EligibilityCriteria criteria, EnterpriseProfile profile, Optional<LocalDate> asOf) {
    validate(profile);
    return evaluateValid(criteria, profile, asOf);
  }

  private EligibilityReport evaluateValid(
      EligibilityCriteria criteria, EnterpriseProfile profile, Optional<LocalDate> asOf) {
    Plan plan = plan(criteria);
    Walker walker = new Walker(profile, asOf, plan.secondaryTable == null);
    Eval common = plan.common == null ? null : walker.eval(plan.common);
    Node[] trackNodes = plan.tracks;
    List<Track> trackList = criteria.tracks();
    Eval[] trackEvals = new Eval[trackNodes.length];
    TrackResult[] tracks = new TrackResult[trackNodes.length];
    for (int i = 0; i < trackNodes.length; i++) {
      Eval e = walker.eval(trackNodes[i]);
      trackEvals[i] = e;
      Track track = trackList.get(i);
      tracks[i] =
          TrackResult.builder()
              .track(track.id())
              .kind(track.kind())
              .label(track.label())
              .outcome(e.outcome)
              .trace(e.result)
              .missingInputs(e.outcome == Outcome.UNDETERMINED ? missingOf(e, plan) : List.of())
              .gaps(e.outcome == Outcome.NOT_ELIGIBLE ? gapsOf(e) : List.of())
              .build();
    }
    Eval anyTrack = or(trackEvals);
    Eval overall = common == null ? anyTrack : and(new Eval[] {common, anyTrack});
    return EligibilityReport.builder()
        .criteria(criteria.id())
        .tier(criteria.tier())
        .label(criteria.label())
        .asOf(asOf)
        .applicationKind(profile.applicationKind())
        .outcome(overall.outcome)
        .common(common == null ? Optional.empty() : Optional.of(common.result))
        .tracks(Arrays.asList(tracks))
        .missingInputs(
            overall.outcome == Outcome.UNDETERMINED ? missingOf(overall, plan) : List.of())
        .gaps(overall.outcome == Outcome.NOT_ELIGIBLE ? gapsOf(overall) : List.of())
        .caveats(criteria.caveats())
        .unverifiedSources(walker.unverifiedSources(plan))
        .build();
  }

  /**
   * Evaluates several criteria for one firm on a date, checking the profile once.
   *
   * @param criteria the criteria, not null
   * @param profile the profile, not null
   * @param asOf the date tier holdings are checked on, not null
   * @return one report per criteria, in order, never null
   * @throws IllegalArgumentException if the profile holds an invalid value
   */
  public List<EligibilityReport> evaluateAll(
      List<EligibilityCriteria> criteria, EnterpriseProfile profile, LocalDate asOf) {
    validate(profile);
    List<EligibilityReport> reports = new ArrayList<>(criteria.size());
    for (EligibilityCriteria c : criteria) {
      reports.add(evaluateValid(c, profile, Optional.of(asOf)));
    }
    return List.copyOf(reports);
  }

  /**
   * Evaluates a single condition, without a trace.
   *
   * @param condition the condition, not null
   * @param profile the profile, not null
   * @param asOf the date tier holdings are checked on, not null
   * @return the outcome, never null
   */
  public Outcome test(Condition condition, EnterpriseProfile profile, LocalDate asOf) {
    validate(profile);
    return new Walker(profile, Optional.of(asOf), true)
        .eval(compile(condition, new ArrayList<>()))
        .outcome;
  }

  /**
   * Evaluates criteria on a date, outcome only: no trace, no missing inputs, no gaps, and almost no
   * allocation. The outcome is always that of {@link #evaluate(EligibilityCriteria,
   * EnterpriseProfile, LocalDate)}; use this where only the answer is needed.
   *
   * @param criteria the criteria, not null
   * @param profile the profile, not null
   * @param asOf the date tier holdings are checked on, not null
   * @return the outcome, never null
   * @throws IllegalArgumentException if the profile holds an invalid value
   */
  public Outcome outcome(EligibilityCriteria criteria, EnterpriseProfile profile, LocalDate asOf) {
    validate(profile);
    return new OutcomeWalker(profile, asOf).criteria(criteria);
  }

  /**
   * Evaluates several criteria for one firm on a date, outcomes only, checking the profile once.
   *
   * @param criteria the criteria, not null
   * @param profile the profile, not null
   * @param asOf the date tier holdings are checked on, not null
   * @return one outcome per criteria, in order, never null
   * @throws IllegalArgumentException if the profile holds an invalid value
   * @see #outcome(EligibilityCriteria, EnterpriseProfile, LocalDate)
   */
  public List<Outcome> outcomes(
      List<EligibilityCriteria> criteria, EnterpriseProfile profile, LocalDate asOf) {
    validate(profile);
    OutcomeWalker walker = new OutcomeWalker(profile, asOf);
    Outcome[] outcomes = new Outcome[criteria.size()];
    for (int i = 0; i < outcomes.length; i++) {
      outcomes[i] = walker.criteria(criteria.get(i));
    }
    return List.of(outcomes);
  }

  /** The order of {@link EligibilityReport#unverifiedSources()}. */
  private static final Comparator<SourceRef> SOURCE_ORDER =
      Comparator.comparing(SourceRef::document)
          .thenComparing(SourceRef::clause)
          .thenComparing(SourceRef::confidence);

  /** Plans kept at most: a bound on memory when callers evaluate ever new criteria. */
  private static final int MAX_PLANS = 4096;

  /**
   * Plans of the criteria explained so far, by id; a plan is used only for the very criteria object
   * it was made from (another object with the same id gets a new plan).
   */
  private final ConcurrentHashMap<FactId, Plan> plans = new ConcurrentHashMap<>();

  private Plan plan(EligibilityCriteria criteria) {
    Plan plan = plans.get(criteria.id());
    if (plan == null || plan.criteria != criteria) {
      plan = new Plan(criteria);
      if (plans.size() >= MAX_PLANS) {
        plans.clear();
      }
      plans.put(criteria.id(), plan);
    }
    return plan;
  }

  /**
   * The sorted, distinct missing inputs of an undetermined subtree: marked by their rank in the
   * plan's sorted table of inputs, then read off in rank order.
   */
  private static List<InputRef> missingOf(Eval e, Plan plan) {
    InputRef[] table = plan.inputTable;
    long[] bits = new long[(table.length + 63) >>> 6];
    collectMissing(e, bits);
    int count = 0;
    for (long w : bits) {
      count += Long.bitCount(w);
    }
    if (count == 0) {
      return List.of();
    }
    InputRef[] missing = new InputRef[count];
    int k = 0;
    for (int w = 0; w < bits.length; w++) {
      for (long word = bits[w]; word != 0; word &= word - 1) {
        missing[k++] = table[(w << 6) + Long.numberOfTrailingZeros(word)];
      }
    }
    return Arrays.asList(missing);
  }

  /**
   * Marks the missing inputs of an undetermined subtree: its own, then those of the undetermined
   * subtrees it depends on (a decided subtree lists none).
   */
  private static void collectMissing(Eval e, long[] bits) {
    if (e.outcome != Outcome.UNDETERMINED) {
      return;
    }
    if (e.input != null) {
      int r = e.input.rank;
      bits[r >>> 6] |= 1L << r;
    }
    if (e.inputs != null) {
      for (int r : e.inputs) {
        bits[r >>> 6] |= 1L << r;
      }
    }
    if (e.from != null) {
      for (Eval k : e.from) {
        collectMissing(k, bits);
      }
    }
  }

  /** The gaps of a failed subtree, in evaluation order. */
  private static List<Gap> gapsOf(Eval e) {
    List<Gap> all = new ArrayList<>();
    collectGaps(e, all);
    return all;
  }

  /** Adds the gaps of a failed subtree: its own, then those of the failed subtrees it rests on. */
  private static void collectGaps(Eval e, List<Gap> out) {
    if (e.outcome != Outcome.NOT_ELIGIBLE) {
      return;
    }
    if (e.gap != null) {
      out.add(e.gap);
    }
    if (e.from != null) {
      for (Eval k : e.from) {
        collectGaps(k, out);
      }
    }
  }

  /**
   * The outcome of a subtree with what explains it. Missing inputs and gaps are not copied up the
   * tree: a subtree keeps its own and points at the subtrees whose missing inputs (when it is
   * undetermined) or gaps (when it failed) are also its own; they are gathered only for the track
   * and report results that list them. A decided subtree lists no missing input and only a failed
   * one lists gaps, so one pointer serves both.
   */
  private static final class Eval {
    final Outcome outcome;
    ConditionResult result;

    /** The node whose input is the subtree's own missing input, if one. */
    Node input;

    /** The ranks of the subtree's own missing inputs, if several. */
    int[] inputs;

    /** The subtree's own gap. */
    Gap gap;

    /** The subtrees whose missing inputs or gaps this one also lists. */
    Eval[] from;

    Eval(Outcome outcome) {
      this.outcome = outcome;
    }

    Eval(Outcome outcome, Eval[] from) {
      this.outcome = outcome;
      this.from = from;
    }
  }

  /**
   * Kleene conjunction of subtrees: undetermined inputs are those of the undetermined children (all
   * of them are needed to decide), gaps those of the failed children.
   */
  private static Eval and(Eval[] parts) {
    Outcome o = Outcome.ELIGIBLE;
    for (Eval p : parts) {
      o = o.and(p.outcome);
    }
    return new Eval(o, parts);
  }

  /** Kleene disjunction: a failure lists the gaps of every alternative. */
  private static Eval or(Eval[] parts) {
    Outcome o = Outcome.NOT_ELIGIBLE;
    for (Eval p : parts) {
      o = o.or(p.outcome);
    }
    return new Eval(o, parts);
  }

  /** The shapes of condition, as a plan node tells them. */
  private enum Shape {
    COMPARISON,
    STATUS,
    SUM,
    ALL_OF,
    ANY_OF,
    AT_LEAST,
    BANDED,
    HOLDS_TIER,
    QUALITATIVE,
    SCORECARD
  }

  /**
   * A criteria prepared for explanation, made once per criteria object: each condition's node with
   * the parts of its trace that do not depend on the firm, and the table of the secondary sources
   * the criteria can touch.
   */
  private static final class Plan {
    final EligibilityCriteria criteria;
    final Node common;
    final Node[] tracks;

    /**
     * The distinct secondary sources of every condition, in report order; null when the report's
     * list is built per call instead (more than 64 of them, or two that the order cannot tell
     * apart, whose order would then depend on which conditions were evaluated).
     */
    final SourceRef[] secondaryTable;

    /** Every input the criteria can miss, sorted and distinct; a node's input has its rank here. */
    final InputRef[] inputTable;

    Plan(EligibilityCriteria criteria) {
      this.criteria = criteria;
      List<Node> all = new ArrayList<>();
      this.common = criteria.common().isPresent() ? compile(criteria.common().get(), all) : null;
      List<Track> trackList = criteria.tracks();
      this.tracks = new Node[trackList.size()];
      for (int i = 0; i < tracks.length; i++) {
        tracks[i] = compile(trackList.get(i).condition(), all);
      }
      List<SourceRef> distinct = new ArrayList<>();
      for (Node n : all) {
        if (n.secondary && !distinct.contains(n.c.source())) {
          distinct.add(n.c.source());
        }
      }
      distinct.sort(SOURCE_ORDER);
      boolean exact = distinct.size() <= 64;
      for (int i = 1; exact && i < distinct.size(); i++) {
        exact = SOURCE_ORDER.compare(distinct.get(i - 1), distinct.get(i)) != 0;
      }
      this.secondaryTable = exact ? distinct.toArray(new SourceRef[0]) : null;
      this.inputTable = rankInputs(all);
      if (exact) {
        for (Node n : all) {
          if (n.secondary) {
            n.secondaryBit = 1L << distinct.indexOf(n.c.source());
          }
        }
      }
    }
  }

  /** Sorts the inputs of the nodes into a table and gives each node the ranks of its inputs. */
  private static InputRef[] rankInputs(List<Node> all) {
    List<InputRef> inputs = new ArrayList<>();
    for (Node n : all) {
      if (n.input != null) {
        inputs.add(n.input);
      }
      if (n.itemInputs != null) {
        inputs.addAll(Arrays.asList(n.itemInputs));
      }
    }
    InputRef[] table = inputs.toArray(new InputRef[0]);
    Arrays.sort(table);
    int distinct = 0;
    for (InputRef r : table) {
      if (distinct == 0 || r.compareTo(table[distinct - 1]) != 0) {
        table[distinct++] = r;
      }
    }
    table = Arrays.copyOf(table, distinct);
    for (Node n : all) {
      if (n.input != null) {
        n.rank = Arrays.binarySearch(table, n.input);
      }
      if (n.itemInputs != null) {
        for (int i = 0; i < n.itemInputs.length; i++) {
          n.itemRanks[i] = Arrays.binarySearch(table, n.itemInputs[i]);
        }
      }
    }
    return table;
  }

  /** Compiles a condition tree into plan nodes; {@code all} receives them in evaluation order. */
  private static Node compile(Condition c, List<Node> all) {
    return c.accept(new Compiler(all));
  }

  /** One condition of a plan with the firm-independent parts of its trace node. */
  private static final class Node {
    final Condition c;
    final Shape shape;

    /** Children (allOf, anyOf, atLeast) or band consequences (banded, null for a free band). */
    final Node[] kids;

    /** The trace node for each outcome (by ordinal), to be completed with what the firm gives. */
    final ConditionResult[] proto = new ConditionResult[3];

    /** Whether the condition's source needs verification. */
    final boolean secondary;

    /** The bit of the plan's secondary table for this condition's source. */
    long secondaryBit;

    /** The input the condition reads (indicator, declaration or tier), if one. */
    InputRef input;

    /** The rank of {@link #input} in the plan's input table. */
    int rank = -1;

    /** The inputs of a sum's indicators or a scorecard's items, in order, and their ranks. */
    InputRef[] itemInputs;

    int[] itemRanks;

    void items(List<IndicatorId> ids) {
      itemInputs = new InputRef[ids.size()];
      itemRanks = new int[ids.size()];
      for (int i = 0; i < itemInputs.length; i++) {
        itemInputs[i] = InputRef.indicator(ids.get(i));
      }
    }

    /** A banded's end of each band that a selector's unit is checked against (null if none). */
    Quantity[] bandEnds;

    /** Texts of the trace's detail prepared for this condition (by shape). */
    String[] details;

    /** Prepared results (a qualitative's three) and gap (failure without a value). */
    ConditionResult[] done;

    Gap gap;

    /**
     * Prepared evaluations that need nothing from the firm but which case holds: a qualitative's
     * three (by outcome ordinal), or a comparison's or status's without a value (undetermined).
     * Shared by every call, so never changed after the plan is made.
     */
    Eval[] evals;

    /** Prepares the evaluation of the undetermined case: the input missing, no value shown. */
    void prepareMissing() {
      Eval e = new Eval(Outcome.UNDETERMINED);
      e.input = this;
      e.result = proto[Outcome.UNDETERMINED.ordinal()];
      evals = new Eval[] {null, null, e};
    }

    Node(Condition c, Shape shape, Node[] kids, String shapeName) {
      this.c = c;
      this.shape = shape;
      this.kids = kids;
      this.secondary = c.source().confidence().needsVerification();
      for (Outcome o : Outcome.values()) {
        proto[o.ordinal()] = start(c, shapeName, o).build();
      }
    }

    Node withOperator(io.github.srdipolicy.model.Operator op, Quantity threshold) {
      for (Outcome o : Outcome.values()) {
        proto[o.ordinal()] =
            ((ImmutableConditionResult) proto[o.ordinal()])
                .withOperator(op)
                .withThreshold(threshold);
      }
      return this;
    }

    ImmutableConditionResult proto(Outcome o) {
      return (ImmutableConditionResult) proto[o.ordinal()];
    }
  }

  private static ImmutableConditionResult.Builder start(
      Condition c, String shape, Outcome outcome) {
    return ConditionResult.builder()
        .condition(c.id())
        .shape(shape)
        .label(c.label())
        .outcome(outcome)
        .source(c.source())
        .note(c.note());
  }

  private static Gap gap(
      Condition c,
      InputRef input,
      Optional<Quantity> actual,
      Optional<io.github.srdipolicy.model.Operator> op,
      Optional<Quantity> required) {
    return Gap.builder()
        .condition(c.id())
        .label(c.label())
        .input(input)
        .actual(actual)
        .operator(op)
        .required(required)
        .source(c.source())
        .build();
  }

  /** Makes plan nodes, children before their parent (the order the walker meets sources in). */
  private static final class Compiler implements ConditionVisitor<Node> {
    private final List<Node> all;

    Compiler(List<Node> all) {
      this.all = all;
    }

    private Node add(Node n) {
      all.add(n);
      return n;
    }

    private Node[] kids(List<Condition> conditions) {
      Node[] kids = new Node[conditions.size()];
      for (int i = 0; i < kids.length; i++) {
        kids[i] = conditions.get(i).accept(this);
      }
      return kids;
    }

    @Override
    public Node visitComparison(Comparison c) {
      Node n =
          new Node(c, Shape.COMPARISON, null, "comparison")
              .withOperator(c.operator(), c.threshold());
      n.input = InputRef.indicator(c.indicator());
      n.prepareMissing();
      return add(n);
    }

    @Override
    public Node visitStatus(Status c) {
      Node n =
          new Node(c, Shape.STATUS, null, "status")
              .withOperator(io.github.srdipolicy.model.Operator.EQUAL_TO, c.requiredFlag());
      n.input = InputRef.indicator(c.indicator());
      n.prepareMissing();
      return add(n);
    }

    @Override
    public Node visitSum(SumComparison c) {
      Node n = new Node(c, Shape.SUM, null, "sum").withOperator(c.operator(), c.threshold());
      n.items(c.indicators());
      n.details =
          new String[] {"sum of " + c.indicators(), "sum of known values of " + c.indicators()};
      return add(n);
    }

    @Override
    public Node visitAllOf(AllOf c) {
      return add(new Node(c, Shape.ALL_OF, kids(c.conditions()), "allOf"));
    }

    @Override
    public Node visitAnyOf(AnyOf c) {
      return add(new Node(c, Shape.ANY_OF, kids(c.conditions()), "anyOf"));
    }

    @Override
    public Node visitAtLeast(AtLeast c) {
      return add(new Node(c, Shape.AT_LEAST, kids(c.conditions()), "atLeast"));
    }

    @Override
    public Node visitBanded(Banded c) {
      List<Band> bands = c.bands();
      Node[] thens = new Node[bands.size()];
      // The band's text for a selected band with a further requirement (i) and without (n + i).
      String[] details = new String[2 * bands.size() + 2];
      for (int i = 0; i < thens.length; i++) {
        Band b = bands.get(i);
        thens[i] = b.then().isPresent() ? b.then().get().accept(this) : null;
        details[i] = "band " + b.range();
        details[bands.size() + i] = "band " + b.range() + ": no further requirement";
      }
      details[2 * bands.size()] = "value in no band";
      details[2 * bands.size() + 1] = "band unknown: " + c.indicator() + " missing";
      Node n = new Node(c, Shape.BANDED, thens, "banded");
      n.details = details;
      n.bandEnds = new Quantity[bands.size()];
      for (int i = 0; i < thens.length; i++) {
        Interval range = bands.get(i).range();
        n.bandEnds[i] =
            range.lower().isPresent() ? range.lower().get() : range.upper().orElse(null);
      }
      n.input = InputRef.indicator(c.indicator());
      return add(n);
    }

    @Override
    public Node visitHoldsTier(HoldsTier c) {
      Node n = new Node(c, Shape.HOLDS_TIER, null, "holdsTier");
      n.input = InputRef.tier(c.tier());
      n.details = new String[] {"requires " + c.tier() + ": "};
      n.gap = gap(c, n.input, Optional.empty(), Optional.empty(), Optional.empty());
      return add(n);
    }

    @Override
    public Node visitQualitative(Qualitative c) {
      Node n = new Node(c, Shape.QUALITATIVE, null, "qualitative");
      n.input = InputRef.declaration(c.declaration());
      n.gap = gap(c, n.input, Optional.empty(), Optional.empty(), Optional.empty());
      String how =
          c.assessment() == Qualitative.Assessment.REVIEW ? "needs review" : "needs a declaration";
      n.done = new ConditionResult[3];
      n.done[Outcome.UNDETERMINED.ordinal()] =
          n.proto(Outcome.UNDETERMINED)
              .withDetail(how + ": declaration '" + c.declaration() + "' not given");
      n.done[Outcome.ELIGIBLE.ordinal()] =
          n.proto(Outcome.ELIGIBLE).withDetail("declared true under '" + c.declaration() + "'");
      n.done[Outcome.NOT_ELIGIBLE.ordinal()] =
          n.proto(Outcome.NOT_ELIGIBLE)
              .withDetail("declared false under '" + c.declaration() + "'");
      n.evals = new Eval[3];
      for (Outcome o : Outcome.values()) {
        Eval e = new Eval(o);
        e.result = n.done[o.ordinal()];
        if (o == Outcome.UNDETERMINED) {
          e.input = n;
        } else if (o == Outcome.NOT_ELIGIBLE) {
          e.gap = n.gap;
        }
        n.evals[o.ordinal()] = e;
      }
      return add(n);
    }

    @Override
    public Node visitScorecard(Scorecard c) {
      Quantity minimum = Quantity.of(c.minimumTotal(), Unit.POINTS);
      Node n =
          new Node(c, Shape.SCORECARD, null, "scorecard")
              .withOperator(io.github.srdipolicy.model.Operator.AT_LEAST, minimum);
      List<IndicatorId> ids = new ArrayList<>(c.items().size());
      for (ScoreItem item : c.items()) {
        ids.add(item.indicator());
      }
      n.items(ids);
      return add(n);
    }
  }

  /**
   * Walks a plan for one profile, collecting the secondary sources it touches: as bits of the
   * plan's table, or, without one, as a list sorted at the end.
   */
  private final class Walker {
    private final EnterpriseProfile profile;
    private final Map<IndicatorId, Quantity> values;
    private final Optional<LocalDate> asOf;
    private final List<SourceRef> secondary;
    private long secondaryBits;

    Walker(EnterpriseProfile profile, Optional<LocalDate> asOf, boolean listSecondary) {
      this.profile = profile;
      this.values = profile.values();
      this.asOf = asOf;
      this.secondary = listSecondary ? new ArrayList<>() : null;
    }

    List<SourceRef> unverifiedSources(Plan plan) {
      if (secondary == null) {
        SourceRef[] table = plan.secondaryTable;
        long bits = secondaryBits;
        if (bits == 0) {
          return List.of();
        }
        SourceRef[] used = new SourceRef[Long.bitCount(bits)];
        for (int i = 0, k = 0; k < used.length; i++) {
          if ((bits & (1L << i)) != 0) {
            used[k++] = table[i];
          }
        }
        return Arrays.asList(used);
      }
      return secondary.isEmpty()
          ? List.of()
          : secondary.stream().distinct().sorted(SOURCE_ORDER).toList();
    }

    /** Notes that a condition was evaluated (after its children, as its trace node is made). */
    private void touch(Node n) {
      if (n.secondary) {
        if (secondary == null) {
          secondaryBits |= n.secondaryBit;
        } else {
          secondary.add(n.c.source());
        }
      }
    }

    /** A prepared evaluation of the node, shared: only its source is noted. */
    private Eval prepared(Node n, Outcome o) {
      touch(n);
      return n.evals[o.ordinal()];
    }

    private Eval leaf(Node n, Eval e, ConditionResult result) {
      touch(n);
      e.result = result;
      return e;
    }

    Eval eval(Node n) {
      switch (n.shape) {
        case COMPARISON:
          return comparison(n, (Comparison) n.c);
        case STATUS:
          return status(n, (Status) n.c);
        case SUM:
          return sum(n, (SumComparison) n.c);
        case ALL_OF:
          {
            Eval[] kids = children(n.kids);
            Eval e = and(kids);
            return leaf(n, e, n.proto(e.outcome).withChildren(results(kids)));
          }
        case ANY_OF:
          {
            Eval[] kids = children(n.kids);
            Eval e = or(kids);
            return leaf(n, e, n.proto(e.outcome).withChildren(results(kids)));
          }
        case AT_LEAST:
          return atLeast(n, (AtLeast) n.c);
        case BANDED:
          return banded(n, (Banded) n.c);
        case HOLDS_TIER:
          return holdsTier(n, (HoldsTier) n.c);
        case QUALITATIVE:
          return qualitative(n, (Qualitative) n.c);
        case SCORECARD:
          return scorecard(n, (Scorecard) n.c);
        default:
          throw new IllegalStateException("unknown shape " + n.shape);
      }
    }

    private Eval[] children(Node[] nodes) {
      Eval[] evals = new Eval[nodes.length];
      for (int i = 0; i < evals.length; i++) {
        evals[i] = eval(nodes[i]);
      }
      return evals;
    }

    private List<ConditionResult> results(Eval[] evals) {
      // A view, not a copy: the trace node copies its children once.
      return new AbstractList<>() {
        @Override
        public ConditionResult get(int index) {
          return evals[index].result;
        }

        @Override
        public int size() {
          return evals.length;
        }
      };
    }

    private Eval comparison(Node n, Comparison c) {
      return compared(n, c, c.indicator(), c.operator(), c.threshold());
    }

    /** A status is a comparison: the indicator's flag equal to the required one. */
    private Eval status(Node n, Status c) {
      return compared(
          n, c, c.indicator(), io.github.srdipolicy.model.Operator.EQUAL_TO, c.requiredFlag());
    }

    private Eval compared(
        Node n,
        Condition c,
        IndicatorId indicator,
        io.github.srdipolicy.model.Operator operator,
        Quantity required) {
      Quantity actual = values.get(indicator);
      if (actual == null) {
        return prepared(n, Outcome.UNDETERMINED);
      }
      boolean holds = operator.test(compare(actual, required, indicator));
      Eval e = new Eval(Outcome.of(holds));
      if (!holds) {
        // The gap is made only for a failure, which lists it.
        e.gap = gap(c, n.input, Optional.of(actual), Optional.of(operator), Optional.of(required));
      }
      return leaf(n, e, n.proto(e.outcome).withActual(actual));
    }

    private Eval sum(Node n, SumComparison c) {
      BigDecimal known = BigDecimal.ZERO;
      int[] missing = null;
      int missingCount = 0;
      boolean missingNonNegative = true;
      List<IndicatorId> ids = c.indicators();
      for (int i = 0; i < ids.size(); i++) {
        IndicatorId id = ids.get(i);
        Quantity v = values.get(id);
        if (v != null) {
          requireComparable(v, c.threshold(), id);
          known = known.add(v.baseValue());
        } else {
          if (missing == null) {
            missing = new int[ids.size()];
          }
          missing[missingCount++] = n.itemRanks[i];
          missingNonNegative &=
              indicators.get(id).minimum().map(m -> m.signum() >= 0).orElse(false);
        }
      }
      Quantity sum = Quantity.of(known.divide(c.threshold().unit().factor()), c.threshold().unit());
      boolean holdsSoFar = c.operator().test(sum.compareTo(c.threshold()));
      Outcome outcome;
      if (missing == null) {
        outcome = Outcome.of(holdsSoFar);
      } else if (missingNonNegative && c.operator().isLowerBound() && holdsSoFar) {
        outcome = Outcome.ELIGIBLE; // the missing summands cannot lower the sum
      } else if (missingNonNegative
          && !c.operator().isLowerBound()
          && c.operator() != io.github.srdipolicy.model.Operator.EQUAL_TO
          && !holdsSoFar) {
        outcome = Outcome.NOT_ELIGIBLE; // the missing summands cannot bring it back under the cap
      } else {
        outcome = Outcome.UNDETERMINED;
      }
      Eval e = new Eval(outcome);
      if (outcome == Outcome.NOT_ELIGIBLE) {
        e.gap =
            gap(
                c,
                n.itemInputs[0],
                Optional.of(sum),
                Optional.of(c.operator()),
                Optional.of(c.threshold()));
      } else if (outcome == Outcome.UNDETERMINED) {
        e.inputs = Arrays.copyOf(missing, missingCount);
      }
      return leaf(
          n, e, n.proto(outcome).withActual(sum).withDetail(n.details[missing == null ? 0 : 1]));
    }

    private Eval atLeast(Node n, AtLeast c) {
      Eval[] kids = children(n.kids);
      int yes = 0;
      int unknown = 0;
      for (Eval k : kids) {
        yes += k.outcome == Outcome.ELIGIBLE ? 1 : 0;
        unknown += k.outcome == Outcome.UNDETERMINED ? 1 : 0;
      }
      Outcome o =
          yes >= c.count()
              ? Outcome.ELIGIBLE
              : yes + unknown < c.count() ? Outcome.NOT_ELIGIBLE : Outcome.UNDETERMINED;
      Eval e = new Eval(o, kids);
      return leaf(
          n,
          e,
          n.proto(o)
              .withChildren(results(kids))
              .withDetail(yes + " of " + kids.length + " hold, " + c.count() + " required"));
    }

    private Eval banded(Node n, Banded c) {
      Quantity selector = values.get(c.indicator());
      List<Band> bands = c.bands();
      int nb = bands.size();
      Eval e;
      Eval[] kids;
      String detail;
      if (selector != null) {
        int found = -1;
        for (int i = 0; i < nb; i++) {
          Quantity end = n.bandEnds[i];
          if (end != null) {
            requireComparable(selector, end, c.indicator());
          }
          if (bands.get(i).range().contains(selector)) {
            found = i;
            break;
          }
        }
        if (found < 0) {
          kids = new Eval[0];
          e = new Eval(Outcome.NOT_ELIGIBLE);
          e.gap = gap(c, n.input, Optional.of(selector), Optional.empty(), Optional.empty());
          detail = n.details[2 * nb];
        } else if (n.kids[found] == null) {
          kids = new Eval[0];
          e = new Eval(Outcome.ELIGIBLE);
          detail = n.details[nb + found];
        } else {
          Eval k = eval(n.kids[found]);
          kids = new Eval[] {k};
          e = new Eval(k.outcome, kids);
          detail = n.details[found];
        }
      } else {
        // Without the selector every band is possible: decided only if all possible results agree.
        int count = 0;
        for (Node then : n.kids) {
          count += then != null ? 1 : 0;
        }
        kids = new Eval[count];
        boolean eligible = false;
        boolean notEligible = false;
        boolean undetermined = false;
        for (int i = 0, k = 0; i < nb; i++) {
          Outcome o;
          if (n.kids[i] != null) {
            Eval ke = eval(n.kids[i]);
            kids[k++] = ke;
            o = ke.outcome;
          } else {
            o = Outcome.ELIGIBLE;
          }
          eligible |= o == Outcome.ELIGIBLE;
          notEligible |= o == Outcome.NOT_ELIGIBLE;
          undetermined |= o == Outcome.UNDETERMINED;
        }
        if (!c.coversAllValuesOf(indicators.get(c.indicator()))) {
          notEligible = true;
        }
        int possible = (eligible ? 1 : 0) + (notEligible ? 1 : 0) + (undetermined ? 1 : 0);
        if (possible == 1 && !undetermined) {
          e = new Eval(eligible ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE, kids);
        } else {
          e = new Eval(Outcome.UNDETERMINED, kids);
          e.input = n;
        }
        detail = n.details[2 * nb + 1];
      }
      ImmutableConditionResult result = n.proto(e.outcome).withDetail(detail);
      if (selector != null) {
        result = result.withActual(selector);
      }
      return leaf(n, e, kids.length == 0 ? result : result.withChildren(results(kids)));
    }

    private Eval holdsTier(Node n, HoldsTier c) {
      TierHolding valid = null;
      // The latest end among titles recognised by the date that no longer count: "held, expired …".
      LocalDate expired = null;
      for (TierHolding h : profile.tiers()) {
        if (!h.tier().equals(c.tier())) {
          continue;
        }
        if (valid == null && (asOf.isEmpty() || holds(h, asOf.get()))) {
          valid = h;
        }
        if (asOf.isPresent() && !h.recognised().isAfter(asOf.get())) {
          Optional<LocalDate> end = validUntil(h);
          if (end.isPresent()
              && !asOf.get().isBefore(end.get())
              && (expired == null || end.get().isAfter(expired))) {
            expired = end.get();
          }
        }
      }
      Eval e;
      String detail;
      if (valid != null) {
        e = new Eval(Outcome.ELIGIBLE);
        Optional<LocalDate> end = validUntil(valid);
        detail =
            "held, recognised "
                + valid.recognised()
                + (end.isPresent() ? ", valid until " + end.get() : "");
      } else if (!profile.tiersComplete()) {
        e = new Eval(Outcome.UNDETERMINED);
        e.input = n;
        detail =
            expired != null
                ? "held, expired " + expired + "; a renewal is not listed"
                : "not listed";
      } else {
        e = new Eval(Outcome.NOT_ELIGIBLE);
        e.gap = n.gap;
        detail = expired != null ? "held, expired " + expired : "not held";
      }
      return leaf(n, e, n.proto(e.outcome).withDetail(n.details[0] + detail));
    }

    private Eval qualitative(Node n, Qualitative c) {
      Boolean declared = profile.declarations().get(c.declaration());
      return prepared(
          n,
          declared == null
              ? Outcome.UNDETERMINED
              : declared ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE);
    }

    private Eval scorecard(Node n, Scorecard c) {
      Map<String, BigDecimal[]> categories = new TreeMap<>();
      BigDecimal low = BigDecimal.ZERO;
      BigDecimal high = BigDecimal.ZERO;
      List<ScoreItem> items = c.items();
      int[] missing = new int[items.size()];
      int missingCount = 0;
      for (int i = 0; i < missing.length; i++) {
        ScoreItem item = items.get(i);
        Quantity v = values.get(item.indicator());
        BigDecimal lo;
        BigDecimal hi;
        if (v != null) {
          lo = hi = pointsOf(item, v);
        } else {
          missing[missingCount++] = n.itemRanks[i];
          lo = item.minPoints();
          hi = item.maxPoints();
        }
        low = low.add(lo);
        high = high.add(hi);
        BigDecimal[] range =
            categories.computeIfAbsent(
                item.category(), k -> new BigDecimal[] {BigDecimal.ZERO, BigDecimal.ZERO});
        range[0] = range[0].add(lo);
        range[1] = range[1].add(hi);
      }
      boolean surelyPasses = low.compareTo(c.minimumTotal()) >= 0;
      boolean surelyFails = high.compareTo(c.minimumTotal()) < 0;
      for (Map.Entry<String, BigDecimal> min : c.categoryMinimums().entrySet()) {
        BigDecimal[] range = categories.get(min.getKey());
        surelyPasses &= range[0].compareTo(min.getValue()) >= 0;
        surelyFails |= range[1].compareTo(min.getValue()) < 0;
      }
      Outcome o =
          surelyFails
              ? Outcome.NOT_ELIGIBLE
              : surelyPasses ? Outcome.ELIGIBLE : Outcome.UNDETERMINED;
      Quantity shownScore = Quantity.of(low, Unit.POINTS);
      Eval e = new Eval(o);
      if (o == Outcome.NOT_ELIGIBLE) {
        e.gap =
            gap(
                c,
                n.itemInputs[0],
                Optional.of(shownScore),
                Optional.of(io.github.srdipolicy.model.Operator.AT_LEAST),
                Optional.of(Quantity.of(c.minimumTotal(), Unit.POINTS)));
      } else if (o == Outcome.UNDETERMINED) {
        e.inputs = Arrays.copyOf(missing, missingCount);
      }
      StringBuilder detail =
          new StringBuilder(
              missingCount == 0
                  ? "score " + low.toPlainString()
                  : "score between " + low.toPlainString() + " and " + high.toPlainString());
      for (Map.Entry<String, BigDecimal[]> cat : categories.entrySet()) {
        BigDecimal[] r = cat.getValue();
        detail
            .append("; ")
            .append(cat.getKey())
            .append(' ')
            .append(
                r[0].compareTo(r[1]) == 0
                    ? r[0].toPlainString()
                    : r[0].toPlainString() + "–" + r[1].toPlainString());
        BigDecimal min = c.categoryMinimums().get(cat.getKey());
        if (min != null) {
          detail.append(" (min ").append(min.toPlainString()).append(')');
        }
      }
      return leaf(n, e, n.proto(o).withActual(shownScore).withDetail(detail.toString()));
    }

    private int compare(Quantity actual, Quantity threshold, IndicatorId id) {
      requireComparable(actual, threshold, id);
      return actual.compareTo(threshold);
    }
  }

  /**
   * The outcome of a condition tree without its explanation. Every rule is the explained {@link
   * Walker}'s, in the same order (children are all evaluated, bands tested in order), so that
   * outcomes and the unit checks met on the way are the same; only what explains the outcome is
   * left out. A property test holds the two equal on random criteria and profiles.
   */
  private final class OutcomeWalker implements ConditionVisitor<Outcome> {
    private final EnterpriseProfile profile;
    private final Map<IndicatorId, Quantity> values;
    private final LocalDate asOf;

    OutcomeWalker(EnterpriseProfile profile, LocalDate asOf) {
      this.profile = profile;
      this.values = profile.values();
      this.asOf = asOf;
    }

    Outcome criteria(EligibilityCriteria criteria) {
      Outcome anyTrack = Outcome.NOT_ELIGIBLE;
      for (Track track : criteria.tracks()) {
        anyTrack = anyTrack.or(track.condition().accept(this));
      }
      return criteria.common().isPresent()
          ? criteria.common().get().accept(this).and(anyTrack)
          : anyTrack;
    }

    @Override
    public Outcome visitComparison(Comparison c) {
      Quantity actual = values.get(c.indicator());
      if (actual == null) {
        return Outcome.UNDETERMINED;
      }
      requireComparable(actual, c.threshold(), c.indicator());
      return Outcome.of(c.operator().test(actual.compareTo(c.threshold())));
    }

    @Override
    public Outcome visitStatus(Status c) {
      Quantity actual = values.get(c.indicator());
      if (actual == null) {
        return Outcome.UNDETERMINED;
      }
      Quantity required = c.requiredFlag();
      requireComparable(actual, required, c.indicator());
      return Outcome.of(actual.compareTo(required) == 0);
    }

    @Override
    public Outcome visitSum(SumComparison c) {
      BigDecimal known = BigDecimal.ZERO;
      boolean anyMissing = false;
      boolean missingNonNegative = true;
      for (IndicatorId id : c.indicators()) {
        Quantity v = values.get(id);
        if (v != null) {
          requireComparable(v, c.threshold(), id);
          known = known.add(v.baseValue());
        } else {
          anyMissing = true;
          missingNonNegative &=
              indicators.get(id).minimum().map(m -> m.signum() >= 0).orElse(false);
        }
      }
      boolean holdsSoFar = c.operator().test(known.compareTo(c.threshold().baseValue()));
      if (!anyMissing) {
        return Outcome.of(holdsSoFar);
      } else if (missingNonNegative && c.operator().isLowerBound() && holdsSoFar) {
        return Outcome.ELIGIBLE;
      } else if (missingNonNegative
          && !c.operator().isLowerBound()
          && c.operator() != io.github.srdipolicy.model.Operator.EQUAL_TO
          && !holdsSoFar) {
        return Outcome.NOT_ELIGIBLE;
      }
      return Outcome.UNDETERMINED;
    }

    @Override
    public Outcome visitAllOf(AllOf c) {
      Outcome o = Outcome.ELIGIBLE;
      for (Condition child : c.conditions()) {
        o = o.and(child.accept(this));
      }
      return o;
    }

    @Override
    public Outcome visitAnyOf(AnyOf c) {
      Outcome o = Outcome.NOT_ELIGIBLE;
      for (Condition child : c.conditions()) {
        o = o.or(child.accept(this));
      }
      return o;
    }

    @Override
    public Outcome visitAtLeast(AtLeast c) {
      int yes = 0;
      int unknown = 0;
      for (Condition child : c.conditions()) {
        Outcome o = child.accept(this);
        yes += o == Outcome.ELIGIBLE ? 1 : 0;
        unknown += o == Outcome.UNDETERMINED ? 1 : 0;
      }
      return yes >= c.count()
          ? Outcome.ELIGIBLE
          : yes + unknown < c.count() ? Outcome.NOT_ELIGIBLE : Outcome.UNDETERMINED;
    }

    @Override
    public Outcome visitBanded(Banded c) {
      Quantity selector = values.get(c.indicator());
      if (selector != null) {
        for (Band b : c.bands()) {
          Interval range = b.range();
          Quantity end =
              range.lower().isPresent() ? range.lower().get() : range.upper().orElse(null);
          if (end != null) {
            requireComparable(selector, end, c.indicator());
          }
          if (range.contains(selector)) {
            return b.then().isEmpty() ? Outcome.ELIGIBLE : b.then().get().accept(this);
          }
        }
        return Outcome.NOT_ELIGIBLE;
      }
      // Without the selector every band is possible: decided only if all possible results agree.
      boolean eligible = false;
      boolean notEligible = false;
      boolean undetermined = false;
      for (Band b : c.bands()) {
        Outcome o = b.then().isPresent() ? b.then().get().accept(this) : Outcome.ELIGIBLE;
        eligible |= o == Outcome.ELIGIBLE;
        notEligible |= o == Outcome.NOT_ELIGIBLE;
        undetermined |= o == Outcome.UNDETERMINED;
      }
      if (!c.coversAllValuesOf(indicators.get(c.indicator()))) {
        notEligible = true;
      }
      if (undetermined || eligible == notEligible) {
        return Outcome.UNDETERMINED;
      }
      return eligible ? Outcome.ELIGIBLE : Outcome.NOT_ELIGIBLE;
    }

    @Override
    public Outcome visitHoldsTier(HoldsTier c) {
      for (TierHolding h : profile.tiers()) {
        if (h.tier().equals(c.tier()) && h.holdsOn(asOf)) {
          return Outcome.ELIGIBLE;
        }
      }
      return profile.tiersComplete() ? Outcome.NOT_ELIGIBLE : Outcome.UNDETERMINED;
    }

    @Override
    public Outcome visitQualitative(Qualitative c) {
      Boolean declared = profile.declarations().get(c.declaration());
      return declared == null ? Outcome.UNDETERMINED : Outcome.of(declared);
    }

    @Override
    public Outcome visitScorecard(Scorecard c) {
      BigDecimal low = BigDecimal.ZERO;
      BigDecimal high = BigDecimal.ZERO;
      List<ScoreItem> items = c.items();
      // Points of each item, looked up once: the category checks below sum them again by category.
      BigDecimal[] itemLow = new BigDecimal[items.size()];
      BigDecimal[] itemHigh = new BigDecimal[items.size()];
      for (int i = 0; i < itemLow.length; i++) {
        ScoreItem item = items.get(i);
        Quantity v = values.get(item.indicator());
        itemLow[i] = v != null ? pointsOf(item, v) : item.minPoints();
        itemHigh[i] = v != null ? itemLow[i] : item.maxPoints();
        low = low.add(itemLow[i]);
        high = high.add(itemHigh[i]);
      }
      boolean surelyPasses = low.compareTo(c.minimumTotal()) >= 0;
      boolean surelyFails = high.compareTo(c.minimumTotal()) < 0;
      for (Map.Entry<String, BigDecimal> min : c.categoryMinimums().entrySet()) {
        BigDecimal catLow = BigDecimal.ZERO;
        BigDecimal catHigh = BigDecimal.ZERO;
        for (int i = 0; i < itemLow.length; i++) {
          if (items.get(i).category().equals(min.getKey())) {
            catLow = catLow.add(itemLow[i]);
            catHigh = catHigh.add(itemHigh[i]);
          }
        }
        surelyPasses &= catLow.compareTo(min.getValue()) >= 0;
        surelyFails |= catHigh.compareTo(min.getValue()) < 0;
      }
      return surelyFails
          ? Outcome.NOT_ELIGIBLE
          : surelyPasses ? Outcome.ELIGIBLE : Outcome.UNDETERMINED;
    }
  }

  /** The points of a present value: those of the first band holding it, zero if none does. */
  private static BigDecimal pointsOf(ScoreItem item, Quantity value) {
    for (ScoreBand band : item.bands()) {
      Interval range = band.range();
      Quantity anyEnd =
          range.lower().isPresent() ? range.lower().get() : range.upper().orElse(null);
      if (anyEnd != null) {
        requireComparable(value, anyEnd, item.indicator());
      }
      if (range.contains(value)) {
        return band.points();
      }
    }
    return BigDecimal.ZERO;
  }

  /**
   * Fails, naming the indicator and the value, where a value's unit cannot be compared with a
   * bound's.
   */
  private static void requireComparable(Quantity actual, Quantity threshold, IndicatorId id) {
    if (!actual.unit().isCompatibleWith(threshold.unit())) {
      // The message is built only here, on failure: this check runs for every value compared.
      throw Checks.invalid(
          "value of indicator " + id,
          actual.toGivenString(),
          "unit must be compatible with " + threshold.unit());
    }
  }
}
