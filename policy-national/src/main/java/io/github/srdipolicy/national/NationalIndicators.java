package io.github.srdipolicy.national;

import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.Window;
import java.math.BigDecimal;
import java.util.List;

/**
 * The indicators the national criteria need beyond the standard
 * {@link io.github.srdipolicy.model.Indicators} vocabulary; a profile supplies values for them
 * under these ids. Every id starts with {@code cn.}.
 */
public final class NationalIndicators {
  private NationalIndicators() {}

  private static Indicator of(String id, String zh, String en, Unit unit, Window window, String min, String max,
      String defZh, String defEn) {
    var b = Indicator.builder().id(IndicatorId.of(id)).name(LocalizedText.of(zh, en)).unit(unit).window(window);
    if (min != null) {
      b.minimum(new BigDecimal(min));
    }
    if (max != null) {
      b.maximum(new BigDecimal(max));
    }
    if (defZh != null) {
      b.definition(LocalizedText.of(defZh, defEn));
    }
    return b.build();
  }

  /**
   * 主导产品相关有效知识产权的最高类别 — the best class of valid IP tied to the leading product, as a rank:
   * 1 a high-value Ⅰ类 item, 2 a self-developed Ⅰ类 item, 3 another Ⅰ类 item, 4 Ⅱ类 items only, 5 none.
   */
  public static final Indicator LEADING_PRODUCT_IP_CLASS_RANK = of("cn.leading-product-ip-class-rank",
      "主导产品相关有效知识产权最高类别", "best class of valid IP tied to the leading product", Unit.RANK, Window.CURRENT,
      "1", "5",
      "按优劣排序：1 高价值Ⅰ类；2 自主研发Ⅰ类；3 其他Ⅰ类；4 仅有Ⅱ类；5 无",
      "ranked best first: 1 high-value Class I; 2 self-developed Class I; 3 other Class I; 4 Class II only; 5 none");

  /** 与主导产品相关且已实际应用的Ⅰ类知识产权数 — Class I IP tied to the leading product and in use. */
  public static final Indicator CLASS_I_IP_LEADING_PRODUCT = of("cn.class-i-ip-leading-product",
      "与主导产品相关并已应用的Ⅰ类知识产权数", "Class I IP items tied to the leading product and in use", Unit.IP_ITEMS,
      Window.CUMULATIVE, "0", null, null, null);

  /** 主导产品属于战略性新兴产业分类 — the leading product is in the strategic emerging industries classification. */
  public static final Indicator STRATEGIC_EMERGING_FIELD = of("cn.strategic-emerging-field",
      "主导产品属于战略性新兴产业分类", "the leading product is in the strategic emerging industries classification",
      Unit.FLAG, Window.CURRENT, "0", "1", null, null);

  /** 近3年获得的最高级别科技奖励 — the highest level of science and technology award won in the last 3 years. */
  public static final Indicator ST_AWARD_LEVEL_3Y = of("cn.st-award-level-3y",
      "近3年所获科技奖励最高级别", "highest level of S&T award won in the last 3 years", Unit.LEVEL,
      Window.WITHIN_LAST_3_YEARS, "0", "5", null, null);

  /** 有效期内的国家级技术创新示范企业 — holds a valid national technology-innovation demonstration status. */
  public static final Indicator NATIONAL_TECH_INNOVATION_DEMO = of("cn.national-tech-innovation-demo",
      "国家级技术创新示范企业（有效期内）", "valid national technology-innovation demonstration enterprise", Unit.FLAG,
      Window.CURRENT, "0", "1", null, null);

  /** 有效期内的知识产权优势企业或示范企业 — holds a valid IP advantage or IP demonstration status. */
  public static final Indicator IP_ADVANTAGE_OR_DEMO = of("cn.ip-advantage-or-demo",
      "知识产权优势企业或示范企业（有效期内）", "valid IP advantage or IP demonstration enterprise", Unit.FLAG,
      Window.CURRENT, "0", "1", null, null);

  /** 近3年来自合格机构投资者的新增股权融资 — new equity from qualified institutional investors in the last 3 years. */
  public static final Indicator INSTITUTIONAL_EQUITY_3Y = of("cn.institutional-equity-financing-3y",
      "近3年合格机构投资者新增股权融资额", "new equity financing from qualified institutional investors in the last 3 years",
      Unit.WAN_YUAN, Window.WITHIN_LAST_3_YEARS, "0", null, null, null);

