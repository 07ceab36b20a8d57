package io.github.srdipolicy.model;

/** The kind of an alternative track of eligibility criteria. */
public enum TrackKind {
  /** 制造类: the manufacturing track. */
  MANUFACTURING,
  /** 创新类: the innovation (start-up) track. */
  INNOVATION,
  /** 产品: a product is recognised rather than the firm. */
  PRODUCT,
  /** The single route of criteria that have no alternative tracks. */
  GENERAL
}
