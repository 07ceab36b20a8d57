package io.github.srdipolicy.model;

/**
 * The level at which a status (an R&amp;D institution, a technology centre, a brand, a tier) was
 * recognised, ordered from none to international so that "city level or above" is a lower bound.
 *
 * <p>Used as the value of {@link ValueKind#LEVEL} indicators: the {@link Quantity} amount is the
 * {@link #rank()}.
 */
public enum RecognitionLevel {
  /** Not held at any level. */
  NONE("无", "none"),
  /** County level (县级). */
  COUNTY("县级", "county"),
  /** Prefecture-city level (市级). */
  CITY("市级", "city"),
  /** Provincial level (省级). */
  PROVINCE("省级", "provincial"),
  /** National level (国家级). */
  NATIONAL("国家级", "national"),
  /** International (国际). */
  INTERNATIONAL("国际", "international");

  private final String zh;
  private final String en;

  RecognitionLevel(String zh, String en) {
    this.zh = zh;
    this.en = en;
  }

  /**
   * Returns the rank, 0 for {@link #NONE}, increasing upwards.
   *
   * @return the rank
   */
  public int rank() {
    return ordinal();
  }

  /**
   * Returns the level of a rank.
   *
   * @param rank the rank, 0 to 5
   * @return the level, never null
   * @throws IllegalArgumentException if the rank is out of range
   */
  public static RecognitionLevel ofRank(int rank) {
    if (rank < 0 || rank >= values().length) {
      throw new IllegalArgumentException(
          "Invalid recognition level rank: '" + rank + "' (must be 0 to 5)");
    }
    return values()[rank];
  }

  /**
   * Returns the Chinese and English label.
   *
   * @return the label, never null
   */
  public LocalizedText label() {
    return LocalizedText.of(zh, en);
  }
}