  /** 近3年省级科技奖励获奖单位中的最好排名 — the firm's best rank among the units of a provincial S&amp;T award in the last 3 years. */
  public static final Indicator PROVINCIAL_ST_AWARD_RANK_3Y = of("cn.provincial-st-award-rank-3y",
      "近3年省级科技奖励获奖单位排名", "best rank among the units of a provincial S&T award in the last 3 years",
      Unit.RANK, Window.WITHIN_LAST_3_YEARS, "1", null, null, null);

  /** 近3年国家级科技奖励获奖单位中的最好排名 — the firm's best rank among the units of a national S&amp;T award in the last 3 years. */
  public static final Indicator NATIONAL_ST_AWARD_RANK_3Y = of("cn.national-st-award-rank-3y",
      "近3年国家级科技奖励获奖单位排名", "best rank among the units of a national S&T award in the last 3 years",
      Unit.RANK, Window.WITHIN_LAST_3_YEARS, "1", null, null, null);

  /** 近3年"创客中国"中小企业创新创业大赛全国排名 — best national rank in the Maker China SME competition in the last 3 years. */
  public static final Indicator MAKER_CHINA_RANK_3Y = of("cn.maker-china-rank-3y",
      "近3年\"创客中国\"大赛全国排名", "best national rank in the Maker China competition in the last 3 years",
      Unit.RANK, Window.WITHIN_LAST_3_YEARS, "1", null, null, null);

  /** 专精特新中小企业评价得分 — the score of the SRDI SME assessment. */
  public static final Indicator SRDI_SCORE = of("cn.srdi-score", "专精特新中小企业评价得分", "SRDI SME assessment score",
      Unit.POINTS, Window.CURRENT, "0", "100",
      "按评价之日有效的国家办法评分，由省级主管部门评定后填入", "scored under the national measures in force on the assessment date, as assessed by the province");

  /** 专精特新"小巨人"企业评价得分 — the score of the little-giant assessment. */
  public static final Indicator LITTLE_GIANT_SCORE = of("cn.little-giant-score", "专精特新\"小巨人\"企业评价得分",
      "little-giant assessment score", Unit.POINTS, Window.CURRENT, "0", "100",
      "按评价之日有效的国家办法评分", "scored under the national measures in force on the assessment date");

  /** 近2年每年研发费用的较低者 — the lower of the last 2 years' R&amp;D expenditure. */
  public static final Indicator RND_EXPENDITURE_EACH_2Y = of("cn.rnd-expenditure-each-2y",
      "近2年每年研发费用的较低者", "the lower of the last 2 years' R&D expenditure", Unit.WAN_YUAN,
      Window.EACH_OF_LAST_2_YEARS, "0", null,
      "两年中较低一年的金额；达到下限即表示每年均达到", "the lower year's amount; meeting a lower bound with it means each year meets it");

  /** 营业收入复合增长率 — compound annual growth of operating revenue. */
  public static final Indicator REVENUE_CAGR = of("cn.revenue-cagr", "营业收入复合增长率",
      "compound annual growth of operating revenue", Unit.PERCENT, Window.AVERAGE_LAST_2_YEARS, "-1", null,
      "转载未说明年数；按近2年计（同2022年办法的增长率口径），须以官方文本为准",
      "the reposts do not state the number of years; read as the last 2 years like the 2022 growth indicator, to be checked against the official text");

  /**
   * Returns every national indicator.
   *
   * @return the indicators, never null
   */
  public static List<Indicator> all() {
    return List.of(LEADING_PRODUCT_IP_CLASS_RANK, CLASS_I_IP_LEADING_PRODUCT, STRATEGIC_EMERGING_FIELD,
        ST_AWARD_LEVEL_3Y, NATIONAL_TECH_INNOVATION_DEMO, IP_ADVANTAGE_OR_DEMO, INSTITUTIONAL_EQUITY_3Y,
        PROVINCIAL_ST_AWARD_RANK_3Y, NATIONAL_ST_AWARD_RANK_3Y, MAKER_CHINA_RANK_3Y, SRDI_SCORE,
        LITTLE_GIANT_SCORE, RND_EXPENDITURE_EACH_2Y, REVENUE_CAGR);
  }
}
