package io.github.srdipolicy.national;

import io.github.srdipolicy.catalog.data.DataFileSource;

/**
 * Contributes the national documents, tiers and indicators to the catalogue, read from the data
 * files under {@code META-INF/srdi-policy/} of this module. Registered in {@code
 * META-INF/services/io.github.srdipolicy.catalog.PolicySource}.
 */
public final class NationalSource extends DataFileSource {
  /** Creates the source; called by {@link java.util.ServiceLoader}. */
  public NationalSource() {
    super(
        "policy-national",
        "META-INF/srdi-policy/tech-sme-2017.yaml",
        "META-INF/srdi-policy/champion-2016.yaml",
        "META-INF/srdi-policy/notice-2019-78.yaml",
        "META-INF/srdi-policy/funding-2021.yaml",
        "META-INF/srdi-policy/cited-2022-little-giant.yaml",
        "META-INF/srdi-policy/cited-2022-champion.yaml",
        "META-INF/srdi-policy/gradient-2022.yaml",
        "META-INF/srdi-policy/champion-2023.yaml",
        "META-INF/srdi-policy/funding-2024.yaml",
        "META-INF/srdi-policy/gradient-2026.yaml",
        "META-INF/srdi-policy/round-2026-117.yaml");
  }
}
