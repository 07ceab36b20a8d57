package io.github.srdipolicy.catalog.data;

import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.Applicability;
import io.github.srdipolicy.model.ApplicationKind;
import io.github.srdipolicy.model.AtLeast;
import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.ClauseStatus;
import io.github.srdipolicy.model.Commitment;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.HoldsTier;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.IncentiveKind;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.Interval;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.PoolFirm;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.Schedule;
import io.github.srdipolicy.model.ScoreBand;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Stacking;
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TargetCadence;
import io.github.srdipolicy.model.TargetComparator;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
import io.github.srdipolicy.model.TierSubject;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TrackKind;
import io.github.srdipolicy.model.Trigger;
import io.github.srdipolicy.model.TriggerKind;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.Window;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * Builds the model from a file's tree in the model's own form (the JSON form of the model, after
 * {@link DocumentFiles} has undone the readable notation), with plain code: one method per model
 * type, one case per field, through each type's builder. Reading the catalogue thus needs no
 * Jackson databind, whose classes and per-type introspection cost most of a cold load.
 *
 * <p>As with the model's JSON form: a field written as {@code null} is as if not written; scalars
 * read as text where text is expected; an unknown field, a missing required field, a value of the
 * wrong kind and a value the model rejects are errors naming the line, column and field.
 *
 * <p>A new model field is one more {@code case} in its type's method (and in the list of fields the
 * type's {@link Fields#unknown} names); a new condition shape is one more case in {@link
 * #condition(Node)} and a method like {@link #holdsTier(Node)}.
 */
final class ModelReader {
  private final LocatedTree tree;

  ModelReader(LocatedTree tree) {
    this.tree = tree;
  }

