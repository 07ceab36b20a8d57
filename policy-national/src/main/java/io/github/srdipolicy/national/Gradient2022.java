package io.github.srdipolicy.national;

import static io.github.srdipolicy.national.Facts.all;
import static io.github.srdipolicy.national.Facts.any;
import static io.github.srdipolicy.national.Facts.c;
import static io.github.srdipolicy.national.Facts.cmp;
import static io.github.srdipolicy.national.Facts.criteria;
import static io.github.srdipolicy.national.Facts.declared;
import static io.github.srdipolicy.national.Facts.review;
import static io.github.srdipolicy.national.Facts.s;
import static io.github.srdipolicy.national.Facts.text;

import io.github.srdipolicy.model.Band;
import io.github.srdipolicy.model.Banded;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Interval;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.ScoreBand;
import io.github.srdipolicy.model.ScoreItem;
import io.github.srdipolicy.model.Scorecard;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * 《优质中小企业梯度培育管理暂行办法》 工信部企业〔2022〕63号: the three tiers and their criteria, from
 * public reposts (confidence C, or S where marked). The official text was not read here.
 */
final class Gradient2022 {
  private Gradient2022() {}

  static final String DOC = "工信部企业〔2022〕63号";
  /** June 2022; the day is not confirmed, so the first of the month is taken. */
  static final LocalDate IN_FORCE = LocalDate.of(2022, 6, 1);

  /** Scorecard category keys of the innovative-SME assessment. */
  static final String INNOVATION = "innovation";
  static final String GROWTH = "growth";
  static final String SPECIALISATION = "specialisation";

  private static final String ISME = "cn.gradient-2022.isme.";
  private static final String SRDI = "cn.gradient-2022.srdi.";
  private static final String LG = "cn.gradient-2022.lg.";

