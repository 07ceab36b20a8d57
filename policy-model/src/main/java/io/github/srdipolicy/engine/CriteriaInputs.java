package io.github.srdipolicy.engine;

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
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.Track;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The inputs a set of criteria reads, and the labels of its qualitative conditions: the one walk of
 * a criteria tree for that purpose (questionnaires, profile templates, column mappings). Stateless
 * from the caller's side; thread-safe.
 */
public final class CriteriaInputs implements ConditionVisitor<Void> {
  private final Set<InputRef> inputs = new LinkedHashSet<>();
  private final BiConsumer<String, Qualitative> qualitative;

  private CriteriaInputs(BiConsumer<String, Qualitative> qualitative) {
    this.qualitative = qualitative;
  }

  /**
   * Returns every input the criteria read (common conditions and every track, bands and scorecards
   * included), in tree order.
   *
   * @param criteria the criteria, not null
   * @return the inputs, never null
   */
  public static Set<InputRef> of(EligibilityCriteria criteria) {
    CriteriaInputs v = new CriteriaInputs((k, q) -> {});
    v.criteria(criteria);
    return v.inputs;
  }

  /**
   * Collects, for each declaration key, the label of the first qualitative condition that asks for
   * it.
   *
   * @param criteria the criteria, not null
   * @param labels where to put the labels (a key already present is kept), not null
   */
  public static void declarations(EligibilityCriteria criteria, Map<String, LocalizedText> labels) {
    CriteriaInputs v = new CriteriaInputs((k, q) -> labels.putIfAbsent(k, q.label()));
    v.criteria(criteria);
  }

  private void criteria(EligibilityCriteria c) {
    c.common().ifPresent(x -> x.accept(this));
    for (Track t : c.tracks()) {
      t.condition().accept(this);
    }
  }

  private Void all(Iterable<? extends Condition> conditions) {
    conditions.forEach(c -> c.accept(this));
    return null;
  }

  @Override
  public Void visitComparison(Comparison c) {
    inputs.add(InputRef.indicator(c.indicator()));
    return null;
  }

  @Override
  public Void visitStatus(Status c) {
    inputs.add(InputRef.indicator(c.indicator()));
    return null;
  }

  @Override
  public Void visitSum(SumComparison c) {
    c.indicators().forEach(i -> inputs.add(InputRef.indicator(i)));
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
    inputs.add(InputRef.indicator(c.indicator()));
    for (Band b : c.bands()) {
      b.then().ifPresent(x -> x.accept(this));
    }
    return null;
  }

  @Override
  public Void visitHoldsTier(HoldsTier c) {
    inputs.add(InputRef.tier(c.tier()));
    return null;
  }

  @Override
  public Void visitQualitative(Qualitative c) {
    inputs.add(InputRef.declaration(c.declaration()));
    qualitative.accept(c.declaration(), c);
    return null;
  }

  @Override
  public Void visitScorecard(Scorecard c) {
    c.items().forEach(i -> inputs.add(InputRef.indicator(i.indicator())));
    return null;
  }
}
