package io.github.srdipolicy.assessment;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.ConditionResult;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.Gap;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.engine.Outcome;
import io.github.srdipolicy.engine.TrackResult;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Turns an engine report into the few lines that answer first: reasons, shortfalls, one summary
 * line.
 */
final class Explain {
  /** At most this many reasons per tier: the rest is in the trace. */
  static final int MAX_REASONS = 3;

  /**
   * An undetermined tier's line names at most this many missing inputs: the tier lists them all.
   */
  static final int NAMED = 2;

  private final Catalog catalog;
  private final Questions questions;

  Explain(Catalog catalog, Questions questions) {
    this.catalog = catalog;
    this.questions = questions;
  }

  // ------------------------------------------------------------ reasons

  /**
   * The conditions that settle the outcome: for a met tier the track met (and the common part). A
   * tier not reached is settled by its shortfalls, which carry their distance; an undetermined one
   * by its missing inputs, which the questions ask for with their unit and range.
   */
  List<Reason> reasons(EligibilityReport r) {
    List<ConditionResult> nodes = new ArrayList<>();
    Outcome o = r.outcome();
    if (o != Outcome.ELIGIBLE) {
      return List.of();
    }
    r.common().ifPresent(nodes::add);
    r.tracks().stream()
        .filter(t -> t.outcome() == Outcome.ELIGIBLE)
        .findFirst()
        .ifPresent(t -> nodes.add(t.trace()));
    List<Reason> result = new ArrayList<>();
    for (ConditionResult c : nodes) {
      if (result.size() == MAX_REASONS) {
        break;
      }
      result.add(
          Reason.builder()
              .condition(c.condition())
              .label(c.label())
              .outcome(c.outcome())
              .actual(c.actual())
              .operator(c.operator())
              .required(c.threshold())
              .source(c.source())
              .build());
    }
    return result;
  }

  // ------------------------------------------------------------ shortfalls

  /**
   * The failed common conditions, and the failed conditions of the nearest track when no track is
   * met.
   */
  List<Shortfall> shortfalls(EligibilityReport r) {
    if (r.outcome() != Outcome.NOT_ELIGIBLE) {
      return List.of();
    }
    Set<FactId> inTracks = new HashSet<>();
    r.tracks().forEach(t -> t.gaps().forEach(g -> inTracks.add(g.condition())));
    List<Shortfall> result = new ArrayList<>();
    for (Gap g : r.gaps()) {
      if (!inTracks.contains(g.condition())) {
        result.add(shortfall(g));
      }
    }
    if (r.tracks().stream().allMatch(t -> t.outcome() == Outcome.NOT_ELIGIBLE)) {
      r.tracks().stream()
          .min((a, b) -> Integer.compare(a.gaps().size(), b.gaps().size()))
          .ifPresent(t -> t.gaps().forEach(g -> result.add(shortfall(g))));
    }
    return result;
  }

  Shortfall shortfall(Gap g) {
    Optional<Quantity> distance = distance(g.actual(), g.operator(), g.required());
    return Shortfall.builder()
        .condition(g.condition())
        .label(g.label())
        .input(g.input())
        .actual(g.actual())
        .operator(g.operator())
        .required(g.required())
        .distance(distance)
        .text(text(g, distance))
        .source(g.source())
        .build();
  }

  static Optional<Quantity> distance(
      Optional<Quantity> actual, Optional<Operator> op, Optional<Quantity> required) {
    if (actual.isEmpty() || op.isEmpty() || required.isEmpty()) {
      return Optional.empty();
    }
    Quantity a = actual.get();
    Quantity q = required.get();
    ValueKind k = q.kind();
    if (!a.unit().isCompatibleWith(q.unit())
        || k == ValueKind.STATUS
        || k == ValueKind.DATE
        || k == ValueKind.LEVEL) {
      return Optional.empty();
    }
    BigDecimal diff =
        op.get().isLowerBound()
            ? q.baseValue().subtract(a.baseValue())
            : q.baseValue().subtract(a.baseValue()).negate();
    if (op.get() == Operator.EQUAL_TO) {
      diff = diff.abs();
    }
    if (diff.signum() < 0) {
      diff = BigDecimal.ZERO;
    }
    BigDecimal inUnit = diff.divide(q.unit().factor()).stripTrailingZeros();
    return Optional.of(Quantity.of(inUnit.scale() < 0 ? inUnit.setScale(0) : inUnit, q.unit()));
  }

