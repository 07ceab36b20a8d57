package io.github.srdipolicy.model;

/**
 * The national level. Provinces, prefectures and counties come from the GB/T 2260 table of {@link
 * Divisions}; region modules contribute documents, not jurisdictions.
 */
public final class Jurisdictions {
  private Jurisdictions() {}

  /** The People's Republic of China, the national level ({@code CN}). */
  public static final Jurisdiction CHINA =
      Jurisdiction.builder()
          .code(JurisdictionCode.CN)
          .level(JurisdictionLevel.NATIONAL)
          .name(LocalizedText.of("中华人民共和国", "People's Republic of China"))
          .build();
}
