package io.github.srdipolicy.jiangsu;

import io.github.srdipolicy.model.TierId;

/**
 * The stable ids of the tiers recognised by 江苏省 (Jiangsu), 淮安市 (Huai'an) and 金湖县 (Jinhu).
 *
 * <p>The national tiers these ladders end in are in {@code
 * io.github.srdipolicy.national.NationalTiers}.
 */
public final class JiangsuTiers {
  private JiangsuTiers() {}

  /** 创新型中小企业 as published by Jiangsu each year (苏政办发〔2023〕3号 二、(一)). */
  public static final TierId INNOVATIVE_SME = TierId.of("jiangsu.innovative-sme");

  /** 省级专精特新中小企业, recognised by Jiangsu (苏政办发〔2023〕3号 二、(一)). */
  public static final TierId SRDI_SME = TierId.of("jiangsu.srdi-sme");

  /** The provincial 千企升级 cultivation pool (金政发〔2022〕33号 附件1). */
  public static final TierId QIANQI_POOL = TierId.of("jiangsu.qianqi-pool");

  /** 省级专精特新"小巨人"企业, the provincial little giant (金政发〔2022〕33号 附件4). */
  public static final TierId LITTLE_GIANT = TierId.of("jiangsu.little-giant");

  /** 省级专精特新产品, a provincially recognised SRDI product (金政发〔2022〕33号 附件4). */
  public static final TierId SRDI_PRODUCT = TierId.of("jiangsu.srdi-product");

  /** Huai'an's city cultivation pool (金政发〔2022〕33号 三、(一)2). */
  public static final TierId HUAIAN_POOL = TierId.of("huaian.pool");

  /** 市级专精特新"小巨人"企业, Huai'an's city little giant (金政发〔2022〕33号 附件5). */
  public static final TierId HUAIAN_LITTLE_GIANT = TierId.of("huaian.little-giant");

  /** 市级专精特新产品, a Huai'an city SRDI product (金政发〔2022〕33号 附件5). */
  public static final TierId HUAIAN_SRDI_PRODUCT = TierId.of("huaian.srdi-product");

  /** Jinhu's county cultivation pool of little-giant candidates (金政发〔2022〕33号 三、(一), 附件2). */
  public static final TierId JINHU_POOL = TierId.of("jinhu.pool");
}
