package io.github.srdipolicy.model;

import java.math.BigDecimal;
import java.util.List;

/**
 * The shared vocabulary of indicators that criteria across documents refer to, so that thresholds
 * of comparable criteria can be set side by side.
 *
 * <p>Money indicators are declared in the unit documents usually write them in (万元); any compatible
 * unit is accepted in a profile. Ratios are written in percent and compared as fractions. Where a
 * window is a reading of ambiguous wording, the indicator's {@link Indicator#definition()
 * definition} says which reading. A document needing a new indicator adds it here if other
 * documents may share it, otherwise in its region module.
 */
public final class Indicators {
  private Indicators() {}

  /** 营业收入 — operating revenue. */
  public static final Indicator OPERATING_REVENUE =
      Indicator.builder()
          .id(IndicatorId.of("operating-revenue"))
          .name(LocalizedText.of("营业收入", "operating revenue"))
          .unit(Unit.WAN_YUAN)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("0"))
          .build();

  /** 主营业务收入 — main-business revenue. */
  public static final Indicator MAIN_BUSINESS_REVENUE =
      Indicator.builder()
          .id(IndicatorId.of("main-business-revenue"))
          .name(LocalizedText.of("主营业务收入", "main-business revenue"))
          .unit(Unit.WAN_YUAN)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("0"))
          .build();

  /** 近3年平均主营业务收入 — average main-business revenue over the last 3 years. */
  public static final Indicator MAIN_BUSINESS_REVENUE_AVG_3Y =
      Indicator.builder()
          .id(IndicatorId.of("main-business-revenue-avg-3y"))
          .name(
              LocalizedText.of(
                  "近3年平均主营业务收入", "average main-business revenue over the last 3 years"))
          .unit(Unit.YI_YUAN)
          .window(Window.AVERAGE_LAST_3_YEARS)
          .minimum(new BigDecimal("0"))
          .build();

  /** 利润总额 — total profit. */
  public static final Indicator TOTAL_PROFIT =
      Indicator.builder()
          .id(IndicatorId.of("total-profit"))
          .name(LocalizedText.of("利润总额", "total profit"))
          .unit(Unit.WAN_YUAN)
          .window(Window.PRIOR_YEAR)
          .build();

  /** 净利润 — net profit. */
  public static final Indicator NET_PROFIT =
      Indicator.builder()
          .id(IndicatorId.of("net-profit"))
          .name(LocalizedText.of("净利润", "net profit"))
          .unit(Unit.WAN_YUAN)
          .window(Window.PRIOR_YEAR)
          .build();

  /** 利税总额 — total profit and tax. */
  public static final Indicator PROFIT_AND_TAX =
      Indicator.builder()
          .id(IndicatorId.of("profit-and-tax"))
          .name(LocalizedText.of("利税总额", "total profit and tax"))
          .unit(Unit.WAN_YUAN)
          .window(Window.PRIOR_YEAR)
          .build();

  /** 研发经费支出 — R&amp;D expenditure. */
  public static final Indicator RND_EXPENDITURE =
      Indicator.builder()
          .id(IndicatorId.of("rnd-expenditure"))
          .name(LocalizedText.of("研发经费支出", "R&D expenditure"))
          .unit(Unit.WAN_YUAN)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("0"))
          .build();

  /** 近2年研发经费支出合计 — R&amp;D expenditure, sum of the last 2 years. */
  public static final Indicator RND_EXPENDITURE_SUM_2Y =
      Indicator.builder()
          .id(IndicatorId.of("rnd-expenditure-sum-2y"))
          .name(LocalizedText.of("近2年研发经费支出合计", "R&D expenditure, sum of the last 2 years"))
          .unit(Unit.WAN_YUAN)
          .window(Window.SUM_LAST_2_YEARS)
          .minimum(new BigDecimal("0"))
          .build();

  /** 近2年研发经费支出平均值 — R&amp;D expenditure, average of the last 2 years. */
  public static final Indicator RND_EXPENDITURE_AVG_2Y =
      Indicator.builder()
          .id(IndicatorId.of("rnd-expenditure-avg-2y"))
          .name(LocalizedText.of("近2年研发经费支出平均值", "R&D expenditure, average of the last 2 years"))
          .unit(Unit.WAN_YUAN)
          .window(Window.AVERAGE_LAST_2_YEARS)
          .minimum(new BigDecimal("0"))
          .build();

  /** 近2年新增股权融资额(实缴) — new paid-in equity financing in the last 2 years. */
  public static final Indicator EQUITY_FINANCING_2Y =
      Indicator.builder()
          .id(IndicatorId.of("equity-financing-2y"))
          .name(
              LocalizedText.of(
                  "近2年新增股权融资额(实缴)", "new paid-in equity financing in the last 2 years"))
          .unit(Unit.WAN_YUAN)
          .window(Window.SUM_LAST_2_YEARS)
          .minimum(new BigDecimal("0"))
          .build();

  /** 近3年新增股权融资额(实缴) — new paid-in equity financing in the last 3 years. */
  public static final Indicator EQUITY_FINANCING_3Y =
      Indicator.builder()
          .id(IndicatorId.of("equity-financing-3y"))
          .name(
              LocalizedText.of(
                  "近3年新增股权融资额(实缴)", "new paid-in equity financing in the last 3 years"))
          .unit(Unit.WAN_YUAN)
          .window(Window.WITHIN_LAST_3_YEARS)
          .minimum(new BigDecimal("0"))
          .build();

  /** 研发经费支出占营业收入比重 — R&amp;D expenditure as a share of operating revenue. */
  public static final Indicator RND_INTENSITY =
      Indicator.builder()
          .id(IndicatorId.of("rnd-intensity"))
          .name(
              LocalizedText.of("研发经费支出占营业收入比重", "R&D expenditure as a share of operating revenue"))
          .unit(Unit.PERCENT)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("0"))
          .build();

  /**
   * 近2年研发经费支出占营业收入比重 — R&amp;D share of operating revenue over the last 2 years (two-year sums).
   */
  public static final Indicator RND_INTENSITY_2Y =
      Indicator.builder()
          .id(IndicatorId.of("rnd-intensity-2y"))
          .name(
              LocalizedText.of(
                  "近2年研发经费支出占营业收入比重",
                  "R&D share of operating revenue over the last 2 years (two-year sums)"))
          .unit(Unit.PERCENT)
          .window(Window.SUM_LAST_2_YEARS)
          .minimum(new BigDecimal("0"))
          .definition(
              LocalizedText.of(
                  "近2年研发经费支出合计除以近2年营业收入合计",
                  "sum of R&D expenditure over the last 2 years divided by the sum of operating revenue over the same years"))
          .build();

  /**
   * 近2年每年研发经费支出占营业收入比重的较低者 — the lower of the last 2 years' R&amp;D shares of operating revenue.
   */
  public static final Indicator RND_INTENSITY_EACH_2Y =
      Indicator.builder()
          .id(IndicatorId.of("rnd-intensity-each-2y"))
          .name(
              LocalizedText.of(
                  "近2年每年研发经费支出占营业收入比重的较低者",
                  "the lower of the last 2 years' R&D shares of operating revenue"))
          .unit(Unit.PERCENT)
          .window(Window.EACH_OF_LAST_2_YEARS)
          .minimum(new BigDecimal("0"))
          .definition(
              LocalizedText.of(
                  "两年中较低一年的比重；达到下限即表示每年均达到",
                  "the lower year's share; meeting a lower bound with it means each year meets it"))
          .build();

  /** 年度研发费用占销售收入比重均值 — average yearly R&amp;D share of sales revenue. */
  public static final Indicator RND_INTENSITY_AVG =
      Indicator.builder()
          .id(IndicatorId.of("rnd-intensity-avg"))
          .name(LocalizedText.of("年度研发费用占销售收入比重均值", "average yearly R&D share of sales revenue"))
          .unit(Unit.PERCENT)
          .window(Window.AVERAGE_LAST_3_YEARS)
          .minimum(new BigDecimal("0"))
          .build();

  /** 主营业务收入占营业收入比重 — main-business revenue as a share of operating revenue. */
  public static final Indicator MAIN_BUSINESS_SHARE =
      Indicator.builder()
          .id(IndicatorId.of("main-business-share"))
          .name(
              LocalizedText.of(
                  "主营业务收入占营业收入比重", "main-business revenue as a share of operating revenue"))
          .unit(Unit.PERCENT)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("0"))
          .maximum(new BigDecimal("1"))
          .build();

  /** 主导产品收入占企业全部收入比重 — revenue of the leading product(s) as a share of all revenue. */
  public static final Indicator MAIN_PRODUCT_SHARE =
      Indicator.builder()
          .id(IndicatorId.of("main-product-share"))
          .name(
              LocalizedText.of(
                  "主导产品收入占企业全部收入比重", "revenue of the leading product(s) as a share of all revenue"))
          .unit(Unit.PERCENT)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("0"))
          .maximum(new BigDecimal("1"))
          .build();

  /** 产品销售收入占主营业务收入比重 — sales of the product as a share of main-business revenue. */
  public static final Indicator PRODUCT_SHARE_OF_MAIN_BUSINESS =
      Indicator.builder()
          .id(IndicatorId.of("product-share-of-main-business"))
          .name(
              LocalizedText.of(
                  "产品销售收入占主营业务收入比重", "sales of the product as a share of main-business revenue"))
          .unit(Unit.PERCENT)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("0"))
          .maximum(new BigDecimal("1"))
          .build();

  /** 资产负债率 — debt-to-asset ratio. */
  public static final Indicator DEBT_TO_ASSET_RATIO =
      Indicator.builder()
          .id(IndicatorId.of("debt-to-asset-ratio"))
          .name(LocalizedText.of("资产负债率", "debt-to-asset ratio"))
          .unit(Unit.PERCENT)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("0"))
          .build();

  /** 近3年营业收入平均增长率 — average operating-revenue growth over the last 3 years. */
  public static final Indicator OPERATING_REVENUE_GROWTH_AVG_3Y =
      Indicator.builder()
          .id(IndicatorId.of("operating-revenue-growth-avg-3y"))
          .name(
              LocalizedText.of(
                  "近3年营业收入平均增长率", "average operating-revenue growth over the last 3 years"))
          .unit(Unit.PERCENT)
          .window(Window.AVERAGE_LAST_3_YEARS)
          .minimum(new BigDecimal("-1"))
          .build();

  /** 近3年平均营业利润率 — average operating margin over the last 3 years. */
  public static final Indicator OPERATING_MARGIN_AVG_3Y =
      Indicator.builder()
          .id(IndicatorId.of("operating-margin-avg-3y"))
          .name(LocalizedText.of("近3年平均营业利润率", "average operating margin over the last 3 years"))
          .unit(Unit.PERCENT)
          .window(Window.AVERAGE_LAST_3_YEARS)
          .build();

  /** 主营业务收入增长率 — main-business revenue growth. */
  public static final Indicator MAIN_BUSINESS_GROWTH =
      Indicator.builder()
          .id(IndicatorId.of("main-business-growth"))
          .name(LocalizedText.of("主营业务收入增长率", "main-business revenue growth"))
          .unit(Unit.PERCENT)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("-1"))
          .build();

  /** 近2年主营业务收入平均增长率 — average main-business revenue growth over the last 2 years. */
  public static final Indicator MAIN_BUSINESS_GROWTH_AVG_2Y =
      Indicator.builder()
          .id(IndicatorId.of("main-business-growth-avg-2y"))
          .name(
              LocalizedText.of(
                  "近2年主营业务收入平均增长率", "average main-business revenue growth over the last 2 years"))
          .unit(Unit.PERCENT)
          .window(Window.AVERAGE_LAST_2_YEARS)
          .minimum(new BigDecimal("-1"))
          .build();

  /** 近2年净利润平均增长率 — average net-profit growth over the last 2 years. */
  public static final Indicator NET_PROFIT_GROWTH_AVG_2Y =
      Indicator.builder()
          .id(IndicatorId.of("net-profit-growth-avg-2y"))
          .name(LocalizedText.of("近2年净利润平均增长率", "average net-profit growth over the last 2 years"))
          .unit(Unit.PERCENT)
          .window(Window.AVERAGE_LAST_2_YEARS)
          .build();

  /** 净利润率 — net profit margin. */
  public static final Indicator NET_MARGIN =
      Indicator.builder()
          .id(IndicatorId.of("net-margin"))
          .name(LocalizedText.of("净利润率", "net profit margin"))
          .unit(Unit.PERCENT)
          .window(Window.PRIOR_YEAR)
          .build();

  /** 研发人员占职工总数比例 — R&amp;D staff as a share of all employees. */
  public static final Indicator RND_STAFF_SHARE =
      Indicator.builder()
          .id(IndicatorId.of("rnd-staff-share"))
          .name(LocalizedText.of("研发人员占职工总数比例", "R&D staff as a share of all employees"))
          .unit(Unit.PERCENT)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("0"))
          .maximum(new BigDecimal("1"))
          .build();

  /** 科技人员占职工总数比例 — technical staff as a share of all employees. */
  public static final Indicator TECH_STAFF_SHARE =
      Indicator.builder()
          .id(IndicatorId.of("tech-staff-share"))
          .name(LocalizedText.of("科技人员占职工总数比例", "technical staff as a share of all employees"))
          .unit(Unit.PERCENT)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("0"))
          .maximum(new BigDecimal("1"))
          .build();

  /** 细分市场全国占有率 — national share of the niche market. */
  public static final Indicator MARKET_SHARE_NATIONAL =
      Indicator.builder()
          .id(IndicatorId.of("market-share-national"))
          .name(LocalizedText.of("细分市场全国占有率", "national share of the niche market"))
          .unit(Unit.PERCENT)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("0"))
          .maximum(new BigDecimal("1"))
          .build();

  /** 主导产品市场占有率省内排名 — provincial rank of the leading product's market share. */
  public static final Indicator MARKET_RANK_PROVINCE =
      Indicator.builder()
          .id(IndicatorId.of("market-rank-province"))
          .name(
              LocalizedText.of(
                  "主导产品市场占有率省内排名", "provincial rank of the leading product's market share"))
          .unit(Unit.RANK)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("1"))
          .build();

  /** 主导产品市场占有率国内排名 — national rank of the leading product's market share. */
  public static final Indicator MARKET_RANK_NATIONAL =
      Indicator.builder()
          .id(IndicatorId.of("market-rank-national"))
          .name(
              LocalizedText.of(
                  "主导产品市场占有率国内排名", "national rank of the leading product's market share"))
          .unit(Unit.RANK)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("1"))
          .build();

  /** 主导产品全球市场占有率排名 — global rank of the leading product's market share. */
  public static final Indicator MARKET_RANK_GLOBAL =
      Indicator.builder()
          .id(IndicatorId.of("market-rank-global"))
          .name(
              LocalizedText.of(
                  "主导产品全球市场占有率排名", "global rank of the leading product's market share"))
          .unit(Unit.RANK)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("1"))
          .build();

  /** 有效发明专利数 — valid invention patents. */
  public static final Indicator INVENTION_PATENTS =
      Indicator.builder()
          .id(IndicatorId.of("invention-patents"))
          .name(LocalizedText.of("有效发明专利数", "valid invention patents"))
          .unit(Unit.IP_ITEMS)
          .window(Window.CUMULATIVE)
          .minimum(new BigDecimal("0"))
          .build();

  /** 申报或授权的发明专利数 — invention patents applied for or granted. */
  public static final Indicator INVENTION_PATENTS_FILED_OR_GRANTED =
      Indicator.builder()
          .id(IndicatorId.of("invention-patents-filed-or-granted"))
          .name(LocalizedText.of("申报或授权的发明专利数", "invention patents applied for or granted"))
          .unit(Unit.IP_ITEMS)
          .window(Window.CUMULATIVE)
          .minimum(new BigDecimal("0"))
          .build();

  /** 有效实用新型专利数 — valid utility-model patents. */
  public static final Indicator UTILITY_MODEL_PATENTS =
      Indicator.builder()
          .id(IndicatorId.of("utility-model-patents"))
          .name(LocalizedText.of("有效实用新型专利数", "valid utility-model patents"))
          .unit(Unit.IP_ITEMS)
          .window(Window.CUMULATIVE)
          .minimum(new BigDecimal("0"))
          .build();

  /** 有效外观设计专利数 — valid design patents. */
  public static final Indicator DESIGN_PATENTS =
      Indicator.builder()
          .id(IndicatorId.of("design-patents"))
          .name(LocalizedText.of("有效外观设计专利数", "valid design patents"))
          .unit(Unit.IP_ITEMS)
          .window(Window.CUMULATIVE)
          .minimum(new BigDecimal("0"))
          .build();

  /** 软件著作权数 — software copyrights. */
  public static final Indicator SOFTWARE_COPYRIGHTS =
      Indicator.builder()
          .id(IndicatorId.of("software-copyrights"))
          .name(LocalizedText.of("软件著作权数", "software copyrights"))
          .unit(Unit.IP_ITEMS)
          .window(Window.CUMULATIVE)
          .minimum(new BigDecimal("0"))
          .build();

  /** 专有技术数 — proprietary technologies (know-how) held. */
  public static final Indicator PROPRIETARY_TECHNOLOGIES =
      Indicator.builder()
          .id(IndicatorId.of("proprietary-technologies"))
          .name(LocalizedText.of("专有技术数", "proprietary technologies (know-how) held"))
          .unit(Unit.IP_ITEMS)
          .window(Window.CUMULATIVE)
          .minimum(new BigDecimal("0"))
          .build();

  /** Ⅰ类知识产权数 — Class I intellectual property items. */
  public static final Indicator CLASS_I_IP =
      Indicator.builder()
          .id(IndicatorId.of("class-i-ip"))
          .name(LocalizedText.of("Ⅰ类知识产权数", "Class I intellectual property items"))
          .unit(Unit.IP_ITEMS)
          .window(Window.CUMULATIVE)
          .minimum(new BigDecimal("0"))
          .build();

  /** Ⅱ类知识产权数 — Class II intellectual property items. */
  public static final Indicator CLASS_II_IP =
      Indicator.builder()
          .id(IndicatorId.of("class-ii-ip"))
          .name(LocalizedText.of("Ⅱ类知识产权数", "Class II intellectual property items"))
          .unit(Unit.IP_ITEMS)
          .window(Window.CUMULATIVE)
          .minimum(new BigDecimal("0"))
          .build();

  /** 职工总数 — employees. */
  public static final Indicator EMPLOYEES =
      Indicator.builder()
          .id(IndicatorId.of("employees"))
          .name(LocalizedText.of("职工总数", "employees"))
          .unit(Unit.PERSONS)
          .window(Window.PRIOR_YEAR)
          .minimum(new BigDecimal("0"))
          .build();

  /** 从事特定细分市场年限 — years in the niche market. */
  public static final Indicator YEARS_IN_NICHE =
      Indicator.builder()
          .id(IndicatorId.of("years-in-niche"))
          .name(LocalizedText.of("从事特定细分市场年限", "years in the niche market"))
          .unit(Unit.YEARS)
          .window(Window.CUMULATIVE)
          .minimum(new BigDecimal("0"))
          .build();

  /** 从事相关业务领域年限 — years in the business field. */
  public static final Indicator YEARS_IN_FIELD =
      Indicator.builder()
          .id(IndicatorId.of("years-in-field"))
          .name(LocalizedText.of("从事相关业务领域年限", "years in the business field"))
          .unit(Unit.YEARS)
          .window(Window.CUMULATIVE)
          .minimum(new BigDecimal("0"))
          .build();

  /** 从事新产品生产经营年限 — years producing and selling the new product. */
  public static final Indicator YEARS_IN_NEW_PRODUCT =
      Indicator.builder()
          .id(IndicatorId.of("years-in-new-product"))
          .name(LocalizedText.of("从事新产品生产经营年限", "years producing and selling the new product"))
          .unit(Unit.YEARS)
          .window(Window.CUMULATIVE)
          .minimum(new BigDecimal("0"))
          .build();

  /** 成立年份 — year of founding. */
  public static final Indicator FOUNDING_YEAR =
      Indicator.builder()
          .id(IndicatorId.of("founding-year"))
          .name(LocalizedText.of("成立年份", "year of founding"))
          .unit(Unit.CALENDAR_YEAR)
          .window(Window.CURRENT)
          .minimum(new BigDecimal("1800"))
          .build();

  /** 国家高新技术企业 — holds national high-tech enterprise status. */
  public static final Indicator HIGH_TECH_ENTERPRISE =
      Indicator.builder()
          .id(IndicatorId.of("high-tech-enterprise"))
          .name(LocalizedText.of("国家高新技术企业", "holds national high-tech enterprise status"))
          .unit(Unit.FLAG)
          .window(Window.CURRENT)
          .minimum(new BigDecimal("0"))
          .maximum(new BigDecimal("1"))
          .build();

  /** 研发机构级别 — level of the firm's own or joint R&amp;D institution. */
  public static final Indicator RND_INSTITUTION_LEVEL =
      Indicator.builder()
          .id(IndicatorId.of("rnd-institution-level"))
          .name(LocalizedText.of("研发机构级别", "level of the firm's own or joint R&D institution"))
          .unit(Unit.LEVEL)
          .window(Window.CURRENT)
          .minimum(new BigDecimal("0"))
          .maximum(new BigDecimal("5"))
          .build();

  /** 企业技术中心级别 — level of the enterprise technology centre. */
  public static final Indicator TECH_CENTRE_LEVEL =
      Indicator.builder()
          .id(IndicatorId.of("tech-centre-level"))
          .name(LocalizedText.of("企业技术中心级别", "level of the enterprise technology centre"))
          .unit(Unit.LEVEL)
          .window(Window.CURRENT)
          .minimum(new BigDecimal("0"))
          .maximum(new BigDecimal("5"))
          .build();

  /** 产品品牌级别 — level of the product's brand recognition. */
  public static final Indicator BRAND_LEVEL =
      Indicator.builder()
          .id(IndicatorId.of("brand-level"))
          .name(LocalizedText.of("产品品牌级别", "level of the product's brand recognition"))
          .unit(Unit.LEVEL)
          .window(Window.CURRENT)
          .minimum(new BigDecimal("0"))
          .maximum(new BigDecimal("5"))
          .build();

  /** 进入龙头企业供应链体系 — is in a leading firm's supply chain. */
  public static final Indicator IN_LEADER_SUPPLY_CHAIN =
      Indicator.builder()
          .id(IndicatorId.of("in-leader-supply-chain"))
          .name(LocalizedText.of("进入龙头企业供应链体系", "is in a leading firm's supply chain"))
          .unit(Unit.FLAG)
          .window(Window.CURRENT)
          .minimum(new BigDecimal("0"))
          .maximum(new BigDecimal("1"))
          .build();

  /**
   * 取得管理体系认证或执行国际国家行业标准或通过发达国家地区认证 — holds a management-system certification, produces to an
   * international, national or industry standard, or has a developed-country product certification.
   */
  public static final Indicator MANAGEMENT_CERTIFICATION =
      Indicator.builder()
          .id(IndicatorId.of("management-certification"))
          .name(
              LocalizedText.of(
                  "取得管理体系认证或执行国际国家行业标准或通过发达国家地区认证",
                  "holds a management-system certification, produces to an international, national or industry standard, or has a developed-country product certification"))
          .unit(Unit.FLAG)
          .window(Window.CURRENT)
          .minimum(new BigDecimal("0"))
          .maximum(new BigDecimal("1"))
          .build();

  /** 至少1项核心业务采用信息系统支撑 — at least one core business supported by an information system. */
  public static final Indicator CORE_BUSINESS_IT_SYSTEM =
      Indicator.builder()
          .id(IndicatorId.of("core-business-it-system"))
          .name(
              LocalizedText.of(
                  "至少1项核心业务采用信息系统支撑",
                  "at least one core business supported by an information system"))
          .unit(Unit.FLAG)
          .window(Window.CURRENT)
          .minimum(new BigDecimal("0"))
          .maximum(new BigDecimal("1"))
          .build();

  /** 近3年安全、环境违法记录数 — safety or environmental violations recorded in the last 3 years. */
  public static final Indicator SAFETY_ENVIRONMENT_VIOLATIONS_3Y =
      Indicator.builder()
          .id(IndicatorId.of("safety-environment-violations-3y"))
          .name(
              LocalizedText.of(
                  "近3年安全、环境违法记录数",
                  "safety or environmental violations recorded in the last 3 years"))
          .unit(Unit.EVENTS)
          .window(Window.WITHIN_LAST_3_YEARS)
          .minimum(new BigDecimal("0"))
          .build();

  /**
   * Returns every indicator of the standard vocabulary.
   *
   * @return the indicators, never null
   */
  public static List<Indicator> all() {
    return List.of(
        OPERATING_REVENUE,
        MAIN_BUSINESS_REVENUE,
        MAIN_BUSINESS_REVENUE_AVG_3Y,
        TOTAL_PROFIT,
        NET_PROFIT,
        PROFIT_AND_TAX,
        RND_EXPENDITURE,
        RND_EXPENDITURE_SUM_2Y,
        RND_EXPENDITURE_AVG_2Y,
        EQUITY_FINANCING_2Y,
        EQUITY_FINANCING_3Y,
        RND_INTENSITY,
        RND_INTENSITY_2Y,
        RND_INTENSITY_EACH_2Y,
        RND_INTENSITY_AVG,
        MAIN_BUSINESS_SHARE,
        MAIN_PRODUCT_SHARE,
        PRODUCT_SHARE_OF_MAIN_BUSINESS,
        DEBT_TO_ASSET_RATIO,
        OPERATING_REVENUE_GROWTH_AVG_3Y,
        OPERATING_MARGIN_AVG_3Y,
        MAIN_BUSINESS_GROWTH,
        MAIN_BUSINESS_GROWTH_AVG_2Y,
        NET_PROFIT_GROWTH_AVG_2Y,
        NET_MARGIN,
        RND_STAFF_SHARE,
        TECH_STAFF_SHARE,
        MARKET_SHARE_NATIONAL,
        MARKET_RANK_PROVINCE,
        MARKET_RANK_NATIONAL,
        MARKET_RANK_GLOBAL,
        INVENTION_PATENTS,
        INVENTION_PATENTS_FILED_OR_GRANTED,
        UTILITY_MODEL_PATENTS,
        DESIGN_PATENTS,
        SOFTWARE_COPYRIGHTS,
        PROPRIETARY_TECHNOLOGIES,
        CLASS_I_IP,
        CLASS_II_IP,
        EMPLOYEES,
        YEARS_IN_NICHE,
        YEARS_IN_FIELD,
        YEARS_IN_NEW_PRODUCT,
        FOUNDING_YEAR,
        HIGH_TECH_ENTERPRISE,
        RND_INSTITUTION_LEVEL,
        TECH_CENTRE_LEVEL,
        BRAND_LEVEL,
        IN_LEADER_SUPPLY_CHAIN,
        MANAGEMENT_CERTIFICATION,
        CORE_BUSINESS_IT_SYSTEM,
        SAFETY_ENVIRONMENT_VIOLATIONS_3Y);
  }
}
