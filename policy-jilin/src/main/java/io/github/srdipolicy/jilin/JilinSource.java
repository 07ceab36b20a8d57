package io.github.srdipolicy.jilin;

import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.PolicyDocument;
import java.util.List;

/**
 * Contributes the Jilin documents and jurisdictions to the catalogue. Registered in
 * {@code META-INF/services/io.github.srdipolicy.catalog.PolicySource}.
 */
public final class JilinSource implements PolicySource {
  /** 吉林省 (Jilin Province). */
  public static final JurisdictionCode PROVINCE = JurisdictionCode.of("220000");
  /** 吉林市 (Jilin City). */
  public static final JurisdictionCode CITY = JurisdictionCode.of("220200");
  /** 蛟河市 (Jiaohe). */
  public static final JurisdictionCode COUNTY = JurisdictionCode.of("220281");

  /** Creates the source; called by {@link java.util.ServiceLoader}. */
  public JilinSource() {}

  @Override
  public String name() {
    return "policy-jilin";
  }

  @Override
  public List<Jurisdiction> jurisdictions() {
    return List.of(
        Jurisdiction.builder().code(PROVINCE).level(JurisdictionLevel.PROVINCE)
            .name(LocalizedText.of("吉林省", "Jilin Province")).parent(JurisdictionCode.CN).build(),
        Jurisdiction.builder().code(CITY).level(JurisdictionLevel.PREFECTURE)
            .name(LocalizedText.of("吉林市", "Jilin City")).parent(PROVINCE).build(),
        Jurisdiction.builder().code(COUNTY).level(JurisdictionLevel.COUNTY)
            .name(LocalizedText.of("蛟河市", "Jiaohe")).parent(CITY).build());
  }

  @Override
  public List<PolicyDocument> documents() {
    return List.of(BaiQianWan2018.document(), JilinProvince2022.document(), Jiaohe2022.document());
  }
}
