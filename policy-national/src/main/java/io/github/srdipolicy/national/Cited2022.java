package io.github.srdipolicy.national;

import static io.github.srdipolicy.national.Facts.all;
import static io.github.srdipolicy.national.Facts.any;
import static io.github.srdipolicy.national.Facts.cmp;
import static io.github.srdipolicy.national.Facts.criteria;
import static io.github.srdipolicy.national.Facts.declared;
import static io.github.srdipolicy.national.Facts.holds;
import static io.github.srdipolicy.national.Facts.review;
import static io.github.srdipolicy.national.Facts.seed;
import static io.github.srdipolicy.national.Facts.sum;
import static io.github.srdipolicy.national.Facts.text;

import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Interval;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Unit;
import java.time.LocalDate;

/**
 * The national little-giant and single-champion conditions as annex 3 of 金政发〔2022〕33号 cites
 * them in April 2022: the only national criteria read in a seed text. policy-jiangsu owns that
 * document and its outline; these facts only cite its annex-3 clauses.
 *
 * <p>They are two documents because the two halves were superseded at different times: the
 * little-giant conditions by 工信部企业〔2022〕63号 (June 2022), the single-champion conditions by
 * 工信部政法〔2023〕138号 (August 2023).
 */
final class Cited2022 {
  private Cited2022() {}

  /** National little-giant conditions as cited by 金政发〔2022〕33号 附件3. */
  static final String LITTLE_GIANT_DOC = "国家专精特新小巨人申报条件（金政发〔2022〕33号附件3所引）";
  /** National single-champion conditions as cited by 金政发〔2022〕33号 附件3. */
  static final String CHAMPION_DOC = "国家制造业单项冠军申报条件（金政发〔2022〕33号附件3所引）";

  /** The date of 金政发〔2022〕33号, the first day these conditions are attested. */
  static final LocalDate CITED_ON = LocalDate.of(2022, 4, 22);

  static final LocalizedText YEARLY_CALL = text("以工业和信息化部当年申报通知为准（附件3备注）",
      "the yearly MIIT call for applications prevails (annex 3, remark)");
  static final LocalizedText CITED_NOT_OFFICIAL = text("县级文件转述的国家条件，非工业和信息化部原文",
      "national conditions as a county document restates them, not MIIT's own text");

  private static final String LG = "cn.cited-2022.lg.";
  private static final String SC = "cn.cited-2022.sc.";
  private static final String SCP = "cn.cited-2022.scp.";

  static PolicyDocument littleGiantDocument() {
    return PolicyDocument.builder()
        .id(DocumentId.of(LITTLE_GIANT_DOC))
        .issuer(text("工业和信息化部（据金湖县人民政府转述）", "MIIT, as restated by the Jinhu County Government"))
        .title(text("国家专精特新\"小巨人\"企业申报条件（2022年4月所引）",
            "national little-giant application conditions, as cited in April 2022"))
        .validity(DateRange.of(CITED_ON, Gradient2022.IN_FORCE))
        .validityNote(text(
            "起点为金政发〔2022〕33号的日期（这些条件最早可考之日，并非工信部制定之日）；终点为工信部企业〔2022〕63号施行（2022年6月，日未确认，以月初计）",
            "starts on the date of 金政发〔2022〕33号, the earliest day these conditions are attested (not the day MIIT set them); "
                + "ends when 工信部企业〔2022〕63号 takes over (June 2022, day not confirmed, taken as the first of the month)"))
        .jurisdiction(JurisdictionCode.CN)
        .completeness(Completeness.REFERENCE_ONLY)
        .confidence(Confidence.SEED)
        .addCriteria(littleGiant())
        .addProvisions(yearlyCall(LG))
        .build();
  }

  static PolicyDocument championDocument() {
    return PolicyDocument.builder()
        .id(DocumentId.of(CHAMPION_DOC))
        .issuer(text("工业和信息化部（据金湖县人民政府转述）", "MIIT, as restated by the Jinhu County Government"))
        .title(text("国家制造业单项冠军申报条件（2022年4月所引）",
            "national manufacturing single-champion application conditions, as cited in April 2022"))
        .validity(DateRange.of(CITED_ON, Champion.RULES_2023_IN_FORCE))
        .validityNote(text(
            "起点为金政发〔2022〕33号的日期；终点为工信部政法〔2023〕138号施行（2023年8月，日未确认，以月初计）；工信部企业〔2022〕63号不涉及单项冠军",
            "starts on the date of 金政发〔2022〕33号; ends when 工信部政法〔2023〕138号 takes over (August 2023, day not confirmed, "
                + "taken as the first of the month); 工信部企业〔2022〕63号 does not cover single champions"))
        .jurisdiction(JurisdictionCode.CN)
        .completeness(Completeness.REFERENCE_ONLY)
        .confidence(Confidence.SEED)
        .addCriteria(champion(), championProduct())
        .addProvisions(yearlyCall(SC))
        .build();
  }

