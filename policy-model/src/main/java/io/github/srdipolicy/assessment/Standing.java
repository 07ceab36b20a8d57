package io.github.srdipolicy.assessment;

import io.github.srdipolicy.engine.Outcome;

/** Where a firm stands on one tier, the single answer the summary gives per tier. */
public enum Standing {
  /** The firm holds the tier on the assessment date. */
  HELD("已认定", "held", "■", "#"),
  /** The criteria in force are met. */
  ELIGIBLE("符合", "eligible", "✓", "+"),
  /** Missing inputs decide it. */
  UNDETERMINED("待定", "undetermined", "?", "?"),
  /** A requirement is not met whatever the missing inputs are. */
  NOT_ELIGIBLE("不符合", "not eligible", "✗", "x"),
  /** No document in force sets criteria for the tier (or none is encoded). */
  NO_CRITERIA("无条件", "no criteria", "·", ".");

  private final String zh;
  private final String en;
  private final String mark;
  private final String asciiMark;

  Standing(String zh, String en, String mark, String asciiMark) {
    this.zh = zh;
    this.en = en;
    this.mark = mark;
    this.asciiMark = asciiMark;
  }

  /**
   * Returns the standing of an engine outcome.
   *
   * @param outcome the outcome, not null
   * @return the standing, never null
   */
  public static Standing of(Outcome outcome) {
    switch (outcome) {
      case ELIGIBLE:
        return ELIGIBLE;
      case NOT_ELIGIBLE:
        return NOT_ELIGIBLE;
      default:
        return UNDETERMINED;
    }
  }

  /**
   * Returns the Chinese word.
   *
   * @return the word, never null
   */
  public String zh() {
    return zh;
  }

  /**
   * Returns the English word.
   *
   * @return the word, never null
   */
  public String en() {
    return en;
  }

  /**
   * Returns the mark used in text output (■ ✓ ? ✗ ·).
   *
   * @return the mark, never null
   */
  public String mark() {
    return mark;
  }

  /**
   * Returns the ASCII mark for terminals that are not UTF-8 (# + ? x .).
   *
   * @return the mark, never null
   */
  public String asciiMark() {
    return asciiMark;
  }
}
