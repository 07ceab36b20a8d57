package io.github.srdipolicy.jiangsu;

import io.github.srdipolicy.catalog.data.DataFileSource;
import io.github.srdipolicy.model.JurisdictionCode;

/**
 * Contributes the Jiangsu documents, jurisdictions and indicators to the catalogue, read from the
 * data files under {@code META-INF/srdi-policy/} of this module. Registered in {@code
 * META-INF/services/io.github.srdipolicy.catalog.PolicySource}.
 */
public final class JiangsuSource extends DataFileSource {
  /** 江苏省 (Jiangsu Province). */
  public static final JurisdictionCode PROVINCE = JurisdictionCode.of("320000");

  /** 淮安市 (Huai'an). */
  public static final JurisdictionCode CITY = JurisdictionCode.of("320800");

  /** 金湖县 (Jinhu County). */
  public static final JurisdictionCode COUNTY = JurisdictionCode.of("320831");

  /** Creates the source; called by {@link java.util.ServiceLoader}. */
  public JiangsuSource() {
    super("policy-jiangsu");
  }
}
