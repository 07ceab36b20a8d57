package io.github.srdipolicy.screening;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.testing.FakePolicy;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

/**
 * The screener's share of the hostile-input classes (the core's {@code HostileInputTest} covers the
 * rest): an unknown declaration, a null date and a population built by another screener are each
 * rejected with one message that names what is wrong.
 */
class ScreenerHostileInputTest {
  private static final Catalog CATALOG = Catalog.of(new FakePolicy());
  private static final LocalDate DAY = LocalDate.of(2024, 6, 1);

  private static IllegalArgumentException rejected(Executable e) {
    return assertThrows(IllegalArgumentException.class, e);
  }

  private static void assertQuoted(String message, String... parts) {
    for (String p : parts) {
      assertTrue(message.contains(p), () -> "expected '" + p + "' in: " + message);
    }
    assertFalse(
        message.chars().anyMatch(c -> c < 0x20), () -> "raw control character in: " + message);
  }

  private static EnterpriseProfile.Builder firm() {
    return EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY).asOf(DAY);
  }

  @Test
  void class8_anUnknownDeclaration_isRejectedByTheScreenerAsByTheCatalogue() {
    Screener screener = Screener.of(CATALOG, DAY);
    assertQuoted(
        rejected(
                () ->
                    screener.screen(
                        List.of(firm().putDeclarations("well-manged", true).build()), DAY))
            .getMessage(),
        "well-manged");
  }

  @Test
  void class9_nullArguments_nameTheParameter() {
    Screener screener = Screener.of(CATALOG, DAY);
    assertEquals(
        "asOf must not be null",
        assertThrows(NullPointerException.class, () -> screener.populationBuilder(1, null))
            .getMessage());
  }

  @Test
  void class9_aPopulationOfAnotherScreener_isRejectedClearly() {
    Screener a = Screener.of(CATALOG, DAY);
    Screener b = Screener.of(List.of(FakePolicy.poolCriteria()));
    var population = a.populationBuilder(1, DAY);
    population.add(EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY).build());
    IllegalArgumentException e = rejected(() -> b.screen(population.build()));
    assertQuoted(e.getMessage(), "built by another Screener");
    rejected(
        () -> a.explain(EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY).build(), 99));
  }
}