  static PolicyDocument document() {
    SourceRef tiers = c(DOC, "全文");
    LocalizedText threeYears = text("认定有效期3年为单一来源（S），见 cn.gradient-2022.recognition-validity",
        "the 3-year validity comes from a single repost (S); see cn.gradient-2022.recognition-validity");
    return PolicyDocument.builder()
        .id(DocumentId.of(DOC))
        .issuer(text("工业和信息化部", "Ministry of Industry and Information Technology"))
        .title(text("优质中小企业梯度培育管理暂行办法", "Interim measures for the gradient cultivation of quality SMEs"))
        .validity(DateRange.of(IN_FORCE, Gradient2026.IN_FORCE))
        .validityNote(text(
            "2022年6月印发，具体日期未确认，以月初计；据报道自2026年4月1日起由工信部企业〔2026〕2号取代（S）",
            "issued in June 2022, exact day not confirmed, taken as the first of the month; reportedly replaced by "
                + "工信部企业〔2026〕2号 from 2026-04-01 (S)"))
        .jurisdiction(JurisdictionCode.CN)
        .completeness(Completeness.REFERENCE_ONLY)
        .confidence(Confidence.SECONDARY_C)
        .addTiers(tier(NationalTiers.INNOVATIVE_SME, "创新型中小企业", "innovative SME",
            "由省级主管部门按国家标准评价公告", "assessed and published by the provinces under the national standard",
            tiers, threeYears))
        .addTiers(tier(NationalTiers.SRDI_SME, "专精特新中小企业", "SRDI SME",
            "由省级主管部门按国家标准认定", "recognised by the provinces under the national standard", tiers, threeYears))
        .addTiers(tier(NationalTiers.LITTLE_GIANT, "专精特新\"小巨人\"企业", "little giant",
            "由工业和信息化部认定", "recognised by MIIT", tiers, threeYears))
        .addCriteria(innovativeSme(), srdiSme(), littleGiant())
        .addProvisions(Provision.builder().id(FactId.of("cn.gradient-2022.recognition-validity"))
            .kind(Provision.Kind.PROCEDURE)
            .label(text("三级认定（公告）有效期均为3年", "each of the three recognitions is valid for 3 years"))
            .quantity(Quantity.years("3")).source(s(DOC, "全文")).build())
        .addProvisions(Provision.builder().id(FactId.of("cn.gradient-2022.srdi-score-categories"))
            .kind(Provision.Kind.PROCEDURE)
            .label(text("专精特新中小企业评分：4类13项指标，满分100分",
                "SRDI SME scoring: 13 indicators in 4 categories, 100 points in all"))
            .addItems(text("专业化 25分", "specialisation 25 points"), text("精细化 25分", "refinement 25 points"),
                text("特色化 15分（由各省自定）", "distinctiveness 15 points (set by each province)"),
                text("创新能力 35分", "innovation 35 points"))
            .source(c(DOC, "附件2"))
            .note(text("已知部分指标的分档，但其余未知，故评分作为输入（cn.srdi-score）而非计分卡",
                "some indicators' bands are known but the rest are not, so the score is an input (cn.srdi-score), not a scorecard"))
            .build())
        .addProvisions(Provision.builder().id(FactId.of("cn.gradient-2022.srdi-score-bands-confirmed"))
            .kind(Provision.Kind.PROCEDURE)
            .label(text("专精特新评分中多源一致的分档", "SRDI scoring bands that several reposts agree on"))
            .addItems(
                text("主营业务收入占营业收入比重（5分）：≥80%:5; [70%,80%):3; [60%,70%):1; <60%:0",
                    "main-business share (5 points): >=80%:5; [70%,80%):3; [60%,70%):1; <60%:0"),
                text("近2年主营业务收入平均增长率（10分）：≥10%:10; [8%,10%):8; [6%,8%):6; [4%,6%):4; [0,4%):2; <0:0",
                    "2-year average main-business growth (10 points): >=10%:10; [8%,10%):8; [6%,8%):6; [4%,6%):4; [0,4%):2; <0:0"),
                text("从事细分市场年限（5分）：每满2年1分，最多5分", "years in the niche (5 points): 1 per full 2 years, at most 5"),
                text("知识产权（10分）：按创新型中小企业的知识产权类别依次10/8/6/2/0分",
                    "IP (10 points): 10/8/6/2/0 by the innovative-SME IP classes"))
            .source(c(DOC, "附件2"))
            .note(text("仅供参考，不参与计算：评分以 cn.srdi-score 输入", "for reference only, not computed: the score is the input cn.srdi-score"))
            .build())
        .addProvisions(Provision.builder().id(FactId.of("cn.gradient-2022.srdi-score-bands-single-source"))
            .kind(Provision.Kind.PROCEDURE)
            .label(text("专精特新评分中仅见于单一来源的分档", "SRDI scoring bands found in one repost only"))
            .addItems(
                text("净利润率（10分）：≥10%:10; [8%,10%):8; [6%,8%):6; [4%,6%):4; [2%,4%):2; <2%:0",
                    "net margin (10 points): >=10%:10; [8%,10%):8; [6%,8%):6; [4%,6%):4; [2%,4%):2; <2%:0"),
                text("资产负债率（5分）：≤50%:5; (50%,60%]:3; (60%,70%]:1; >70%:0",
                    "debt-to-asset ratio (5 points): <=50%:5; (50%,60%]:3; (60%,70%]:1; >70%:0"),
                text("研发投入（10分）：≥500万或≥10%:10; 400—500万或8%—10%:8; 300—400万或6%—8%:6; 200—300万或4%—6%:4; 100—200万或3%—4%:2",
                    "R&D input (10 points): >=500万 or >=10%:10; 400-500万 or 8-10%:8; 300-400万 or 6-8%:6; 200-300万 or 4-6%:4; 100-200万 or 3-4%:2"))
            .source(s(DOC, "附件2"))
            .note(text("仅供参考，不参与计算；其余指标的分档未知", "for reference only, not computed; the other indicators' bands are unknown"))
            .build())
        .build();
  }

  private static Tier tier(TierId id, String zh, String en, String dZh, String dEn, SourceRef source, LocalizedText note) {
    return Tier.builder().id(id).name(text(zh, en)).jurisdiction(JurisdictionCode.CN).level(JurisdictionLevel.NATIONAL)
        .source(source).description(text(dZh, dEn)).validityYears(3).note(note).build();
  }

  private static ScoreItem item(Indicator indicator, String category, ScoreBand... bands) {
    return ScoreItem.builder().indicator(indicator.id()).category(category).addBands(bands).build();
  }