  PolicyDocument document(Node n) {
    var b = PolicyDocument.builder();
    Fields f = fields(n, "PolicyDocument");
    while (f.next()) {
      switch (f.key) {
        case "id" -> b.id(f.documentId());
        case "issuer" -> b.issuer(localized(f.map()));
        case "title" -> b.title(localized(f.map()));
        case "issued" -> b.issued(f.date());
        case "published" -> b.published(f.date());
        case "validity" -> b.validity(dateRange(f.map()));
        case "validityNote" -> b.validityNote(localized(f.map()));
        case "planPeriod" -> b.planPeriod(dateRange(f.map()));
        case "jurisdiction" -> b.jurisdiction(f.jurisdiction());
        case "implementsDocuments" -> {
          for (Node x : f.list()) {
            b.addImplementsDocuments(f.documentId(x));
          }
        }
        case "cites" -> {
          for (Node x : f.list()) {
            b.addCites(f.documentId(x));
          }
        }
        case "completeness" -> b.completeness(f.enumValue(Completeness.class));
        case "completenessNote" -> b.completenessNote(localized(f.map()));
        case "confidence" -> b.confidence(f.enumValue(Confidence.class));
        case "outline" -> {
          for (Node x : f.list()) {
            b.addOutline(clause(f.map(x)));
          }
        }
        case "tiers" -> {
          for (Node x : f.list()) {
            b.addTiers(tier(f.map(x)));
          }
        }
        case "ladders" -> {
          for (Node x : f.list()) {
            b.addLadders(ladder(f.map(x)));
          }
        }
        case "criteria" -> {
          for (Node x : f.list()) {
            b.addCriteria(criteria(f.map(x)));
          }
        }
        case "incentives" -> {
          for (Node x : f.list()) {
            b.addIncentives(incentive(f.map(x)));
          }
        }
        case "targets" -> {
          for (Node x : f.list()) {
            b.addTargets(target(f.map(x)));
          }
        }
        case "measures" -> {
          for (Node x : f.list()) {
            b.addMeasures(measure(f.map(x)));
          }
        }
        case "provisions" -> {
          for (Node x : f.list()) {
            b.addProvisions(provision(f.map(x)));
          }
        }
        case "poolFirms" -> {
          for (Node x : f.list()) {
            b.addPoolFirms(poolFirm(f.map(x)));
          }
        }
        default ->
            throw f.unknown(
                "id, issuer, title, issued, published, validity, validityNote, planPeriod, "
                    + "jurisdiction, implementsDocuments, cites, completeness, completenessNote, confidence, outline, tiers, "
                    + "ladders, criteria, incentives, targets, measures, provisions, poolFirms, indicators, jurisdictions, "
                    + "defaults");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  Indicator indicator(Node n) {
    var b = Indicator.builder();
    Fields f = fields(n, "Indicator");
    while (f.next()) {
      switch (f.key) {
        case "id" -> b.id(f.indicatorId());
        case "name" -> b.name(localized(f.map()));
        case "unit" -> b.unit(f.enumValue(Unit.class));
        case "window" -> b.window(f.enumValue(Window.class));
        case "minimum" -> b.minimum(f.decimal());
        case "maximum" -> b.maximum(f.decimal());
        case "definition" -> b.definition(localized(f.map()));
        default -> throw f.unknown("id, name, unit, window, minimum, maximum, definition");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  Jurisdiction jurisdiction(Node n) {
    var b = Jurisdiction.builder();
    Fields f = fields(n, "Jurisdiction");
    while (f.next()) {
      switch (f.key) {
        case "code" -> b.code(f.jurisdiction());
        case "level" -> b.level(f.enumValue(JurisdictionLevel.class));
        case "name" -> b.name(localized(f.map()));
        case "parent" -> b.parent(f.jurisdiction());
        default -> throw f.unknown("code, level, name, parent");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private LocalizedText localized(Node n) {
    String zh = null;
    String en = null;
    Fields f = fields(n, "LocalizedText");
    while (f.next()) {
      switch (f.key) {
        case "zh" -> zh = f.text();
        case "en" -> en = f.text();
        default -> throw f.unknown("zh, en");
      }
    }
    f.require(zh, "zh");
    f.require(en, "en");
    try {
      return LocalizedText.of(zh, en);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private DateRange dateRange(Node n) {
    LocalDate start = null;
    LocalDate end = null;
    Fields f = fields(n, "DateRange");
    while (f.next()) {
      switch (f.key) {
        case "start" -> start = f.date();
        case "end" -> end = f.date();
        default -> throw f.unknown("start, end");
      }
    }
    f.require(start, "start");
    try {
      return end == null ? DateRange.from(start) : DateRange.of(start, end);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Quantity quantity(Node n) {
    BigDecimal amount = null;
    Unit unit = null;
    Fields f = fields(n, "Quantity");
    while (f.next()) {
      switch (f.key) {
        case "amount" -> amount = f.decimal();
        case "unit" -> unit = f.enumValue(Unit.class);
        default -> throw f.unknown("amount, unit");
      }
    }
    f.require(amount, "amount");
    f.require(unit, "unit");
    try {
      return Quantity.of(amount, unit);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private SourceRef source(Node n) {
    var b = SourceRef.builder();
    Fields f = fields(n, "SourceRef");
    while (f.next()) {
      switch (f.key) {
        case "document" -> b.document(f.documentId());
        case "clause" -> b.clause(f.text());
        case "confidence" -> b.confidence(f.enumValue(Confidence.class));
        case "provenance" -> b.provenance(f.text());
        default -> throw f.unknown("document, clause, confidence, provenance");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Clause clause(Node n) {
    var b = Clause.builder();
    Fields f = fields(n, "Clause");
    while (f.next()) {
      switch (f.key) {
        case "path" -> b.path(f.text());
        case "heading" -> b.heading(localized(f.map()));
        case "status" -> b.status(f.enumValue(ClauseStatus.class));
        case "reason" -> b.reason(localized(f.map()));
        default -> throw f.unknown("path, heading, status, reason");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Tier tier(Node n) {
    var b = Tier.builder();
    Fields f = fields(n, "Tier");
    while (f.next()) {
      switch (f.key) {
        case "id" -> b.id(f.tierId());
        case "name" -> b.name(localized(f.map()));
        case "jurisdiction" -> b.jurisdiction(f.jurisdiction());
        case "level" -> b.level(f.enumValue(JurisdictionLevel.class));
        case "subject" -> b.subject(f.enumValue(TierSubject.class));
        case "prerequisites" -> {
          for (Node x : f.list()) {
            b.addPrerequisites(f.tierId(x));
          }
        }
        case "validityYears" -> b.validityYears(f.integer());
        case "description" -> b.description(localized(f.map()));
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        default ->
            throw f.unknown(
                "id, name, jurisdiction, level, subject, prerequisites, validityYears, "
                    + "description, clause (or source), note");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private TierLadder ladder(Node n) {
    var b = TierLadder.builder();
    Fields f = fields(n, "TierLadder");
    while (f.next()) {
      switch (f.key) {
        case "id" -> b.id(f.factId());
        case "jurisdiction" -> b.jurisdiction(f.jurisdiction());
        case "label" -> b.label(localized(f.map()));
        case "rungs" -> {
          for (Node x : f.list()) {
            b.addRungs(f.tierId(x));
          }
        }
        case "source" -> b.source(source(f.map()));
        default -> throw f.unknown("id, jurisdiction, label, rungs, clause (or source)");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private EligibilityCriteria criteria(Node n) {
    var b = EligibilityCriteria.builder();
    Fields f = fields(n, "EligibilityCriteria");
    while (f.next()) {
      switch (f.key) {
        case "id" -> b.id(f.factId());
        case "tier" -> b.tier(f.tierId());
        case "label" -> b.label(localized(f.map()));
        case "common" -> b.common(condition(f.map()));
        case "tracks" -> {
          for (Node x : f.list()) {
            b.addTracks(track(f.map(x)));
          }
        }
        case "caveats" -> {
          for (Node x : f.list()) {
            b.addCaveats(localized(f.map(x)));
          }
        }
        case "applicability" -> {
          for (Node x : f.list()) {
            b.addApplicability(applicability(f.map(x)));
          }
        }
        case "supersedes" -> {
          for (Node x : f.list()) {
            b.addSupersedes(f.factId(x));
          }
        }
        case "precedenceNote" -> b.precedenceNote(localized(f.map()));
        case "source" -> b.source(source(f.map()));
        default ->
            throw f.unknown(
                "id, tier, label, common, tracks, caveats, applicability, supersedes, "
                    + "precedenceNote, clause (or source)");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Track track(Node n) {
    var b = Track.builder();
    Fields f = fields(n, "Track");
    while (f.next()) {
      switch (f.key) {
        case "id" -> b.id(f.factId());
        case "kind" -> b.kind(f.enumValue(TrackKind.class));
        case "label" -> b.label(localized(f.map()));
        case "condition" -> b.condition(condition(f.map()));
        default -> throw f.unknown("id, kind, label, condition");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Applicability applicability(Node n) {
    var b = Applicability.builder();
    Fields f = fields(n, "Applicability");
    while (f.next()) {
      switch (f.key) {
        case "kinds" -> {
          for (Node x : f.list()) {
            b.addKinds(f.enumValue(x, ApplicationKind.class));
          }
        }
        case "period" -> b.period(dateRange(f.map()));
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        default -> throw f.unknown("kinds, period, clause (or source), note");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  /** The condition shapes, by the name the files give them in {@code type}. */
  private Condition condition(Node n) {
    Node type = n.get("type");
    if (type == null || !type.isScalar()) {
      throw tree.error(
          n,
          "type",
          "expected the condition's type ("
              + CONDITION_TYPES
              + "), or an operator ("
              + String.join(", ", Notation.operatorWords())
              + ") with 'indicator'");
    }
    switch (type.text) {
      case "comparison":
        return comparison(n);
      case "sum":
        return sum(n);
      case "allOf":
        return allOf(n);
      case "anyOf":
        return anyOf(n);
      case "atLeast":
        return atLeast(n);
      case "banded":
        return banded(n);
      case "holdsTier":
        return holdsTier(n);
      case "qualitative":
        return qualitative(n);
      case "scorecard":
        return scorecard(n);
      case "status":
        return status(n);
      default:
        throw tree.error(
            n, "type", "expected one of " + CONDITION_TYPES + ", but found '" + type.text + "'");
    }
  }

  private static final String CONDITION_TYPES =
      "comparison, sum, allOf, anyOf, atLeast, banded, holdsTier, qualitative, scorecard, status";

  /** The fields every condition has, for messages. */
  private static final String CONDITION_FIELDS = "type, id, label, clause (or source), note";

  private Comparison comparison(Node n) {
    var b = Comparison.builder();
    Fields f = fields(n, "Comparison");
    while (f.next()) {
      switch (f.key) {
        case "type" -> {}
        case "id" -> b.id(f.factId());
        case "label" -> b.label(localized(f.map()));
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        case "indicator" -> b.indicator(f.indicatorId());
        case "operator" -> b.operator(f.enumValue(Operator.class));
        case "threshold" -> b.threshold(quantity(f.map()));
        default -> throw f.unknown(CONDITION_FIELDS + ", indicator, an operator with its amount");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Status status(Node n) {
    var b = Status.builder();
    Fields f = fields(n, "Status");
    while (f.next()) {
      switch (f.key) {
        case "type" -> {}
        case "id" -> b.id(f.factId());
        case "label" -> b.label(localized(f.map()));
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        case "indicator" -> b.indicator(f.indicatorId());
        case "required" -> b.required(f.bool());
        default -> throw f.unknown(CONDITION_FIELDS + ", indicator, status (yes or no)");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Schedule schedule(Node n) {
    var b = Schedule.builder();
    Fields f = fields(n, "Schedule");
    while (f.next()) {
      switch (f.key) {
        case "activity" -> b.activity(localized(f.map()));
        case "every" -> b.every(f.enumValue(Schedule.Period.class));
        case "times" -> b.times(f.integer());
        case "dueDayOfNextMonth" -> b.dueDayOfNextMonth(f.integer());
        default -> throw f.unknown("activity, every, times, dueDayOfNextMonth");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private SumComparison sum(Node n) {
    var b = SumComparison.builder();
    Fields f = fields(n, "SumComparison");
    while (f.next()) {
      switch (f.key) {
        case "type" -> {}
        case "id" -> b.id(f.factId());
        case "label" -> b.label(localized(f.map()));
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        case "indicators" -> {
          for (Node x : f.list()) {
            b.addIndicators(f.indicatorId(x));
          }
        }
        case "operator" -> b.operator(f.enumValue(Operator.class));
        case "threshold" -> b.threshold(quantity(f.map()));
        default -> throw f.unknown(CONDITION_FIELDS + ", indicators, an operator with its amount");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private AllOf allOf(Node n) {
    var b = AllOf.builder();
    Fields f = fields(n, "AllOf");
    while (f.next()) {
      switch (f.key) {
        case "type" -> {}
        case "id" -> b.id(f.factId());
        case "label" -> b.label(localized(f.map()));
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        case "conditions" -> {
          for (Node x : f.list()) {
            b.addConditions(condition(f.map(x)));
          }
        }
        default -> throw f.unknown(CONDITION_FIELDS + ", conditions");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private AnyOf anyOf(Node n) {
    var b = AnyOf.builder();
    Fields f = fields(n, "AnyOf");
    while (f.next()) {
      switch (f.key) {
        case "type" -> {}
        case "id" -> b.id(f.factId());
        case "label" -> b.label(localized(f.map()));
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        case "conditions" -> {
          for (Node x : f.list()) {
            b.addConditions(condition(f.map(x)));
          }
        }
        default -> throw f.unknown(CONDITION_FIELDS + ", conditions");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private AtLeast atLeast(Node n) {
    var b = AtLeast.builder();
    Fields f = fields(n, "AtLeast");
    while (f.next()) {
      switch (f.key) {
        case "type" -> {}
        case "id" -> b.id(f.factId());
        case "label" -> b.label(localized(f.map()));
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        case "count" -> b.count(f.integer());
        case "conditions" -> {
          for (Node x : f.list()) {
            b.addConditions(condition(f.map(x)));
          }
        }
        default -> throw f.unknown(CONDITION_FIELDS + ", count, conditions");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Banded banded(Node n) {
    var b = Banded.builder();
    Fields f = fields(n, "Banded");
    while (f.next()) {
      switch (f.key) {
        case "type" -> {}
        case "id" -> b.id(f.factId());
        case "label" -> b.label(localized(f.map()));
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        case "indicator" -> b.indicator(f.indicatorId());
        case "bands" -> {
          for (Node x : f.list()) {
            b.addBands(band(f.map(x)));
          }
        }
        default -> throw f.unknown(CONDITION_FIELDS + ", indicator, bands");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Band band(Node n) {
    Interval range = null;
    Condition then = null;
    Fields f = fields(n, "Band");
    while (f.next()) {
      switch (f.key) {
        case "range" -> range = interval(f.map());
        case "then" -> then = condition(f.map());
        default -> throw f.unknown("range, then");
      }
    }
    f.require(range, "range");
    try {
      return then == null ? Band.free(range) : Band.of(range, then);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Interval interval(Node n) {
    var b = Interval.builder();
    Fields f = fields(n, "Interval");
    while (f.next()) {
      switch (f.key) {
        case "lower" -> b.lower(quantity(f.map()));
        case "lowerInclusive" -> b.lowerInclusive(f.bool());
        case "upper" -> b.upper(quantity(f.map()));
        case "upperInclusive" -> b.upperInclusive(f.bool());
        default -> throw f.unknown("lower, lowerInclusive, upper, upperInclusive");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private HoldsTier holdsTier(Node n) {
    var b = HoldsTier.builder();
    Fields f = fields(n, "HoldsTier");
    while (f.next()) {
      switch (f.key) {
        case "type" -> {}
        case "id" -> b.id(f.factId());
        case "label" -> b.label(localized(f.map()));
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        case "tier" -> b.tier(f.tierId());
        default -> throw f.unknown(CONDITION_FIELDS + ", tier");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Qualitative qualitative(Node n) {
    var b = Qualitative.builder();
    Fields f = fields(n, "Qualitative");
    while (f.next()) {
      switch (f.key) {
        case "type" -> {}
        case "id" -> b.id(f.factId());
        case "label" -> b.label(localized(f.map()));
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        case "declaration" -> b.declaration(f.text());
        case "assessment" -> b.assessment(f.enumValue(Qualitative.Assessment.class));
        default -> throw f.unknown(CONDITION_FIELDS + ", declaration, assessment");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Scorecard scorecard(Node n) {
    var b = Scorecard.builder();
    Fields f = fields(n, "Scorecard");
    while (f.next()) {
      switch (f.key) {
        case "type" -> {}
        case "id" -> b.id(f.factId());
        case "label" -> b.label(localized(f.map()));
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        case "items" -> {
          for (Node x : f.list()) {
            b.addItems(scoreItem(f.map(x)));
          }
        }
        case "minimumTotal" -> b.minimumTotal(f.decimal());
        case "categoryMinimums" -> {
          for (Map.Entry<String, Node> e : f.map().fields.entrySet()) {
            if (!e.getValue().isNull()) {
              b.putCategoryMinimums(e.getKey(), f.decimal(e.getValue()));
            }
          }
        }
        default -> throw f.unknown(CONDITION_FIELDS + ", items, minimumTotal, categoryMinimums");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private ScoreItem scoreItem(Node n) {
    var b = ScoreItem.builder();
    Fields f = fields(n, "ScoreItem");
    while (f.next()) {
      switch (f.key) {
        case "indicator" -> b.indicator(f.indicatorId());
        case "category" -> b.category(f.text());
        case "bands" -> {
          for (Node x : f.list()) {
            b.addBands(scoreBand(f.map(x)));
          }
        }
        default -> throw f.unknown("indicator, category, bands");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private ScoreBand scoreBand(Node n) {
    Interval range = null;
    String points = null;
    Fields f = fields(n, "ScoreBand");
    while (f.next()) {
      switch (f.key) {
        case "range" -> range = interval(f.map());
        case "points" -> {
          f.decimal();
          points = f.value.text;
        }
        default -> throw f.unknown("range, points");
      }
    }
    f.require(range, "range");
    f.require(points, "points");
    try {
      return ScoreBand.of(range, points);
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Incentive incentive(Node n) {
    var b = Incentive.builder();
    Fields f = fields(n, "Incentive");
    while (f.next()) {
      switch (f.key) {
        case "id" -> b.id(f.factId());
        case "label" -> b.label(localized(f.map()));
        case "kind" -> b.kind(f.enumValue(IncentiveKind.class));
        case "amount" -> b.amount(quantity(f.map()));
        case "cap" -> b.cap(quantity(f.map()));
        case "years" -> b.years(f.integer());
        case "trigger" -> b.trigger(trigger(f.map()));
        case "fundingJurisdiction" -> b.fundingJurisdiction(f.jurisdiction());
        case "stacking" -> b.stacking(stacking(f.map()));
        case "responsibleUnits" -> {
          for (Node x : f.list()) {
            b.addResponsibleUnits(localized(f.map(x)));
          }
        }
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        default ->
            throw f.unknown(
                "id, label, kind, amount, cap, years, trigger, fundingJurisdiction, stacking, "
                    + "responsibleUnits, clause (or source), note");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Trigger trigger(Node n) {
    var b = Trigger.builder();
    Fields f = fields(n, "Trigger");
    while (f.next()) {
      switch (f.key) {
        case "kind" -> b.kind(f.enumValue(TriggerKind.class));
        case "tier" -> b.tier(f.tierId());
        case "level" -> b.level(f.enumValue(RecognitionLevel.class));
        case "description" -> b.description(localized(f.map()));
        default -> throw f.unknown("kind, tier, level, description");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Stacking stacking(Node n) {
    var b = Stacking.builder();
    Fields f = fields(n, "Stacking");
    while (f.next()) {
      switch (f.key) {
        case "rule" -> b.rule(f.enumValue(StackingRule.class));
        case "group" -> b.group(f.text());
        case "source" -> b.source(source(f.map()));
        default -> throw f.unknown("rule, group, clause (or source)");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Target target(Node n) {
    var b = Target.builder();
    Fields f = fields(n, "Target");
    while (f.next()) {
      switch (f.key) {
        case "id" -> b.id(f.factId());
        case "metric" -> b.metric(localized(f.map()));
        case "tier" -> b.tier(f.tierId());
        case "metricKey" -> b.metricKey(f.text());
        case "comparator" -> b.comparator(f.enumValue(TargetComparator.class));
        case "value" -> b.value(quantity(f.map()));
        case "upper" -> b.upper(quantity(f.map()));
        case "cadence" -> b.cadence(f.enumValue(TargetCadence.class));
        case "deadline" -> b.deadline(f.date());
        case "period" -> b.period(dateRange(f.map()));
        case "basis" -> b.basis(f.enumValue(TargetBasis.class));
        case "commitment" -> b.commitment(f.enumValue(Commitment.class));
        case "scope" -> b.scope(f.jurisdiction());
        case "responsibleUnits" -> {
          for (Node x : f.list()) {
            b.addResponsibleUnits(localized(f.map(x)));
          }
        }
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        default ->
            throw f.unknown(
                "id, metric, tier, metricKey, comparator, value, upper, cadence, deadline, "
                    + "period, basis, commitment, scope, responsibleUnits, clause (or source), note");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Measure measure(Node n) {
    var b = Measure.builder();
    Fields f = fields(n, "Measure");
    while (f.next()) {
      switch (f.key) {
        case "id" -> b.id(f.factId());
        case "kind" -> b.kind(f.enumValue(Measure.Kind.class));
        case "parent" -> b.parent(f.factId());
        case "title" -> b.title(localized(f.map()));
        case "summary" -> b.summary(localized(f.map()));
        case "actions" -> {
          for (Node x : f.list()) {
            b.addActions(localized(f.map(x)));
          }
        }
        case "schedules" -> {
          for (Node x : f.list()) {
            b.addSchedules(schedule(f.map(x)));
          }
        }
        case "responsibleUnits" -> {
          for (Node x : f.list()) {
            b.addResponsibleUnits(localized(f.map(x)));
          }
        }
        case "targets" -> {
          for (Node x : f.list()) {
            b.addTargets(f.factId(x));
          }
        }
        case "source" -> b.source(source(f.map()));
        case "alsoListedIn" -> {
          for (Node x : f.list()) {
            b.addAlsoListedIn(source(f.map(x)));
          }
        }
        case "note" -> b.note(localized(f.map()));
        default ->
            throw f.unknown(
                "id, kind, parent, title, summary, actions, schedules, responsibleUnits, targets, "
                    + "clause (or source), alsoListedIn, note");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Provision provision(Node n) {
    var b = Provision.builder();
    Fields f = fields(n, "Provision");
    while (f.next()) {
      switch (f.key) {
        case "id" -> b.id(f.factId());
        case "kind" -> b.kind(f.enumValue(Provision.Kind.class));
        case "label" -> b.label(localized(f.map()));
        case "description" -> b.description(localized(f.map()));
        case "items" -> {
          for (Node x : f.list()) {
            b.addItems(localized(f.map(x)));
          }
        }
        case "date" -> b.date(f.date());
        case "quantity" -> b.quantity(quantity(f.map()));
        case "schedules" -> {
          for (Node x : f.list()) {
            b.addSchedules(schedule(f.map(x)));
          }
        }
        case "responsibleUnits" -> {
          for (Node x : f.list()) {
            b.addResponsibleUnits(localized(f.map(x)));
          }
        }
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        default ->
            throw f.unknown(
                "id, kind, label, description, items, date, quantity, schedules, responsibleUnits, "
                    + "clause (or source), note");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private PoolFirm poolFirm(Node n) {
    var b = PoolFirm.builder();
    Fields f = fields(n, "PoolFirm");
    while (f.next()) {
      switch (f.key) {
        case "id" -> b.id(f.factId());
        case "serial" -> b.serial(f.integer());
        case "name" -> b.name(f.text());
        case "industry" -> b.industry(localized(f.map()));
        case "technologyCentre" -> b.technologyCentre(f.enumValue(RecognitionLevel.class));
        case "patents" -> b.patents(f.integer());
        case "operatingStatus" -> b.operatingStatus(f.enumValue(PoolFirm.OperatingStatus.class));
        case "srdiStatus" -> b.srdiStatus(localized(f.map()));
        case "plannedCityYear" -> b.plannedCityYear(f.integer());
        case "plannedProvinceYear" -> b.plannedProvinceYear(f.integer());
        case "source" -> b.source(source(f.map()));
        case "note" -> b.note(localized(f.map()));
        default ->
            throw f.unknown(
                "id, serial, name, industry, technologyCentre, patents, operatingStatus, "
                    + "srdiStatus, plannedCityYear, plannedProvinceYear, clause (or source), note");
      }
    }
    try {
      return b.build();
    } catch (IllegalStateException | IllegalArgumentException e) {
      throw f.invalid(e);
    }
  }

  private Fields fields(Node n, String type) {
    if (!n.isMap()) {
      throw tree.error(n, null, "expected a mapping (" + type + "), but found " + n.describe());
    }
    return new Fields(n, type);
  }

  /**
   * A walk over the fields of one mapping, with the conversions of scalar values: each names the
   * field, its line and column and what was expected when the value does not fit.
   */
  private final class Fields {
    private final Node node;
    private final String type;
    private final Iterator<Map.Entry<String, Node>> it;
    String key;
    Node value;

    Fields(Node node, String type) {
      this.node = node;
      this.type = type;
      this.it = node.fields.entrySet().iterator();
    }

    /** Moves to the next field written with a value other than null. */
    boolean next() {
      while (it.hasNext()) {
        Map.Entry<String, Node> e = it.next();
        if (!e.getValue().isNull()) {
          key = e.getKey();
          value = e.getValue();
          return true;
        }
      }
      return false;
    }

    DataFileException error(Node at, String expected, Throwable cause) {
      return tree.error(at, null, "field '" + key + "': " + expected + " (in " + type + ")", cause);
    }

    DataFileException unknown(String known) {
      return tree.error(node, key, "unknown field (in " + type + "); expected one of: " + known);
    }

    /**
     * The model rejected the values, or a required field is missing: the file's error. Each reader
     * catches its builder's rejection itself rather than passing {@code b::build} to a shared
     * method: each of those thirty method references cost a class spun at run time on every cold
     * catalogue load (issue #11).
     */
    DataFileException invalid(RuntimeException e) {
      String m = e.getMessage() == null ? e.toString() : e.getMessage();
      int i = m.indexOf("some of required attributes are not set [");
      if (i >= 0) {
        String missing = m.substring(m.indexOf('[', i) + 1, m.lastIndexOf(']'));
        return tree.error(node, missing, "required but not written (in " + type + ")", e);
      }
      return tree.error(node, null, m + " (in " + type + ")", e);
    }

    /** A field the type cannot do without, or the error naming it. */
    void require(Object value, String field) {
      if (value == null) {
        throw tree.error(node, field, "required but not written (in " + type + ")");
      }
    }

    Node map() {
      return map(value);
    }

    Node map(Node x) {
      if (!x.isMap()) {
        throw error(x, "expected a mapping, but found " + x.describe(), null);
      }
      return x;
    }

    List<Node> list() {
      if (!value.isList()) {
        throw error(value, "expected a list, but found " + value.describe(), null);
      }
      return value.items;
    }

    String text() {
      return text(value);
    }

    String text(Node x) {
      if (!x.isScalar()) {
        throw error(x, "expected text, but found " + x.describe(), null);
      }
      return x.text;
    }

    int integer() {
      if (value.kind == Node.Kind.INTEGER || value.kind == Node.Kind.STRING) {
        try {
          return Integer.parseInt(value.text.strip());
        } catch (NumberFormatException e) {
          // reported below
        }
      }
      throw error(value, "expected a whole number, but found " + value.describe(), null);
    }

    boolean bool() {
      if ((value.kind == Node.Kind.BOOLEAN || value.kind == Node.Kind.STRING)
          && (value.text.equals("true") || value.text.equals("false"))) {
        return value.text.equals("true");
      }
      throw error(value, "expected true or false, but found " + value.describe(), null);
    }

    BigDecimal decimal() {
      return decimal(value);
    }

    BigDecimal decimal(Node x) {
      if (x.kind == Node.Kind.INTEGER || x.kind == Node.Kind.STRING) {
        try {
          return new BigDecimal(x.text);
        } catch (NumberFormatException e) {
          throw error(x, "expected a decimal number, but found " + x.describe(), e);
        }
      }
      throw error(x, "expected a decimal number, but found " + x.describe(), null);
    }

    LocalDate date() {
      String t = text(value);
      try {
        // yyyy-mm-dd directly: java.time's formatter is costly on a cold start; LocalDate.of is as
        // strict.
        if (t.length() == 10
            && t.charAt(4) == '-'
            && t.charAt(7) == '-'
            && digits(t, 0, 4)
            && digits(t, 5, 7)
            && digits(t, 8, 10)) {
          return LocalDate.of(
              Integer.parseInt(t, 0, 4, 10),
              Integer.parseInt(t, 5, 7, 10),
              Integer.parseInt(t, 8, 10, 10));
        }
        return LocalDate.parse(t);
      } catch (RuntimeException e) {
        throw error(
            value,
            "expected a date written yyyy-mm-dd, but found '" + t + "': " + e.getMessage(),
            e);
      }
    }

    private static boolean digits(String t, int from, int to) {
      for (int i = from; i < to; i++) {
        if (t.charAt(i) < '0' || t.charAt(i) > '9') {
          return false;
        }
      }
      return true;
    }

    <E extends Enum<E>> E enumValue(Class<E> type) {
      return enumValue(value, type);
    }

    <E extends Enum<E>> E enumValue(Node x, Class<E> enumType) {
      String t = text(x);
      try {
        return Enum.valueOf(enumType, t);
      } catch (IllegalArgumentException e) {
        throw error(
            x,
            "expected one of "
                + Arrays.toString(enumType.getEnumConstants())
                + ", but found '"
                + t
                + "'",
            e);
      }
    }

    FactId factId() {
      return factId(value);
    }

    FactId factId(Node x) {
      String t = text(x);
      try {
        return FactId.of(t);
      } catch (IllegalArgumentException e) {
        throw error(x, "expected a fact id: " + e.getMessage(), e);
      }
    }

    TierId tierId() {
      return tierId(value);
    }

    TierId tierId(Node x) {
      String t = text(x);
      try {
        return TierId.of(t);
      } catch (IllegalArgumentException e) {
        throw error(x, "expected a tier id: " + e.getMessage(), e);
      }
    }

    IndicatorId indicatorId() {
      return indicatorId(value);
    }

    IndicatorId indicatorId(Node x) {
      String t = text(x);
      try {
        return IndicatorId.of(t);
      } catch (IllegalArgumentException e) {
        throw error(x, "expected an indicator id: " + e.getMessage(), e);
      }
    }

    DocumentId documentId() {
      return documentId(value);
    }

    DocumentId documentId(Node x) {
      String t = text(x);
      try {
        return DocumentId.of(t);
      } catch (IllegalArgumentException e) {
        throw error(x, "expected a document number: " + e.getMessage(), e);
      }
    }

    JurisdictionCode jurisdiction() {
      String t = text(value);
      try {
        return JurisdictionCode.of(t);
      } catch (IllegalArgumentException e) {
        throw error(value, "expected a jurisdiction code: " + e.getMessage(), e);
      }
    }
  }
}