  private static Provision yearlyCall(String prefix) {
    return Provision.builder().id(FactId.of(prefix + "yearly-call-prevails")).kind(Provision.Kind.PROCEDURE)
        .label(YEARLY_CALL).source(seed("附件3 备注")).build();
  }

  static EligibilityCriteria littleGiant() {
    Banded rnd = Banded.builder().id(FactId.of(LG + "rnd-by-revenue"))
        .label(text("研发要求按营业收入分档", "R&D requirement banded by operating revenue"))
        .source(seed("附件3 小巨人 9")).indicator(Indicators.OPERATING_REVENUE.id())
        .addBands(Band.of(Interval.atLeast(Quantity.yiYuan("1")),
            cmp(LG + "rnd-intensity-1yi", "近2年研发经费占营业收入不低于3%", "R&D at least 3% of revenue over 2 years",
                Indicators.RND_INTENSITY_2Y, Operator.AT_LEAST, Quantity.percent("3"), seed("附件3 小巨人 9"))))
        .addBands(Band.of(Interval.closedOpen(Quantity.wanYuan("5000"), Quantity.yiYuan("1")),
            cmp(LG + "rnd-intensity-5000wan", "近2年研发经费占营业收入不低于6%", "R&D at least 6% of revenue over 2 years",
                Indicators.RND_INTENSITY_2Y, Operator.AT_LEAST, Quantity.percent("6"), seed("附件3 小巨人 9"))))
        .addBands(Band.of(Interval.lessThan(Quantity.wanYuan("5000")),
            all(LG + "small-firm", "营业收入不足5000万元的融资、研发与突破要求",
                "equity, R&D and breakthrough test for revenue below 5000万", seed("附件3 小巨人 9"),
                cmp(LG + "equity-2y", "近2年新增实缴股权融资8000万元以上", "new paid-in equity of at least 8000万 in 2 years",
                    Indicators.EQUITY_FINANCING_2Y, Operator.AT_LEAST, Quantity.wanYuan("8000"), seed("附件3 小巨人 9")),
                cmp(LG + "rnd-expenditure-2y", "研发投入3000万元以上", "R&D spending of at least 3000万",
                    Indicators.RND_EXPENDITURE_SUM_2Y, Operator.AT_LEAST, Quantity.wanYuan("3000"), seed("附件3 小巨人 9"))
                    .withNote(text("金额未写期间；按同句的近2年合计理解",
                        "the amount's period is not written; read as the sum of the last 2 years the clause speaks of")),
                cmp(LG + "rnd-staff", "研发人员占职工总数50%以上", "R&D staff at least 50% of employees",
                    Indicators.RND_STAFF_SHARE, Operator.AT_LEAST, Quantity.percent("50"), seed("附件3 小巨人 9")),
                review(LG + "key-field-breakthrough", "在重点领域关键技术上有重大突破",
                    "innovation is a key technology of a key field with a major breakthrough", "key-field-breakthrough",
                    seed("附件3 小巨人 9"))
                    .withNote(text("原文所指《通知》未写全称，其\"二、重点领域\"无法在本库核对",
                        "the 《通知》 whose section on key fields is meant is not named in full; the fields cannot be checked here")))))
        .build()
        .withNote(text(
            "营业收入按上年度理解；\"近2年研发经费支出占营业收入比重\"按两年合计之比理解（亦可读作每年均达到，2022年办法即如此表述）",
            "revenue read as the prior year's; the 2-year R&D share read as the ratio of two-year sums "
                + "(it could also mean each year, as the 2022 measures put it)"));

    return criteria(LG + "criteria", NationalTiers.LITTLE_GIANT,
        "国家专精特新\"小巨人\"企业申报条件（2022年4月所引）", "national little-giant conditions as cited in April 2022",
        seed("附件3"),
        all(LG + "all", "九项条件均须满足", "all nine items", seed("附件3 小巨人 1"),
            cmp(LG + "main-business-share", "主营收入不低于营业收入的70%", "main business at least 70% of revenue",
                Indicators.MAIN_BUSINESS_SHARE, Operator.AT_LEAST, Quantity.percent("70"), seed("附件3 小巨人 1"))
                .withNote(text("\"年度\"按上年度理解", "'yearly' read as the prior year")),
            cmp(LG + "market-rank-province", "主导产品市场占有率全省前3位", "leading product in the province's top 3 by share",
                Indicators.MARKET_RANK_PROVINCE, Operator.AT_MOST, Quantity.rank(3), seed("附件3 小巨人 2"))
                .withNote(text("按原文编码为省内排名；2022年办法（C）改为全国细分市场占有率10%",
                    "encoded as written, a provincial rank; the 2022 measures (C) use a 10% national niche share instead")),
            cmp(LG + "years-in-niche", "在细分市场经营满3年", "at least 3 years in the niche market",
                Indicators.YEARS_IN_NICHE, Operator.AT_LEAST, Quantity.years("3"), seed("附件3 小巨人 3")),
            cmp(LG + "debt-ratio", "资产负债率不高于70%", "debt-to-asset ratio at most 70%",
                Indicators.DEBT_TO_ASSET_RATIO, Operator.AT_MOST, Quantity.percent("70"), seed("附件3 小巨人 3")),
            any(LG + "growth", "近2年主营收入或净利润平均增速不低于5%",
                "2-year average growth of main-business revenue or net profit at least 5%", seed("附件3 小巨人 4"),
                cmp(LG + "main-business-growth", "主营收入平均增速不低于5%", "main-business revenue growth at least 5%",
                    Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y, Operator.AT_LEAST, Quantity.percent("5"), seed("附件3 小巨人 4")),
                cmp(LG + "net-profit-growth", "净利润平均增长率5%以上", "net-profit growth at least 5%",
                    Indicators.NET_PROFIT_GROWTH_AVG_2Y, Operator.AT_LEAST, Quantity.percent("5"), seed("附件3 小巨人 4"))),
            any(LG + "ip", "2项发明专利，或实用新型、外观设计、软件著作权合计5项", "2 invention patents, or 5 other IP items in all",
                seed("附件3 小巨人 5"),
                cmp(LG + "invention-patents", "发明专利至少2项", "at least 2 invention patents",
                    Indicators.INVENTION_PATENTS, Operator.AT_LEAST, Quantity.count(2, Unit.IP_ITEMS), seed("附件3 小巨人 5")),
                sum(LG + "other-ip", "实用新型、外观设计专利与软件著作权合计5项及以上",
                    "at least 5 utility-model, design patents and software copyrights together", Operator.AT_LEAST,
                    Quantity.count(5, Unit.IP_ITEMS), seed("附件3 小巨人 5"),
                    Indicators.UTILITY_MODEL_PATENTS, Indicators.DESIGN_PATENTS, Indicators.SOFTWARE_COPYRIGHTS)
                    .withNote(text("5项按三类合计", "the 5 counted across the three kinds together"))),
            cmp(LG + "certification", "有管理体系认证、标准化生产或发达国家产品认证之一",
                "a management-system certification, production to a standard, or a developed-country product certification",
                Indicators.MANAGEMENT_CERTIFICATION, Operator.AT_LEAST, Quantity.flag(true), seed("附件3 小巨人 6")),
            declared(LG + "rnd-institution", "有自建或与高校院所共建的研发机构",
                "an own R&D institution or one set up with a university or research body", "own-or-joint-rnd-institution",
                seed("附件3 小巨人 7"))
                .withNote(text("未要求机构级别，故按声明判断", "no level of institution is required, so it is declared")),
            cmp(LG + "core-it-system", "至少1项核心业务有信息系统支撑", "at least one core business runs on an information system",
                Indicators.CORE_BUSINESS_IT_SYSTEM, Operator.AT_LEAST, Quantity.flag(true), seed("附件3 小巨人 8")),
            rnd))
        .addCaveats(YEARLY_CALL, CITED_NOT_OFFICIAL)
        .build();
  }

