package io.github.srdipolicy.spark;

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
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Track;
import java.util.List;
import java.util.Set;

/** Collects the indicators, declarations and held tiers criteria refer to. */
final class ReferencedInputs implements ConditionVisitor<Void> {
  private final Set<IndicatorId> indicators;
  private final Set<String> declarations;
  private final Set<TierId> tiers;

  private ReferencedInputs(Set<IndicatorId> indicators, Set<String> declarations, Set<TierId> tiers) {
    this.indicators = indicators;
    this.declarations = declarations;
    this.tiers = tiers;
  }

  static void collect(EligibilityCriteria c, Set<String> declarations, Set<TierId> tiers) {
    collect(c, new java.util.HashSet<>(), declarations, tiers);
  }

  static void collect(EligibilityCriteria c, Set<IndicatorId> indicators, Set<String> declarations, Set<TierId> tiers) {
    ReferencedInputs v = new ReferencedInputs(indicators, declarations, tiers);
    c.common().ifPresent(x -> x.accept(v));
    for (Track t : c.tracks()) {
      t.condition().accept(v);
    }
  }

  private Void all(List<Condition> conditions) {
    conditions.forEach(x -> x.accept(this));
    return null;
  }

  @Override
  public Void visitComparison(Comparison c) {
    indicators.add(c.indicator());
    return null;
  }

  @Override
  public Void visitSum(SumComparison c) {
    indicators.addAll(c.indicators());
    return null;
  }

  @Override
  public Void visitAllOf(AllOf c) {
    return all(c.conditions());
  }

  @Override
  public Void visitAnyOf(AnyOf c) {
    return all(c.conditions());
  }

  @Override
  public Void visitAtLeast(AtLeast c) {
    return all(c.conditions());
  }

  @Override
  public Void visitBanded(Banded c) {
    indicators.add(c.indicator());
    for (Band b : c.bands()) {
      b.then().ifPresent(x -> x.accept(this));
    }
    return null;
  }

  @Override
  public Void visitHoldsTier(HoldsTier c) {
    tiers.add(c.tier());
    return null;
  }

  @Override
  public Void visitQualitative(Qualitative c) {
    declarations.add(c.declaration());
    return null;
  }

  @Override
  public Void visitScorecard(Scorecard c) {
    c.items().forEach(i -> indicators.add(i.indicator()));
    return null;
  }
}
