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
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

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
    Walker walker = new Walker(profile, asOf);
    Optional<Eval> common = criteria.common().map(c -> c.accept(walker));
    List<Eval> trackEvals = new ArrayList<>();
    List<TrackResult> tracks = new ArrayList<>();
    for (Track track : criteria.tracks()) {
      Eval e = track.condition().accept(walker);
      trackEvals.add(e);
      tracks.add(
          TrackResult.builder()
              .track(track.id())
              .kind(track.kind())
              .label(track.label())
              .outcome(e.outcome)
              .trace(e.result)
              .missingInputs(e.outcome == Outcome.UNDETERMINED ? sorted(e.missing) : List.of())
              .gaps(e.outcome == Outcome.NOT_ELIGIBLE ? e.gaps : List.of())
              .build());
    }
    Eval anyTrack = or(trackEvals);
    Eval overall = common.map(c -> and(List.of(c, anyTrack))).orElse(anyTrack);
    return EligibilityReport.builder()
        .criteria(criteria.id())
        .tier(criteria.tier())
        .label(criteria.label())
        .asOf(asOf)
        .applicationKind(profile.applicationKind())
        .outcome(overall.outcome)
        .common(common.map(c -> c.result))
        .tracks(tracks)
        .missingInputs(
            overall.outcome == Outcome.UNDETERMINED ? sorted(overall.missing) : List.of())
        .gaps(overall.outcome == Outcome.NOT_ELIGIBLE ? overall.gaps : List.of())
        .caveats(criteria.caveats())
        .unverifiedSources(
            walker.secondary.isEmpty()
                ? List.of()
                : walker.secondary.stream()
                    .distinct()
                    .sorted(
                        Comparator.comparing(SourceRef::document)
                            .thenComparing(SourceRef::clause)
                            .thenComparing(SourceRef::confidence))
                    .toList())
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
    return condition.accept(new Walker(profile, Optional.of(asOf))).outcome;
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

  private static List<InputRef> sorted(Set<InputRef> inputs) {
    return List.copyOf(new TreeSet<>(inputs));
  }

  /** The outcome of a subtree with what explains it. */
  private static final class Eval {
    final Outcome outcome;
    final Set<InputRef> missing;
    final List<Gap> gaps;
    ConditionResult result;

    Eval(Outcome outcome, Set<InputRef> missing, List<Gap> gaps) {
      this.outcome = outcome;
      this.missing = missing;
      this.gaps = gaps;
    }
  }

  /**
   * Kleene conjunction of subtrees: undetermined inputs are those of the undetermined children (all
   * of them are needed to decide), gaps those of the failed children.
   */
  private static Eval and(List<Eval> parts) {
    Outcome o = Outcome.ELIGIBLE;
    for (Eval p : parts) {
      o = o.and(p.outcome);
    }
    return combine(o, parts);
  }

  /** Kleene disjunction: a failure lists the gaps of every alternative. */
  private static Eval or(List<Eval> parts) {
    Outcome o = Outcome.NOT_ELIGIBLE;
    for (Eval p : parts) {
      o = o.or(p.outcome);
    }
    return combine(o, parts);
  }

  private static Eval combine(Outcome o, List<Eval> parts) {
    // Only an undetermined result lists missing inputs and only a failed one gaps: the other
    // collection stays the shared empty one.
    Set<InputRef> missing = o == Outcome.UNDETERMINED ? new LinkedHashSet<>() : Set.of();
    List<Gap> gaps = o == Outcome.NOT_ELIGIBLE ? new ArrayList<>() : List.of();
    for (Eval p : parts) {
      if (o == Outcome.UNDETERMINED && p.outcome == Outcome.UNDETERMINED) {
        missing.addAll(p.missing);
      }
      if (o == Outcome.NOT_ELIGIBLE && p.outcome == Outcome.NOT_ELIGIBLE) {
        gaps.addAll(p.gaps);
      }
    }
    return new Eval(o, missing, gaps);
  }

  /** Walks a condition tree for one profile, collecting the secondary sources it touches. */
  private final class Walker implements ConditionVisitor<Eval> {
    private final EnterpriseProfile profile;
    private final Optional<LocalDate> asOf;
    final List<SourceRef> secondary = new ArrayList<>();

    Walker(EnterpriseProfile profile, Optional<LocalDate> asOf) {
      this.profile = profile;
      this.asOf = asOf;
    }

    private ImmutableConditionResult.Builder start(Condition c, String shape, Outcome outcome) {
      if (c.source().confidence().needsVerification()) {
        secondary.add(c.source());
      }
      return ConditionResult.builder()
          .condition(c.id())
          .shape(shape)
          .label(c.label())
          .outcome(outcome)
          .source(c.source())
          .note(c.note());
    }

    private Eval leaf(Eval e, ImmutableConditionResult.Builder result) {
      e.result = result.build();
      return e;
    }

    private Gap gap(
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

    @Override
    public Eval visitComparison(Comparison c) {
      Optional<Quantity> actual = profile.value(c.indicator());
      Eval e;
      if (actual.isEmpty()) {
        e = new Eval(Outcome.UNDETERMINED, Set.of(InputRef.indicator(c.indicator())), List.of());
      } else {
        boolean holds = c.operator().test(compare(actual.get(), c.threshold(), c.indicator()));
        // The input's reference and the gap are made only for a failure, which lists them.
        e =
            holds
                ? new Eval(Outcome.ELIGIBLE, Set.of(), List.of())
                : new Eval(
                    Outcome.NOT_ELIGIBLE,
                    Set.of(),
                    List.of(
                        gap(
                            c,
                            InputRef.indicator(c.indicator()),
                            actual,
                            Optional.of(c.operator()),
                            Optional.of(c.threshold()))));
      }
      return leaf(
          e,
          start(c, "comparison", e.outcome)
              .actual(actual)
              .operator(c.operator())
              .threshold(c.threshold()));
    }

    @Override
    public Eval visitStatus(Status c) {
      Optional<Quantity> actual = profile.value(c.indicator());
      InputRef input = InputRef.indicator(c.indicator());
      Quantity required = c.requiredFlag();
      Eval e;
      if (actual.isEmpty()) {
        e = new Eval(Outcome.UNDETERMINED, Set.of(input), List.of());
      } else {
        boolean holds = compare(actual.get(), required, c.indicator()) == 0;
        e =
            new Eval(
                Outcome.of(holds),
                Set.of(),
                holds
                    ? List.of()
                    : List.of(
                        gap(
                            c,
                            input,
                            actual,
                            Optional.of(io.github.srdipolicy.model.Operator.EQUAL_TO),
                            Optional.of(required))));
      }
      return leaf(
          e,
          start(c, "status", e.outcome)
              .actual(actual)
              .operator(io.github.srdipolicy.model.Operator.EQUAL_TO)
              .threshold(required));
    }

    @Override
    public Eval visitSum(SumComparison c) {
      BigDecimal known = BigDecimal.ZERO;
      Set<InputRef> missing = new LinkedHashSet<>();
      boolean missingNonNegative = true;
      for (IndicatorId id : c.indicators()) {
        Optional<Quantity> v = profile.value(id);
        if (v.isPresent()) {
          requireComparable(v.get(), c.threshold(), id);
          known = known.add(v.get().baseValue());
        } else {
          missing.add(InputRef.indicator(id));
          missingNonNegative &=
              indicators.get(id).minimum().map(m -> m.signum() >= 0).orElse(false);
        }
      }
      Quantity sum = Quantity.of(known.divide(c.threshold().unit().factor()), c.threshold().unit());
      boolean holdsSoFar = c.operator().test(sum.compareTo(c.threshold()));
      Outcome outcome;
      if (missing.isEmpty()) {
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
      List<Gap> gaps =
          outcome == Outcome.NOT_ELIGIBLE
              ? List.of(
                  gap(
                      c,
                      InputRef.indicator(c.indicators().get(0)),
                      Optional.of(sum),
                      Optional.of(c.operator()),
                      Optional.of(c.threshold())))
              : List.of();
      Eval e = new Eval(outcome, outcome == Outcome.UNDETERMINED ? missing : Set.of(), gaps);
      String detail = (missing.isEmpty() ? "sum of " : "sum of known values of ") + c.indicators();
      return leaf(
          e,
          start(c, "sum", outcome)
              .actual(sum)
              .operator(c.operator())
              .threshold(c.threshold())
              .detail(detail));
    }

    private List<Eval> children(List<Condition> conditions) {
      List<Eval> evals = new ArrayList<>();
      for (Condition child : conditions) {
        evals.add(child.accept(this));
      }
      return evals;
    }

    private List<ConditionResult> results(List<Eval> evals) {
      ConditionResult[] results = new ConditionResult[evals.size()];
      for (int i = 0; i < results.length; i++) {
        results[i] = evals.get(i).result;
      }
      return Arrays.asList(results);
    }

    @Override
    public Eval visitAllOf(AllOf c) {
      List<Eval> kids = children(c.conditions());
      Eval e = and(kids);
      return leaf(e, start(c, "allOf", e.outcome).children(results(kids)));
    }

    @Override
    public Eval visitAnyOf(AnyOf c) {
      List<Eval> kids = children(c.conditions());
      Eval e = or(kids);
      return leaf(e, start(c, "anyOf", e.outcome).children(results(kids)));
    }

    @Override
    public Eval visitAtLeast(AtLeast c) {
      List<Eval> kids = children(c.conditions());
      long yes = kids.stream().filter(k -> k.outcome == Outcome.ELIGIBLE).count();
      long unknown = kids.stream().filter(k -> k.outcome == Outcome.UNDETERMINED).count();
      Outcome o =
          yes >= c.count()
              ? Outcome.ELIGIBLE
              : yes + unknown < c.count() ? Outcome.NOT_ELIGIBLE : Outcome.UNDETERMINED;
      Eval e = combine(o, kids);
      return leaf(
          e,
          start(c, "atLeast", o)
              .children(results(kids))
              .detail(yes + " of " + kids.size() + " hold, " + c.count() + " required"));
    }

    @Override
    public Eval visitBanded(Banded c) {
      Optional<Quantity> selector = profile.value(c.indicator());
      List<Eval> kids = new ArrayList<>();
      Eval e;
      String detail;
      if (selector.isPresent()) {
        Optional<Band> band =
            c.bands().stream()
                .filter(
                    b -> {
                      b.range()
                          .lower()
                          .or(() -> b.range().upper())
                          .ifPresent(end -> requireComparable(selector.get(), end, c.indicator()));
                      return b.range().contains(selector.get());
                    })
                .findFirst();
        if (band.isEmpty()) {
          e =
              new Eval(
                  Outcome.NOT_ELIGIBLE,
                  Set.of(),
                  List.of(
                      gap(
                          c,
                          InputRef.indicator(c.indicator()),
                          selector,
                          Optional.empty(),
                          Optional.empty())));
          detail = "value in no band";
        } else if (band.get().then().isEmpty()) {
          e = new Eval(Outcome.ELIGIBLE, Set.of(), List.of());
          detail = "band " + band.get().range() + ": no further requirement";
        } else {
          Eval k = band.get().then().get().accept(this);
          kids.add(k);
          e = new Eval(k.outcome, k.missing, k.gaps);
          detail = "band " + band.get().range();
        }
      } else {
        // Without the selector every band is possible: decided only if all possible results agree.
        Set<Outcome> possible = new LinkedHashSet<>();
        Set<InputRef> missing = new LinkedHashSet<>();
        missing.add(InputRef.indicator(c.indicator()));
        for (Band b : c.bands()) {
          if (b.then().isPresent()) {
            Eval k = b.then().get().accept(this);
            kids.add(k);
            possible.add(k.outcome);
            missing.addAll(k.missing);
          } else {
            possible.add(Outcome.ELIGIBLE);
          }
        }
        if (!c.coversAllValuesOf(indicators.get(c.indicator()))) {
          possible.add(Outcome.NOT_ELIGIBLE);
        }
        if (possible.size() == 1 && possible.iterator().next().isDecided()) {
          Outcome only = possible.iterator().next();
          List<Gap> gaps = new ArrayList<>();
          kids.forEach(k -> gaps.addAll(k.gaps));
          e = new Eval(only, Set.of(), only == Outcome.NOT_ELIGIBLE ? gaps : List.of());
        } else {
          e = new Eval(Outcome.UNDETERMINED, missing, List.of());
        }
        detail = "band unknown: " + c.indicator() + " missing";
      }
      return leaf(
          e, start(c, "banded", e.outcome).actual(selector).detail(detail).children(results(kids)));
    }

    @Override
    public Eval visitHoldsTier(HoldsTier c) {
      InputRef input = InputRef.tier(c.tier());
      List<TierHolding> listed =
          profile.tiers().stream().filter(h -> h.tier().equals(c.tier())).toList();
      Optional<TierHolding> valid =
          listed.stream().filter(h -> asOf.map(d -> holds(h, d)).orElse(true)).findFirst();
      // The latest end among titles recognised by the date that no longer count: "held, expired …".
      Optional<LocalDate> expired =
          asOf.flatMap(
              d ->
                  listed.stream()
                      .filter(h -> !h.recognised().isAfter(d))
                      .flatMap(h -> validUntil(h).stream())
                      .filter(end -> !d.isBefore(end))
                      .max(Comparator.naturalOrder()));
      Eval e;
      String detail;
      if (valid.isPresent()) {
        e = new Eval(Outcome.ELIGIBLE, Set.of(), List.of());
        detail =
            "held, recognised "
                + valid.get().recognised()
                + validUntil(valid.get()).map(end -> ", valid until " + end).orElse("");
      } else if (!profile.tiersComplete()) {
        e = new Eval(Outcome.UNDETERMINED, Set.of(input), List.of());
        detail =
            expired
                .map(end -> "held, expired " + end + "; a renewal is not listed")
                .orElse("not listed");
      } else {
        e =
            new Eval(
                Outcome.NOT_ELIGIBLE,
                Set.of(),
                List.of(gap(c, input, Optional.empty(), Optional.empty(), Optional.empty())));
        detail = expired.map(end -> "held, expired " + end).orElse("not held");
      }
      return leaf(
          e, start(c, "holdsTier", e.outcome).detail("requires " + c.tier() + ": " + detail));
    }

    @Override
    public Eval visitQualitative(Qualitative c) {
      InputRef input = InputRef.declaration(c.declaration());
      Boolean declared = profile.declarations().get(c.declaration());
      Eval e;
      if (declared == null) {
        e = new Eval(Outcome.UNDETERMINED, Set.of(input), List.of());
      } else if (declared) {
        e = new Eval(Outcome.ELIGIBLE, Set.of(), List.of());
      } else {
        e =
            new Eval(
                Outcome.NOT_ELIGIBLE,
                Set.of(),
                List.of(gap(c, input, Optional.empty(), Optional.empty(), Optional.empty())));
      }
      String how =
          c.assessment() == Qualitative.Assessment.REVIEW ? "needs review" : "needs a declaration";
      return leaf(
          e,
          start(c, "qualitative", e.outcome)
              .detail(
                  declared == null
                      ? how + ": declaration '" + c.declaration() + "' not given"
                      : "declared " + declared + " under '" + c.declaration() + "'"));
    }

    @Override
    public Eval visitScorecard(Scorecard c) {
      Map<String, BigDecimal[]> categories = new TreeMap<>();
      BigDecimal low = BigDecimal.ZERO;
      BigDecimal high = BigDecimal.ZERO;
      Set<InputRef> missing = new LinkedHashSet<>();
      for (ScoreItem item : c.items()) {
        Optional<Quantity> v = profile.value(item.indicator());
        BigDecimal lo;
        BigDecimal hi;
        if (v.isPresent()) {
          lo = hi = pointsOf(item, v.get());
        } else {
          missing.add(InputRef.indicator(item.indicator()));
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
      List<Gap> gaps =
          o == Outcome.NOT_ELIGIBLE
              ? List.of(
                  gap(
                      c,
                      InputRef.indicator(c.items().get(0).indicator()),
                      Optional.of(shownScore),
                      Optional.of(io.github.srdipolicy.model.Operator.AT_LEAST),
                      Optional.of(Quantity.of(c.minimumTotal(), Unit.POINTS))))
              : List.of();
      StringBuilder detail =
          new StringBuilder(
              missing.isEmpty()
                  ? "score " + low.toPlainString()
                  : "score between " + low.toPlainString() + " and " + high.toPlainString());
      categories.forEach(
          (k, r) ->
              detail
                  .append("; ")
                  .append(k)
                  .append(' ')
                  .append(
                      r[0].compareTo(r[1]) == 0
                          ? r[0].toPlainString()
                          : r[0].toPlainString() + "–" + r[1].toPlainString())
                  .append(
                      c.categoryMinimums().containsKey(k)
                          ? " (min " + c.categoryMinimums().get(k).toPlainString() + ")"
                          : ""));
      Eval e = new Eval(o, o == Outcome.UNDETERMINED ? missing : Set.of(), gaps);
      return leaf(
          e,
          start(c, "scorecard", o)
              .actual(shownScore)
              .operator(io.github.srdipolicy.model.Operator.AT_LEAST)
              .threshold(Quantity.of(c.minimumTotal(), Unit.POINTS))
              .detail(detail.toString()));
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
