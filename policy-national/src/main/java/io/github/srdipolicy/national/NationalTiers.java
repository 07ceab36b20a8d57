package io.github.srdipolicy.national;

import io.github.srdipolicy.model.TierId;

/** The stable ids of the national tiers, which every regional ladder ends in. */
public final class NationalTiers {
  private NationalTiers() {}

  /**
   * 科技和创新型中小企业 (technology-based and innovative SME), the bottom title of the 2026 measures, held
   * through either {@link #TECH_SME} or {@link #INNOVATIVE_SME}.
   */
  public static final TierId TECH_INNOVATIVE_SME = TierId.of("cn.tech-innovative-sme");

  /**
   * 科技型中小企业 (technology-based SME), evaluated yearly on the national platform under 国科发政〔2017〕115号.
   */
  public static final TierId TECH_SME = TierId.of("cn.tech-sme");

  /** 创新型中小企业 (innovative SME), published by the provinces under the national rules. */
  public static final TierId INNOVATIVE_SME = TierId.of("cn.innovative-sme");

  /** 专精特新中小企业 (SRDI SME), recognised by the provinces under the national rules. */
  public static final TierId SRDI_SME = TierId.of("cn.srdi-sme");

  /** 专精特新"小巨人"企业 (national little giant), recognised by MIIT. */
  public static final TierId LITTLE_GIANT = TierId.of("cn.little-giant");

  /** 制造业单项冠军企业 (manufacturing single champion, enterprise). */
  public static final TierId SINGLE_CHAMPION = TierId.of("cn.single-champion");

  /** 制造业单项冠军产品 (manufacturing single champion, product). */
  public static final TierId SINGLE_CHAMPION_PRODUCT = TierId.of("cn.single-champion-product");
}
