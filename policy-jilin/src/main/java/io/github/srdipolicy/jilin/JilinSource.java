package io.github.srdipolicy.jilin;

import io.github.srdipolicy.catalog.data.DataFileSource;
import io.github.srdipolicy.model.JurisdictionCode;

/**
 * Contributes the Jilin documents and jurisdictions to the catalogue, read from the data files
 * under {@code META-INF/srdi-policy/} of this module. Registered in {@code
 * META-INF/services/io.github.srdipolicy.catalog.PolicySource}.
 */
public final class JilinSource extends DataFileSource {
  /** 吉林省 (Jilin Province). */
  public static final JurisdictionCode PROVINCE = JurisdictionCode.of("220000");

  /** 吉林市 (Jilin City). */
  public static final JurisdictionCode CITY = JurisdictionCode.of("220200");

  /** 蛟河市 (Jiaohe). */
  public static final JurisdictionCode COUNTY = JurisdictionCode.of("220281");

  /** Creates the source; called by {@link java.util.ServiceLoader}. */
  public JilinSource() {
    super("policy-jilin");
  }
}
