package io.github.srdipolicy.model;

/**
 * How well a fact is attested.
 *
 * <p>Seed facts were read from the source document itself; secondary facts come from public reposts
 * of a document the project could not read, and a trace that relies on one tells the caller to
 * verify against the official text.
 */
public enum Confidence {
  /** Read from the source document itself. */
  SEED,
  /** Secondary: the same figure in two or more independent reposts. */
  SECONDARY_C,
  /** Secondary: a single repost. */
  SECONDARY_S;

  /**
   * Whether a fact of this confidence should be verified against the official text.
   *
   * @return true for the secondary confidences
   */
  public boolean needsVerification() {
    return this != SEED;
  }
}
