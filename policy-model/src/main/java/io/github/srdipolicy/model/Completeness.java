package io.github.srdipolicy.model;

/** How much of a document the project could read and encode. */
public enum Completeness {
  /** The whole text was available and encoded. */
  COMPLETE,
  /** The source text is truncated; the document's note says where. */
  PARTIAL,
  /** The document was not read; only facts cited about it elsewhere are encoded. */
  REFERENCE_ONLY
}
