package io.github.srdipolicy.testing;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Tier;
import java.util.List;

/**
 * {@link FakePolicy}'s document moved into real divisions for the scoping rule: issued by 金湖县
 * (320831), its tiers recognised by other jurisdictions. Shared by the core's {@code
 * CriteriaScopeTest} and the screening module's test that the screener follows the same rule.
 */
public final class ScopedPolicy {
  private ScopedPolicy() {}

  /**
   * The fake document issued by Jinhu, its pool tier recognised by {@code pool}, its giant tier by
   * {@code giant}.
   */
  public static Catalog catalog(String pool, String giant) {
    PolicyDocument fake = FakePolicy.document();
    PolicyDocument moved =
        PolicyDocument.builder()
            .from(fake)
            .jurisdiction(JurisdictionCode.of("320831"))
            .tiers(List.of(tier(fake.tiers().get(0), pool), tier(fake.tiers().get(1), giant)))
            .ladders(List.of())
            .incentives(List.of())
            .build();
    return Catalog.of(source(List.of(), moved));
  }

  private static Tier tier(Tier t, String code) {
    Jurisdiction j = Catalog.of(List.of()).jurisdiction(JurisdictionCode.of(code));
    return Tier.builder().from(t).jurisdiction(j.code()).level(j.level()).build();
  }

  public static PolicySource source(List<Jurisdiction> jurisdictions, PolicyDocument... docs) {
    return new PolicySource() {
      @Override
      public String name() {
        return "scoping-fake";
      }

      @Override
      public List<Jurisdiction> jurisdictions() {
        return jurisdictions;
      }

      @Override
      public List<PolicyDocument> documents() {
        return List.of(docs);
      }
    };
  }
}
