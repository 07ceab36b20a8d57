package io.github.srdipolicy.model;

/**
 * Whether a firm applies for a title for the first time or to keep one it holds: the national
 * measures route the two to different criteria on some dates (e.g. little-giant renewals in the
 * 2026 round are judged under the 2022 standard, new applications under the 2026 one).
 */
public enum ApplicationKind {
  /** A first application (新申报 / 首次认定). */
  NEW,
  /** A review of a title the firm holds, to keep it for another period (复核). */
  RENEWAL
}
