package io.github.srdipolicy.model;

/**
 * Jurisdictions the core itself needs. Region modules contribute the provinces, cities and
 * counties through the catalogue SPI.
 */
public final class Jurisdictions {
  private Jurisdictions() {}

  /** The People's Republic of China, the national level ({@code CN}). */
  public static final Jurisdiction CHINA = Jurisdiction.builder()
      .code(JurisdictionCode.CN)
      .level(JurisdictionLevel.NATIONAL)
      .name(LocalizedText.of("中华人民共和国", "People's Republic of China"))
      .build();
}