  /**
   * Rows 1–6 of the single-champion column, which the enterprise and the product criteria share;
   * {@code prefix} keeps the ids of the two copies apart.
   */
  private static Condition[] championRows(String prefix) {
    Banded littleGiantBelow4Yi = Banded.builder().id(FactId.of(prefix + "little-giant-below-4yi"))
        .label(text("年销售收入4亿元以下须为国家\"小巨人\"", "sales of 4亿 or less require national little-giant status"))
        .source(seed("附件3 单项冠军 企业 4")).indicator(Indicators.OPERATING_REVENUE.id())
        .addBands(Band.of(Interval.builder().upper(Quantity.yiYuan("4")).upperInclusive(true).build(),
            holds(prefix + "holds-little-giant", "已是国家专精特新\"小巨人\"企业", "already a national little giant",
                NationalTiers.LITTLE_GIANT, seed("附件3 单项冠军 企业 4"))))
        .addBands(Band.free(Interval.builder().lower(Quantity.yiYuan("4")).lowerInclusive(false).build()))
        .build()
        .withNote(text("\"年销售收入\"按上年度营业收入理解；\"以下\"含本数",
            "annual sales read as the prior year's operating revenue; 以下 includes the bound"));
    return new Condition[] {
        cmp(prefix + "no-violations", "近3年没有安全或环境违法", "no safety or environmental violation in 3 years",
            Indicators.SAFETY_ENVIRONMENT_VIOLATIONS_3Y, Operator.AT_MOST, Quantity.count(0, Unit.EVENTS),
            seed("附件3 单项冠军 企业 1")),
        review(prefix + "brand-strategy", "有品牌战略和见效的品牌管理体系",
            "a brand strategy with a working brand-management system and results", "brand-strategy-with-results",
            seed("附件3 单项冠军 企业 2")),
        review(prefix + "key-field", "产品属重点领域（如关键基础材料、核心零部件）",
            "the product is in a key field such as basic materials, core parts or special high-end products",
            "product-in-key-field", seed("附件3 单项冠军 企业 3")),
        review(prefix + "margin-above-industry", "利润率高于同期行业水平",
            "strong results, with a profit margin above the industry's in the same period", "margin-above-industry",
            seed("附件3 单项冠军 企业 4"))
            .withNote(text("本库无行业利润率基准，故需审核", "no industry benchmark margin is available here, so it needs review")),
        littleGiantBelow4Yi,
        review(prefix + "leading-technology", "技术与性能国际领先、持续创新并参与制定标准",
            "internationally leading technology and key performance, strong innovation, leads or joins standard-setting",
            "internationally-leading-technology", seed("附件3 单项冠军 企业 5")),
        any(prefix + "years", "从事相关领域10年以上或新产品3年以上", "10 years in the field, or 3 years with a new product",
            seed("附件3 单项冠军 企业 6"),
            cmp(prefix + "years-in-field", "从事相关业务领域10年或以上", "at least 10 years in the field",
                Indicators.YEARS_IN_FIELD, Operator.AT_LEAST, Quantity.years("10"), seed("附件3 单项冠军 企业 6")),
            cmp(prefix + "years-in-new-product", "从事新产品生产经营3年或以上", "at least 3 years producing the new product",
                Indicators.YEARS_IN_NEW_PRODUCT, Operator.AT_LEAST, Quantity.years("3"), seed("附件3 单项冠军 企业 6")))};
  }

