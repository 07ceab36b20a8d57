package io.github.srdipolicy.jilin;

import io.github.srdipolicy.model.TierId;

/**
 * The stable ids of the tiers the Jilin documents define. Each tier is defined once, in the
 * document that best describes it; the others refer to it by id. The national tiers the Jilin
 * ladders end in are in {@code io.github.srdipolicy.national.NationalTiers}.
 */
public final class JilinTiers {
  private JilinTiers() {}

  /**
   * 优质"种子企业" (seed enterprise): the bottom rung of the provincial four-level pool, standard set by
   * the province, pools kept locally; defined by 吉政发〔2022〕1号 二、(一)1.
   */
  public static final TierId SEED_ENTERPRISE = TierId.of("jilin.seed-enterprise");

  /**
   * 市(州)级"专精特新"中小企业 (prefecture SRDI SME) as a province-wide category, each prefecture recognising
   * under its own standard; defined by 吉政发〔2022〕1号 二、(一)2.
   */
  public static final TierId PREFECTURE_SRDI_SME = TierId.of("jilin.prefecture-srdi-sme");

  /** 省级"专精特新"中小企业 (Jilin provincial SRDI SME); defined by 吉政发〔2022〕1号 二、(一)3. */
  public static final TierId PROVINCIAL_SRDI_SME = TierId.of("jilin.srdi-sme");

  /**
   * The focus group of the 2018 "百千万" action's hundred strong private enterprises; defined by
   * 吉工信民营〔2018〕350号 三、(一).
   */
  public static final TierId HUNDRED_STRONG_PRIVATE = TierId.of("jilin.hundred-strong-private");

  /**
   * 吉林市级"专精特新"中小企业 (Jilin City SRDI SME), Jilin City's instance of the prefecture tier; defined by
   * 蛟政发〔2022〕4号 二、(一), the only encoded document that names it.
   */
  public static final TierId JILIN_CITY_SRDI_SME = TierId.of("jilin-city.srdi-sme");

  /** 蛟河市级优质"种子企业" (Jiaohe seed enterprise pool); defined by 蛟政发〔2022〕4号 二、(一). */
  public static final TierId JIAOHE_SEED_ENTERPRISE = TierId.of("jiaohe.seed-enterprise");
}
