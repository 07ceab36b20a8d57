package io.github.srdipolicy.model;

/** The four levels of government that issue SRDI policies, from the top down. */
public enum JurisdictionLevel {
  /** 国家 (the central government and its ministries). */
  NATIONAL,
  /** 省 (province). */
  PROVINCE,
  /** 地级市 / 市(州) (prefecture-level city). */
  PREFECTURE,
  /** 县 / 县级市 (county or county-level city). */
  COUNTY
}
