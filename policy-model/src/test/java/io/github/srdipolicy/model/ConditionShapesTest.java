package io.github.srdipolicy.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import io.github.srdipolicy.testing.Generators;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/** The closed set of condition shapes and the one tree walk, {@link Condition#tree()}. */
class ConditionShapesTest {

  @Test
  void everyPermittedShapeIsReadByJacksonAndTheVisitor() {
    assertTrue(Condition.class.isSealed());
    Set<Class<?>> permitted = Set.of(Condition.class.getPermittedSubclasses());
    Set<Class<?>> json =
        Arrays.stream(Condition.class.getAnnotation(JsonSubTypes.class).value())
            .map(JsonSubTypes.Type::value)
            .collect(Collectors.toSet());
    assertEquals(
        permitted, json, "Condition's permits and its @JsonSubTypes must list the same shapes");
    Set<Class<?>> visited =
        Arrays.stream(ConditionVisitor.class.getMethods())
            .map(m -> m.getParameterTypes()[0])
            .collect(Collectors.toSet());
    assertEquals(permitted, visited, "ConditionVisitor needs one method per permitted shape");
  }

  @Test
  void factIsClosedOverTheCatalogueShapes() {
    assertTrue(Fact.class.isSealed());
    assertEquals(
        Set.of(
            Condition.class,
            EligibilityCriteria.class,
            Track.class,
            TierLadder.class,
            Incentive.class,
            Target.class,
            Measure.class,
            Provision.class,
            PoolFirm.class),
        Set.of(Fact.class.getPermittedSubclasses()));
  }

  @Provide
  Arbitrary<Condition> trees() {
    return Generators.tree(3);
  }

  @Property(tries = 300)
  void treeVisitsWhatTheVisitorVisits(@ForAll("trees") Condition root) {
    List<FactId> walked = root.tree().map(Condition::id).toList();
    assertEquals(Counter.ids(root), walked);
  }

  /** An independent depth-first walk through the visitor, to check {@code children()} against. */
  private static final class Counter {
    static List<FactId> ids(Condition c) {
      return c.accept(
          new ConditionVisitor<List<FactId>>() {
            private List<FactId> self(Condition x, List<Condition> kids) {
              java.util.ArrayList<FactId> out = new java.util.ArrayList<>(List.of(x.id()));
              kids.forEach(k -> out.addAll(ids(k)));
              return out;
            }

            @Override
            public List<FactId> visitComparison(Comparison x) {
              return List.of(x.id());
            }

            @Override
            public List<FactId> visitStatus(Status x) {
              return List.of(x.id());
            }

            @Override
            public List<FactId> visitSum(SumComparison x) {
              return List.of(x.id());
            }

            @Override
            public List<FactId> visitAllOf(AllOf x) {
              return self(x, x.conditions());
            }

            @Override
            public List<FactId> visitAnyOf(AnyOf x) {
              return self(x, x.conditions());
            }

            @Override
            public List<FactId> visitAtLeast(AtLeast x) {
              return self(x, x.conditions());
            }

            @Override
            public List<FactId> visitBanded(Banded x) {
              return self(x, x.bands().stream().flatMap(b -> b.then().stream()).toList());
            }

            @Override
            public List<FactId> visitHoldsTier(HoldsTier x) {
              return List.of(x.id());
            }

            @Override
            public List<FactId> visitQualitative(Qualitative x) {
              return List.of(x.id());
            }

            @Override
            public List<FactId> visitScorecard(Scorecard x) {
              return List.of(x.id());
            }
          });
    }
  }
}