  private LocalizedText text(Gap g, Optional<Quantity> distance) {
    LocalizedText label = g.label();
    if (g.input().kind() == InputRef.Kind.TIER) {
      LocalizedText tier = catalog.tier(TierId.of(g.input().id())).name();
      return LocalizedText.of("需先获认定：" + tier.zh(), "needs " + tier.en() + " first");
    }
    if (g.input().kind() == InputRef.Kind.DECLARATION) {
      return LocalizedText.of(label.zh() + "：申报为不符合", label.en() + ": declared not met");
    }
    if (g.actual().isPresent() && g.operator().isPresent() && g.required().isPresent()) {
      Quantity a = g.actual().get();
      Quantity q = g.required().get();
      String sym = g.operator().get().symbol();
      String zh = label.zh() + "：" + show(a, true) + " → 需 " + sym + " " + show(q, true);
      String en = label.en() + ": " + show(a, false) + " → needs " + sym + " " + show(q, false);
      if (distance.isPresent() && distance.get().amount().signum() > 0) {
        boolean lower = g.operator().get().isLowerBound();
        zh += (lower ? "（差 " : "（超出 ") + show(distance.get(), true) + "）";
        en += " (" + show(distance.get(), false) + (lower ? " short)" : " over)");
      }
      return LocalizedText.of(zh, en);
    }
    if (g.actual().isPresent()) {
      return LocalizedText.of(
          label.zh() + "：" + show(g.actual().get(), true) + " 不满足",
          label.en() + ": " + show(g.actual().get(), false) + " does not qualify");
    }
    return LocalizedText.of(label.zh() + "：不满足", label.en() + ": not met");
  }

  /**
   * A value for a line of text: money in 万元 (as the documents write it), counts with their unit.
   */
  static String show(Quantity q, boolean zh) {
    switch (q.kind()) {
      case MONEY:
        return q.to(Unit.WAN_YUAN).amount().stripTrailingZeros().toPlainString() + "万元";
      case RATIO:
        return q.to(Unit.PERCENT).amount().stripTrailingZeros().toPlainString() + "%";
      case COUNT:
      case YEARS:
      case SCORE:
        return zh
            ? q.toDisplayString()
            : q.amount().stripTrailingZeros().toPlainString() + " " + q.unit().enSymbol();
      default:
        if (zh) {
          return q.toDisplayString();
        }
        if (q.unit() == Unit.FLAG) {
          return q.amount().signum() == 0 ? "no" : "yes";
        }
        if (q.unit() == Unit.LEVEL) {
          return io.github.srdipolicy.model.RecognitionLevel.ofRank(q.amount().intValueExact())
              .label()
              .en();
        }
        return q.toDisplayString();
    }
  }

  // ------------------------------------------------------------ one line

  LocalizedText summary(
      Standing s,
      Optional<EligibilityReport> r,
      Optional<LocalDate> recognised,
      List<Shortfall> shortfalls) {
    switch (s) {
      case HELD:
        return LocalizedText.of(
            "已于 " + recognised.get() + " 认定", "recognised on " + recognised.get());
      case NO_CRITERIA:
        return LocalizedText.of("该日无生效的认定条件（或未编码）", "no criteria in force (or none encoded)");
      case ELIGIBLE:
        {
          Optional<TrackResult> t =
              r.get().tracks().stream().filter(x -> x.outcome() == Outcome.ELIGIBLE).findFirst();
          if (r.get().tracks().size() > 1 && t.isPresent()) {
            String kind = t.get().kind().toString().toLowerCase(Locale.ROOT).replace('_', ' ');
            return LocalizedText.of("条件均满足（" + kind + " 类）", "criteria met (" + kind + " track)");
          }
          return LocalizedText.of("条件均满足", "criteria met");
        }
      case NOT_ELIGIBLE:
        {
          if (shortfalls.isEmpty()) {
            return LocalizedText.of("不满足条件", "criteria not met");
          }
          LocalizedText first = shortfalls.get(0).text();
          int more = shortfalls.size() - 1;
          return more == 0
              ? first
              : LocalizedText.of(
                  first.zh() + "；另 " + more + " 项", first.en() + "; " + more + " more");
        }
      default:
        {
          List<InputRef> missing = r.get().missingInputs();
          List<String> zh = new ArrayList<>();
          List<String> en = new ArrayList<>();
          for (InputRef i : missing.subList(0, Math.min(NAMED, missing.size()))) {
            LocalizedText n = questions.shortName(i);
            zh.add(n.zh());
            en.add(n.en());
          }
          String etc = missing.size() > NAMED ? " …" : "";
          return LocalizedText.of(
              "缺 " + missing.size() + " 项：" + String.join("、", zh) + etc,
              missing.size() + " missing: " + String.join(", ", en) + etc);
        }
    }
  }
}
