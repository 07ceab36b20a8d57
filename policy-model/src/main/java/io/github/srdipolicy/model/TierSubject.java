package io.github.srdipolicy.model;

/** What a tier recognises. */
public enum TierSubject {
  /** An enterprise. */
  ENTERPRISE,
  /** A product of an enterprise (专精特新产品, single-champion product). */
  PRODUCT
}