  /** How the single-champion half of the annex-3 table is read; shared by both criteria. */
  static final LocalizedText CHAMPION_COLUMNS = text(
      "附件3表头把单项冠军分为\"企业\"\"产品\"两栏：第1—6行各只有一格（读作跨两栏、两者通用），第7行另有一个空白的产品格"
          + "（读作主导产品收入占比70%只适用于企业）。2019年通知（S）据称产品类不受70%限制，与此读法一致。"
          + "原文未列全球市场占有率排名（2016年方案（C）列为前3位）",
      "the annex-3 header splits single champions into 'enterprise' and 'product' columns: rows 1-6 have one cell each "
          + "(read as spanning both columns, so shared), row 7 has a separate, empty product cell (read as the 70% "
          + "leading-product share binding enterprises only). A 2019 notice (S) reportedly exempts the product track from "
          + "the 70% rule, which fits this reading. No global market-share rank is listed (the 2016 plan (C) asks for the top 3)");

  static EligibilityCriteria champion() {
    Condition[] rows = championRows(SC);
    Condition[] items = java.util.Arrays.copyOf(rows, rows.length + 1);
    items[rows.length] = cmp(SC + "main-product-share", "主导产品销售收入占全部业务收入70%以上",
        "leading product at least 70% of all revenue",
        Indicators.MAIN_PRODUCT_SHARE, Operator.AT_LEAST, Quantity.percent("70"), seed("附件3 单项冠军 企业 7"));
    return criteria(SC + "criteria", NationalTiers.SINGLE_CHAMPION,
        "国家制造业单项冠军（企业）申报条件（2022年4月所引）",
        "national manufacturing single champion (enterprise) conditions as cited in April 2022",
        seed("附件3"),
        all(SC + "all", "七项条件均须满足", "all seven items", seed("附件3 单项冠军 企业 1"), items)
            .withNote(CHAMPION_COLUMNS))
        .addCaveats(YEARLY_CALL, CITED_NOT_OFFICIAL)
        .build();
  }

  static EligibilityCriteria championProduct() {
    return criteria(SCP + "criteria", NationalTiers.SINGLE_CHAMPION_PRODUCT,
        "国家制造业单项冠军（产品）申报条件（2022年4月所引）",
        "national manufacturing single champion (product) conditions as cited in April 2022",
        seed("附件3"),
        all(SCP + "all", "第1—6行条件均须满足", "rows 1 to 6 all hold", seed("附件3 单项冠军 企业 1"), championRows(SCP))
            .withNote(CHAMPION_COLUMNS))
        .addCaveats(YEARLY_CALL, CITED_NOT_OFFICIAL)
        .build();
  }
}