  private static ScoreBand band(Interval range, String points) {
    return ScoreBand.of(range, points);
  }

  private static Interval pct(String lower, String upper) {
    return Interval.closedOpen(Quantity.percent(lower), Quantity.percent(upper));
  }

  private static Interval rank(int r) {
    return Interval.closedOpen(Quantity.rank(r), Quantity.rank(r + 1));
  }

  static Scorecard innovativeSmeScorecard() {
    return Scorecard.builder().id(FactId.of(ISME + "score"))
        .label(text("评价得分60分以上且三类指标均达最低分", "a score of 60 or more with each category at its minimum"))
        .source(s(DOC, "附件1"))
        .note(text("分档与最低分为多源（C）；各指标归入创新能力、成长性、专业化哪一类为单一来源的通常理解（S）："
                + "知识产权、研发强度计创新能力，增长率、资产负债率计成长性，所属领域、主营业务占比计专业化",
            "bands and minimums agree across reposts (C); which category each indicator counts towards is the usual reading "
                + "of one repost (S): IP and R&D intensity are innovation, growth and debt ratio are growth, field and "
                + "main-business share are specialisation"))
        .addItems(item(NationalIndicators.LEADING_PRODUCT_IP_CLASS_RANK, INNOVATION,
            band(rank(1), "20"), band(rank(2), "15"), band(rank(3), "10"), band(rank(4), "5"),
            band(Interval.atLeast(Quantity.rank(5)), "0")))
        .addItems(item(Indicators.RND_INTENSITY, INNOVATION,
            band(Interval.atLeast(Quantity.percent("5")), "20"), band(pct("3", "5"), "15"), band(pct("2", "3"), "10"),
            band(pct("1", "2"), "5"), band(Interval.lessThan(Quantity.percent("1")), "0")))
        .addItems(item(Indicators.MAIN_BUSINESS_GROWTH, GROWTH,
            band(Interval.atLeast(Quantity.percent("15")), "20"), band(pct("10", "15"), "15"), band(pct("5", "10"), "10"),
            band(pct("0", "5"), "5"), band(Interval.lessThan(Quantity.percent("0")), "0")))
        .addItems(item(Indicators.DEBT_TO_ASSET_RATIO, GROWTH,
            band(Interval.builder().upper(Quantity.percent("55")).upperInclusive(true).build(), "10"),
            band(Interval.builder().lower(Quantity.percent("55")).lowerInclusive(false)
                .upper(Quantity.percent("75")).upperInclusive(true).build(), "5"),
            band(Interval.builder().lower(Quantity.percent("75")).lowerInclusive(false).build(), "0")))
        .addItems(item(NationalIndicators.STRATEGIC_EMERGING_FIELD, SPECIALISATION,
            band(Interval.atLeast(Quantity.flag(true)), "10"), band(Interval.lessThan(Quantity.flag(true)), "5")))
        .addItems(item(Indicators.MAIN_BUSINESS_SHARE, SPECIALISATION,
            band(Interval.atLeast(Quantity.percent("70")), "20"), band(pct("60", "70"), "15"), band(pct("55", "60"), "10"),
            band(pct("50", "55"), "5"), band(Interval.lessThan(Quantity.percent("50")), "0")))
        .minimumTotal(new BigDecimal("60"))
        .putCategoryMinimums(INNOVATION, new BigDecimal("20"))
        .putCategoryMinimums(GROWTH, new BigDecimal("15"))
        .putCategoryMinimums(SPECIALISATION, new BigDecimal("15"))
        .build();
  }

