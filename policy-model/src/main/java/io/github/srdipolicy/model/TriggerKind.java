package io.github.srdipolicy.model;

/** What event makes an incentive due. */
public enum TriggerKind {
  /** 首次被认定: the first recognition of the firm at a tier. */
  FIRST_RECOGNITION,
  /** Recognition of a technology centre or similar institution at a level. */
  INSTITUTION_RECOGNITION,
  /** A technology development or transfer contract carried out. */
  TECHNOLOGY_CONTRACT,
  /** Hiring a graduate under stated conditions. */
  GRADUATE_HIRED,
  /** Being in a cultivation pool. */
  POOL_MEMBERSHIP,
  /** A listing or other capital-market milestone. */
  LISTING,
  /** Any other event, described in the trigger's text. */
  OTHER
}
