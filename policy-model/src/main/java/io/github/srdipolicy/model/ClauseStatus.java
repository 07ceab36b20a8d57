package io.github.srdipolicy.model;

/** What the encoding did with a clause of a document. */
public enum ClauseStatus {
  /** Facts refer to the clause. */
  ENCODED,
  /** The clause holds only exhortation or context; the clause's reason says why. */
  NO_ENCODABLE_FACT,
  /** The source text is truncated and the clause is missing. */
  NOT_AVAILABLE
}