  static EligibilityCriteria innovativeSme() {
    SourceRef a1 = c(DOC, "附件1");
    return criteria(ISME + "criteria", NationalTiers.INNOVATIVE_SME, "创新型中小企业评价标准（2022年）",
        "innovative SME standard (2022)", a1,
        any(ISME + "routes", "直接认定条件之一，或评价得分达标", "one direct route, or a passing score", a1,
            cmp(ISME + "direct.award", "近3年获省级以上科技奖励", "a provincial or national S&T award within 3 years",
                NationalIndicators.ST_AWARD_LEVEL_3Y, Operator.AT_LEAST, Quantity.level(RecognitionLevel.PROVINCE), a1),
            any(ISME + "direct.status", "有效期内的高新技术企业、国家级技术创新示范企业或知识产权优势/示范企业",
                "a valid high-tech, national technology-innovation demonstration, or IP advantage/demonstration status", a1,
                cmp(ISME + "direct.high-tech", "高新技术企业", "high-tech enterprise", Indicators.HIGH_TECH_ENTERPRISE,
                    Operator.AT_LEAST, Quantity.flag(true), a1),
                cmp(ISME + "direct.innovation-demo", "国家级技术创新示范企业", "national technology-innovation demonstration",
                    NationalIndicators.NATIONAL_TECH_INNOVATION_DEMO, Operator.AT_LEAST, Quantity.flag(true), a1),
                cmp(ISME + "direct.ip-demo", "知识产权优势企业或示范企业", "IP advantage or demonstration enterprise",
                    NationalIndicators.IP_ADVANTAGE_OR_DEMO, Operator.AT_LEAST, Quantity.flag(true), a1)),
            cmp(ISME + "direct.rnd-institution", "拥有省级以上研发机构", "an R&D institution of provincial level or above",
                Indicators.RND_INSTITUTION_LEVEL, Operator.AT_LEAST, Quantity.level(RecognitionLevel.PROVINCE), a1),
            cmp(ISME + "direct.equity", "近3年合格机构投资者新增股权融资500万元以上",
                "at least 500万 of new equity from qualified institutional investors within 3 years",
                NationalIndicators.INSTITUTIONAL_EQUITY_3Y, Operator.AT_LEAST, Quantity.wanYuan("500"), a1),
            innovativeSmeScorecard()))
        .addCaveats(text("据公开转载（C/S），须以官方文本核对", "from public reposts (C/S): verify against the official text"))
        .build();
  }

  static EligibilityCriteria srdiSme() {
    SourceRef a2 = c(DOC, "附件2");
    Banded revenue = Banded.builder().id(FactId.of(SRDI + "revenue-or-equity"))
        .label(text("上年营业收入1000万元以上，或不足时近2年新增股权融资2000万元以上",
            "prior-year revenue of at least 1000万, or below that 2000万 of new equity in 2 years"))
        .source(a2).indicator(Indicators.OPERATING_REVENUE.id())
        .addBands(Band.free(Interval.atLeast(Quantity.wanYuan("1000"))))
        .addBands(Band.of(Interval.lessThan(Quantity.wanYuan("1000")),
            cmp(SRDI + "equity-2y", "近2年新增股权融资2000万元以上", "at least 2000万 of new equity in 2 years",
                Indicators.EQUITY_FINANCING_2Y, Operator.AT_LEAST, Quantity.wanYuan("2000"), a2)))
        .build();
    return criteria(SRDI + "criteria", NationalTiers.SRDI_SME, "专精特新中小企业认定标准（2022年）",
        "SRDI SME standard (2022)", a2,
        all(SRDI + "all", "基本条件与评分（或直通）条件均须满足", "the basic conditions and a score or direct route", a2,
            cmp(SRDI + "years-in-niche", "从事特定细分市场2年以上", "at least 2 years in the niche market",
                Indicators.YEARS_IN_NICHE, Operator.AT_LEAST, Quantity.years("2"), a2),
            cmp(SRDI + "rnd-expenditure", "上年研发费用100万元以上", "prior-year R&D of at least 100万",
                Indicators.RND_EXPENDITURE, Operator.AT_LEAST, Quantity.wanYuan("100"), a2),
            cmp(SRDI + "rnd-intensity", "上年研发费用占营业收入3%以上", "prior-year R&D at least 3% of revenue",
                Indicators.RND_INTENSITY, Operator.AT_LEAST, Quantity.percent("3"), a2),
            revenue,
            any(SRDI + "score-or-direct", "评分60分以上或满足一项直通条件", "a score of 60 or one direct condition", a2,
                cmp(SRDI + "score", "专精特新评分60分以上", "SRDI score of at least 60", NationalIndicators.SRDI_SCORE,
                    Operator.AT_LEAST, Quantity.points("60"), a2)
                    .withNote(text("13项指标中多项分档未知，评分作为输入", "the bands of several of the 13 indicators are unknown, so the score is an input")),
                cmp(SRDI + "direct.provincial-award", "近3年省级科技奖励获奖单位前3名",
                    "a top-3 unit of a provincial S&T award within 3 years", NationalIndicators.PROVINCIAL_ST_AWARD_RANK_3Y,
                    Operator.AT_MOST, Quantity.rank(3), a2),
                cmp(SRDI + "direct.national-award", "近3年国家级科技奖励获奖单位前5名",
                    "a top-5 unit of a national S&T award within 3 years", NationalIndicators.NATIONAL_ST_AWARD_RANK_3Y,
                    Operator.AT_MOST, Quantity.rank(5), a2),
                cmp(SRDI + "direct.rnd-average", "近2年研发费用平均1000万元以上", "average R&D of at least 1000万 over 2 years",
                    Indicators.RND_EXPENDITURE_AVG_2Y, Operator.AT_LEAST, Quantity.wanYuan("1000"), a2),
                cmp(SRDI + "direct.equity", "近2年新增股权融资6000万元以上", "at least 6000万 of new equity in 2 years",
                    Indicators.EQUITY_FINANCING_2Y, Operator.AT_LEAST, Quantity.wanYuan("6000"), a2),
                cmp(SRDI + "direct.maker-china", "近3年\"创客中国\"大赛全国500强", "national top 500 of Maker China within 3 years",
                    NationalIndicators.MAKER_CHINA_RANK_3Y, Operator.AT_MOST, Quantity.rank(500), a2))))
        .addCaveats(text("据公开转载（C），须以官方文本核对", "from public reposts (C): verify against the official text"))
        .build();
  }

