package io.github.srdipolicy.jiangsu;

import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.PolicyDocument;
import java.util.List;

/**
 * Contributes the Jiangsu documents and jurisdictions to the catalogue. Registered in
 * {@code META-INF/services/io.github.srdipolicy.catalog.PolicySource}.
 */
public final class JiangsuSource implements PolicySource {
  /** 江苏省 (Jiangsu Province). */
  public static final JurisdictionCode PROVINCE = JurisdictionCode.of("320000");
  /** 淮安市 (Huai'an). */
  public static final JurisdictionCode CITY = JurisdictionCode.of("320800");
  /** 金湖县 (Jinhu County). */
  public static final JurisdictionCode COUNTY = JurisdictionCode.of("320831");

  /** Creates the source; called by {@link java.util.ServiceLoader}. */
  public JiangsuSource() {}

  @Override
  public String name() {
    return "policy-jiangsu";
  }

  @Override
  public List<Jurisdiction> jurisdictions() {
    return List.of(
        Jurisdiction.builder().code(PROVINCE).level(JurisdictionLevel.PROVINCE)
            .name(LocalizedText.of("江苏省", "Jiangsu Province")).parent(JurisdictionCode.CN).build(),
        Jurisdiction.builder().code(CITY).level(JurisdictionLevel.PREFECTURE)
            .name(LocalizedText.of("淮安市", "Huai'an")).parent(PROVINCE).build(),
        Jurisdiction.builder().code(COUNTY).level(JurisdictionLevel.COUNTY)
            .name(LocalizedText.of("金湖县", "Jinhu County")).parent(CITY).build());
  }

  @Override
  public List<Indicator> indicators() {
    return JiangsuIndicators.all();
  }

  @Override
  public List<PolicyDocument> documents() {
    return List.of(JiangsuProvince2023.document(), Jinhu2022.document());
  }
}
