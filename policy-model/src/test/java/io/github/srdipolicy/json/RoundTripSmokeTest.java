package io.github.srdipolicy.json;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.srdipolicy.engine.EligibilityEvaluator;
import io.github.srdipolicy.engine.EligibilityReport;
import io.github.srdipolicy.engine.EnterpriseProfile;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.testing.FakePolicy;
import org.junit.jupiter.api.Test;

class RoundTripSmokeTest {
  @Test
  void document_and_report_roundTrip() {
    PolicyDocument doc = FakePolicy.document();
    String json = PolicyJson.write(doc);
    assertEquals(doc, PolicyJson.read(json, PolicyDocument.class));
    EnterpriseProfile p = EnterpriseProfile.builder().jurisdiction(FakePolicy.COUNTY)
        .putValues(Indicators.MAIN_BUSINESS_REVENUE.id(), Quantity.wanYuan("6000")).build();
    EligibilityReport r = EligibilityEvaluator.DEFAULT.evaluate(FakePolicy.poolCriteria(), p);
    String rj = PolicyJson.write(r);
    System.out.println(rj.substring(0, Math.min(3000, rj.length())));
    assertEquals(r, PolicyJson.read(rj, EligibilityReport.class));
    assertEquals(p, PolicyJson.readProfile(PolicyJson.write(p)));
    System.out.println(PolicyJson.write(p));
  }
}