  static EligibilityCriteria littleGiant() {
    SourceRef a3 = c(DOC, "附件3");
    SourceRef a3s = s(DOC, "附件3");
    Banded rnd = Banded.builder().id(FactId.of(LG + "rnd-by-revenue"))
        .label(text("研发要求按营业收入分档", "R&D requirement banded by operating revenue"))
        .source(a3).indicator(Indicators.OPERATING_REVENUE.id())
        .addBands(Band.of(Interval.atLeast(Quantity.yiYuan("1")),
            cmp(LG + "rnd-intensity-1yi", "近2年每年研发费用占营业收入3%以上", "R&D at least 3% of revenue in each of 2 years",
                Indicators.RND_INTENSITY_EACH_2Y, Operator.AT_LEAST, Quantity.percent("3"), a3)))
        .addBands(Band.of(Interval.closedOpen(Quantity.wanYuan("5000"), Quantity.yiYuan("1")),
            cmp(LG + "rnd-intensity-5000wan", "近2年每年研发费用占营业收入6%以上", "R&D at least 6% of revenue in each of 2 years",
                Indicators.RND_INTENSITY_EACH_2Y, Operator.AT_LEAST, Quantity.percent("6"), a3)))
        .addBands(Band.of(Interval.lessThan(Quantity.wanYuan("5000")),
            all(LG + "small-firm", "营业收入不足5000万元的融资与研发要求", "equity and R&D test below 5000万 of revenue", a3,
                cmp(LG + "equity-2y", "近2年新增股权融资8000万元以上", "at least 8000万 of new equity in 2 years",
                    Indicators.EQUITY_FINANCING_2Y, Operator.AT_LEAST, Quantity.wanYuan("8000"), a3),
                cmp(LG + "rnd-expenditure-2y", "研发投入3000万元以上", "R&D spending of at least 3000万",
                    Indicators.RND_EXPENDITURE_SUM_2Y, Operator.AT_LEAST, Quantity.wanYuan("3000"), a3)
                    .withNote(text("按近2年合计理解", "read as the sum of the last 2 years")),
                cmp(LG + "rnd-staff", "研发人员占职工总数50%以上", "R&D staff at least 50% of employees",
                    Indicators.RND_STAFF_SHARE, Operator.AT_LEAST, Quantity.percent("50"), a3))))
        .build();
    return criteria(LG + "criteria", NationalTiers.LITTLE_GIANT, "专精特新\"小巨人\"企业认定标准（2022年）",
        "little-giant standard (2022)", a3,
        all(LG + "all", "专业化、精细化、特色化、创新能力及其他条件", "specialisation, refinement, distinctiveness, innovation and more", a3,
            all(LG + "specialisation", "专业化", "specialisation", a3,
                cmp(LG + "years-in-niche", "从事特定细分市场3年以上（截至上年末）", "at least 3 years in the niche (to the end of the prior year)",
                    Indicators.YEARS_IN_NICHE, Operator.AT_LEAST, Quantity.years("3"), a3),
                cmp(LG + "main-business-share", "主营业务收入占营业收入70%以上", "main business at least 70% of revenue",
                    Indicators.MAIN_BUSINESS_SHARE, Operator.AT_LEAST, Quantity.percent("70"), a3),
                cmp(LG + "main-business-growth", "近2年主营收入平均增速不低于5%", "2-year average main-business growth at least 5%",
                    Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y, Operator.AT_LEAST, Quantity.percent("5"), a3)),
            all(LG + "refinement", "精细化", "refinement", a3,
                cmp(LG + "core-it-system", "至少1项核心业务有信息系统支撑", "at least one core business runs on an information system",
                    Indicators.CORE_BUSINESS_IT_SYSTEM, Operator.AT_LEAST, Quantity.flag(true), a3),
                declared(LG + "certification", "取得管理体系认证或发达国家地区产品认证",
                    "a management-system certification or a developed-country product certification",
                    "management-or-developed-country-certification", a3),
                cmp(LG + "debt-ratio", "资产负债率不高于70%", "debt-to-asset ratio at most 70%",
                    Indicators.DEBT_TO_ASSET_RATIO, Operator.AT_MOST, Quantity.percent("70"), a3)),
            all(LG + "distinctiveness", "特色化", "distinctiveness", a3,
                cmp(LG + "market-share", "细分市场全国占有率10%以上", "national niche market share at least 10%",
                    Indicators.MARKET_SHARE_NATIONAL, Operator.AT_LEAST, Quantity.percent("10"), a3),
                review(LG + "own-brand", "拥有有竞争力的自主品牌", "an own brand with competitive strength", "own-competitive-brand", a3)),
            any(LG + "innovation", "创新能力条件或直通条件", "the innovation conditions or a direct route", a3s,
                all(LG + "innovation.conditions", "创新能力", "innovation", a3,
                    rnd,
                    declared(LG + "rnd-institution", "自建或联合建立研发机构", "an own or joint R&D institution",
                        "own-or-joint-rnd-institution", a3),
                    cmp(LG + "class-i-ip", "与主导产品相关并已应用的Ⅰ类知识产权2项以上",
                        "at least 2 Class I IP items tied to the leading product and in use",
                        NationalIndicators.CLASS_I_IP_LEADING_PRODUCT, Operator.AT_LEAST, Quantity.count(2,
                            io.github.srdipolicy.model.Unit.IP_ITEMS), a3)),
                any(LG + "innovation.direct", "创新直通条件", "direct innovation route", a3s,
                    cmp(LG + "direct.national-award", "近3年国家级科技奖励获奖单位前3名", "a top-3 unit of a national S&T award within 3 years",
                        NationalIndicators.NATIONAL_ST_AWARD_RANK_3Y, Operator.AT_MOST, Quantity.rank(3), a3s),
                    cmp(LG + "direct.maker-china", "\"创客中国\"大赛全国50强", "national top 50 of Maker China",
                        NationalIndicators.MAKER_CHINA_RANK_3Y, Operator.AT_MOST, Quantity.rank(50), a3s)
                        .withNote(text("转载未写期限，按近3年理解", "the reposts give no window; read as the last 3 years"))))
                .withNote(text("直通条件（S）按替代创新能力各项理解，其适用范围未确认",
                    "the direct route (S) is read as standing in for the innovation conditions; its scope is not confirmed")),
            review(LG + "supply-chain", "产业链配套（定性）", "role in the industrial chain (qualitative)", "supply-chain-role", a3s),
            review(LG + "product-field", "主导产品所属领域（定性）", "field of the leading product (qualitative)",
                "leading-product-field", a3s)))
        .addCaveats(text("据公开转载（C，部分S），须以官方文本核对", "from public reposts (C, some S): verify against the official text"))
        .build();
  }
}
