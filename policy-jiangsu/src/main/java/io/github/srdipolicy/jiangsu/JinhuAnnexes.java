package io.github.srdipolicy.jiangsu;

import static io.github.srdipolicy.jiangsu.Encoder.encoded;
import static io.github.srdipolicy.jiangsu.Encoder.t;

import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierSubject;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TrackKind;
import io.github.srdipolicy.model.Unit;
import java.util.ArrayList;
import java.util.List;

/**
 * The eligibility annexes of 金政发〔2022〕33号: provincial 千企升级 pool entry (附件1), Jinhu county
 * pool entry (附件2), provincial little giant and SRDI product (附件4), Huai'an city little giant and
 * SRDI product (附件5). Annex 3 (national criteria) is encoded by policy-national, which cites the
 * annex 3 clause paths listed here.
 */
final class JinhuAnnexes {
  private static final Encoder E = Jinhu2022.E;

  private JinhuAnnexes() {}

  private static final LocalizedText RELATED_PRODUCTS_NOTE = t(
      "附件要求多个主要产品之间有直接关联性；合并计算比重时由企业自行确认关联性",
      "with several main products the annex requires them to be directly related; the firm confirms this when it adds their revenues");
  /** 三、(一)1 builds the county pool "in line with" annex 1 but does not say whether annex 1's common conditions also bind. */
  static final LocalizedText ANNEX2_ON_ANNEX1 = t(
      "县级条件参照省级标准（附件1）细化而成；方案未说明附件1的共同标准（江苏注册、独立法人等）是否也适用于县级库，此处未叠加",
      "the county criteria refine the provincial standard (annex 1); the plan does not say whether annex 1's common conditions "
          + "(registered in Jiangsu, independent legal person and so on) also apply to the county pool, so they are not added here");
  private static final String A4_CAVEAT_PATH = "附件4 备注";
  private static final String A5_CAVEAT_PATH = "附件5 备注";
  private static final LocalizedText A4_CAVEAT =
      t("以年度省级申报通知为准", "the yearly provincial call for applications prevails");
  private static final LocalizedText A5_CAVEAT =
      t("以年度市级申报通知为准", "the yearly city call for applications prevails");

  // ------------------------------------------------------------------ outline

  static List<Clause> outline() {
    List<Clause> c = new ArrayList<>();
    c.add(encoded("附件1", "省千企升级企业入库标准条件", "provincial 千企升级 pool entry criteria"));
    c.add(encoded("附件1 共同标准", "共同标准：注册、法人、细分市场、管理与信誉", "common: registration, legal person, niche focus, management and reputation"));
    c.add(encoded("附件1 制造类 1", "制造类：13个先进制造业集群", "manufacturing: the 13 advanced manufacturing clusters"));
    c.add(encoded("附件1 制造类 2", "制造类：主导产品自主知识产权", "manufacturing: own IP in the main product"));
    c.add(encoded("附件1 制造类 3", "制造类：有效专利2项以上", "manufacturing: at least 2 valid patents"));
    c.add(encoded("附件1 制造类 4", "制造类：主导产品收入占比40%以上", "manufacturing: main product at least 40% of revenue"));
    c.add(encoded("附件1 制造类 5", "制造类：市场占有率前列或与龙头配套", "manufacturing: market leader or supplier to a lead firm"));
    c.add(encoded("附件1 制造类 6", "制造类：近3年营收增长或营业利润率5%以上", "manufacturing: 3-year revenue growth or operating margin of 5%"));
    c.add(encoded("附件1 创新类 1", "创新类：战略性新兴产业且具\"四新\"特征", "innovation: strategic emerging industry with the \"four new\" traits"));
    c.add(encoded("附件1 创新类 2", "创新类：有效专利1项以上", "innovation: at least 1 valid patent"));
    c.add(encoded("附件1 创新类 3", "创新类：核心团队专业背景", "innovation: the founding team's professional background"));
    c.add(encoded("附件1 创新类 4", "创新类：高成长潜力", "innovation: high growth potential"));

    c.add(encoded("附件2", "金湖县培育库入库条件", "Jinhu county pool entry criteria"));
    c.add(encoded("附件2 制造类 1", "制造类：主营业务收入或利税总额", "manufacturing: main-business revenue or profit and tax"));
    c.add(encoded("附件2 制造类 2", "制造类：省内市场排名前五", "manufacturing: top five in the province"));
    c.add(encoded("附件2 制造类 3", "制造类：高新技术企业、研发机构、发明专利、品牌、技术水平", "manufacturing: high-tech status, R&D institution, invention patent, brand, technology"));
    c.add(encoded("附件2 制造类 4", "制造类：主营业务收入占比40%以上", "manufacturing: main business at least 40% of revenue"));
    c.add(encoded("附件2 制造类 5", "制造类：信誉良好，近三年无不良记录", "manufacturing: good reputation, no bad records in 3 years"));
    c.add(encoded("附件2 创新类 1", "创新类：四新特点", "innovation: \"four new\" traits"));
    c.add(encoded("附件2 创新类 2", "创新类：核心研发团队与发明专利", "innovation: core R&D team and an invention patent"));
    c.add(encoded("附件2 创新类 3", "创新类：省级以上创新大赛参赛经验", "innovation: entered a provincial-or-higher innovation contest"));
    c.add(encoded("附件2 创新类 4", "创新类：高成长潜力", "innovation: high growth potential"));

    // Annex 3 holds the national criteria; policy-national encodes them and cites these paths, so the
    // clauses are encoded (the catalogue's coverage counts facts of every module that cite them).
    c.add(encoded("附件3", "国家小巨人和单项冠军申报条件（policy-national编码）",
        "national little giant and single champion criteria (encoded in policy-national)"));
    String[] giant = {"主营业务收入占比", "省内市场排名", "细分市场年限与资产负债率", "收入或净利润增长", "知识产权数量",
        "管理体系认证或标准", "研发机构", "信息系统", "按营收分档的研发投入"};
    String[] giantEn = {"main-business share", "provincial market rank", "years in the niche and debt ratio", "revenue or profit growth",
        "IP counts", "certification or standards", "R&D institution", "information system", "R&D by revenue band"};
    for (int i = 0; i < giant.length; i++) {
      c.add(encoded("附件3 小巨人 " + (i + 1), "国家小巨人：" + giant[i], "national little giant: " + giantEn[i]));
    }
    // Rows 1-6 of the champion column have one cell spanning the enterprise and product columns; row 7
    // has its own, empty, product cell. The paths keep the word 企业 that policy-national cites.
    String[] champion = {"无安全环境违法", "品牌战略", "重点领域", "经营业绩（4亿元以下须为小巨人）", "技术国际领先与标准",
        "从业年限", "主导产品收入占比（仅企业）"};
    String[] championEn = {"no safety or environmental violations", "brand strategy", "key fields", "performance (under 4亿 must be a little giant)",
        "world-leading technology and standards", "years in the field", "main-product share (enterprises only)"};
    for (int i = 0; i < champion.length; i++) {
      c.add(encoded("附件3 单项冠军 企业 " + (i + 1), "单项冠军：" + champion[i], "single champion: " + championEn[i]));
    }
    c.add(encoded("附件3 备注", "以年度国家申报通知为准", "the yearly national call prevails"));

    c.add(encoded("附件4", "省级专精特新小巨人企业申报条件", "provincial little giant criteria"));
    c.add(encoded("附件4 专精特新产品 1", "产品：销售收入占主营业务收入60%以上", "product: at least 60% of main-business revenue"));
    c.add(encoded("附件4 专精特新产品 2", "产品：2项专利或专有技术，性能领先", "product: 2 patents or know-how, leading performance"));
    c.add(encoded("附件4 专精特新产品 3", "产品：国内前10位或进入龙头供应链", "product: national top 10 or in a lead firm's supply chain"));
    c.add(encoded("附件4 小巨人企业 制造类 1", "制造类：主营业务收入或利润总额", "manufacturing: main-business revenue or total profit"));
    c.add(encoded("附件4 小巨人企业 制造类 2", "制造类：近3年营收增长或营业利润率8%以上", "manufacturing: 3-year revenue growth or operating margin of 8%"));
    c.add(encoded("附件4 小巨人企业 制造类 3", "制造类：国内前5位或进入龙头供应链", "manufacturing: national top 5 or in a lead firm's supply chain"));
    c.add(encoded("附件4 小巨人企业 制造类 4", "制造类：技术、工艺、质量国内领先", "manufacturing: nationally leading technology and quality"));
    c.add(encoded("附件4 小巨人企业 制造类 5", "制造类：市级以上研发机构", "manufacturing: R&D institution of city level or above"));
    c.add(encoded("附件4 小巨人企业 制造类 6", "制造类：研发费用占比均值3%以上", "manufacturing: average R&D share at least 3%"));
    c.add(encoded("附件4 小巨人企业 创新类 1", "创新类：2014年以后成立的创业创新类企业", "innovation: start-up founded in 2014 or later"));
    c.add(encoded("附件4 小巨人企业 创新类 2", "创新类：原创技术或产品", "innovation: original technology or product"));
    c.add(encoded("附件4 小巨人企业 创新类 3", "创新类：高成长潜力", "innovation: high growth potential"));
    c.add(encoded(A4_CAVEAT_PATH, "以年度省级申报通知为准", "the yearly provincial call prevails"));

    c.add(encoded("附件5", "市级专精特新小巨人企业申报条件", "city little giant criteria"));
    c.add(encoded("附件5 专精特新产品 1", "产品：市场地位与销售收入占比50%以上", "product: market position and at least 50% of main-business revenue"));
    c.add(encoded("附件5 专精特新产品 2", "产品：知识产权2项以上", "product: at least 2 IP items"));
    c.add(encoded("附件5 专精特新产品 3", "产品：重点培养的骨干企业，行业领先", "product: locally cultivated backbone firm, leading its industry"));
    c.add(encoded("附件5 小巨人企业 1", "企业：主营业务收入与全省前十", "enterprise: main-business revenue and provincial top ten"));
    c.add(encoded("附件5 小巨人企业 2", "企业：增长、资产负债率、信用", "enterprise: growth, debt ratio, credit"));
    c.add(encoded("附件5 小巨人企业 3", "企业：高新技术企业、研发机构、自主知识产权与品牌、技术水平", "enterprise: high-tech status, R&D institution, own IP and brand, technology"));
    c.add(encoded("附件5 小巨人企业 4", "企业：管理规范", "enterprise: well managed"));
    c.add(encoded(A5_CAVEAT_PATH, "以年度市级申报通知为准", "the yearly city call prevails"));
    return List.copyOf(c);
  }

  // ------------------------------------------------------------------ tiers

  static List<Tier> tiers() {
    return List.of(
        Tier.builder().id(JiangsuTiers.QIANQI_POOL)
            .name(t("江苏省千企升级培育库", "Jiangsu 千企升级 (thousand-firm upgrading) pool"))
            .jurisdiction(JiangsuSource.PROVINCE).level(JurisdictionLevel.PROVINCE).source(E.at("附件1"))
            .description(t("省级培育库，入库条件见附件1；本县力争推动30家企业进入", "the provincial pool, entry criteria in annex 1; Jinhu aims to bring 30 firms into it"))
            .build(),
        Tier.builder().id(JiangsuTiers.LITTLE_GIANT)
            .name(t("省级专精特新\"小巨人\"企业", "provincial little giant"))
            .jurisdiction(JiangsuSource.PROVINCE).level(JurisdictionLevel.PROVINCE).source(E.at("附件4"))
            .description(t("由省里按年度申报通知认定（附件4）；本县按年度推荐，位于市级之上、国家级之下",
                "recognised by the province under its yearly call (annex 4); Jinhu recommends firms yearly; above the city and below the national little giant"))
            .note(t("认定部门未写明", "the recognising department is not named"))
            .build(),
        Tier.builder().id(JiangsuTiers.SRDI_PRODUCT)
            .name(t("省级专精特新产品", "provincial SRDI product"))
            .jurisdiction(JiangsuSource.PROVINCE).level(JurisdictionLevel.PROVINCE).subject(TierSubject.PRODUCT)
            .source(E.at("附件4"))
            .description(t("省级认定的产品（附件4产品类）", "a product recognised by the province (annex 4, product column)"))
            .build(),
        Tier.builder().id(JiangsuTiers.HUAIAN_LITTLE_GIANT)
            .name(t("市级专精特新\"小巨人\"企业", "city little giant (Huai'an)"))
            .jurisdiction(JiangsuSource.CITY).level(JurisdictionLevel.PREFECTURE).source(E.at("附件5"))
            .description(t("由淮安市按年度申报通知认定（附件5）；本县按年度推荐，是县培育库之上的第一级认定",
                "recognised by Huai'an under its yearly call (annex 5); Jinhu recommends firms yearly; the first recognition above the county pool"))
            .build(),
        Tier.builder().id(JiangsuTiers.HUAIAN_SRDI_PRODUCT)
            .name(t("市级专精特新产品", "city SRDI product (Huai'an)"))
            .jurisdiction(JiangsuSource.CITY).level(JurisdictionLevel.PREFECTURE).subject(TierSubject.PRODUCT)
            .source(E.at("附件5"))
            .description(t("淮安市认定的产品（附件5产品类）", "a product recognised by Huai'an (annex 5, product column)"))
            .build());
  }

  // ------------------------------------------------------------------ provisions

  static List<Provision> provisions() {
    return List.of(
        E.provision("jinhu.annex1.clusters", Provision.Kind.FOCUS_INDUSTRIES, "附件1 制造类 1", "江苏省13个先进制造业集群", "Jiangsu's 13 advanced manufacturing clusters")
            .addItems(
                t("新型电力（新能源）装备", "new power (new energy) equipment"),
                t("工程机械", "construction machinery"),
                t("物联网", "internet of things"),
                t("前沿新材料", "frontier new materials"),
                t("生物医药和新型医疗器械", "biomedicine and new medical devices"),
                t("高端纺织", "high-end textiles"),
                t("集成电路", "integrated circuits"),
                t("海工装备和高技术船舶", "offshore equipment and high-tech ships"),
                t("高端装备", "high-end equipment"),
                t("节能环保", "energy saving and environmental protection"),
                t("核心信息技术", "core information technology"),
                t("汽车及零部件", "automobiles and parts"),
                t("新型显示", "new displays"))
            .quantity(Quantity.count(13, Unit.CLUSTERS)).build(),
        E.provision("jinhu.annex1.emerging-industries", Provision.Kind.FOCUS_INDUSTRIES, "附件1 创新类 1", "战略性新兴产业（创新类）", "strategic emerging industries (innovation track)")
            .addItems(t("互联网", "internet"), t("大数据", "big data"), t("云计算", "cloud computing"), t("人工智能", "artificial intelligence"),
                t("软件和集成电路", "software and integrated circuits"), t("高端装备制造", "high-end equipment manufacturing"), t("生物医药", "biomedicine"))
            .note(t("列举以\"等\"结尾，并非穷尽", "the list ends in \"等\" (and so on) and is not exhaustive")).build(),
        E.provision("jinhu.annex4.yearly-call", Provision.Kind.PROCEDURE, A4_CAVEAT_PATH, "附件4以年度省级申报通知为准", "annex 4 yields to the yearly provincial call")
            .description(A4_CAVEAT).build(),
        E.provision("jinhu.annex5.yearly-call", Provision.Kind.PROCEDURE, A5_CAVEAT_PATH, "附件5以年度市级申报通知为准", "annex 5 yields to the yearly city call")
            .description(A5_CAVEAT).build());
  }

  // ------------------------------------------------------------------ criteria

  static List<EligibilityCriteria> criteria() {
    return List.of(annex1(), annex2(), annex4Product(), annex4Enterprise(), annex5Product(), annex5Enterprise());
  }

  private static Track track(String id, TrackKind kind, String zh, String en, Condition condition) {
    return Track.builder().id(FactId.of(id)).kind(kind).label(t(zh, en)).condition(condition).build();
  }

  private static Quantity patents(int n) {
    return Quantity.count(n, Unit.IP_ITEMS);
  }

  /** 附件1: provincial 千企升级 pool. */
  static EligibilityCriteria annex1() {
    String a = "jinhu.annex1.";
    String common = "附件1 共同标准";
    Condition commonAll = E.all(a + "common", common, "共同标准全部满足", "all common conditions",
        E.declared(a + "common.registered", common, "在江苏境内注册", "registered in Jiangsu", "registered-in-jiangsu"),
        E.declared(a + "common.legal-person", common, "独立法人，产权清楚，自主经营并独立核算盈亏",
            "independent legal person with clear ownership, own accounts, own management and own profit and loss", "independent-legal-person"),
        E.reviewed(a + "common.niche-focus", common, "聚焦特定细分产品市场", "focused on a particular niche product market", "niche-market-focus"),
        E.reviewed(a + "common.well-managed", common, "管理规范", "well managed", "well-managed"),
        E.declared(a + "common.reputation", common, "信誉良好", "good reputation", "good-reputation"),
        E.declared(a + "common.no-bad-record", common, "无不良行为记录", "no record of misconduct", "no-misconduct-record"));

    Condition manufacturing = E.all(a + "manufacturing", "附件1", "制造类条件全部满足", "all manufacturing conditions",
        E.declared(a + "manufacturing.cluster", "附件1 制造类 1", "属于13个先进制造业集群之一", "in one of the 13 advanced manufacturing clusters", "in-jiangsu-13-clusters")
            .withNote(t("原文\"以13个先进制造业集群为重点\"，可读作优先而非限定；此处按入库条件编码，集群名单见 jinhu.annex1.clusters",
                "the annex makes the 13 clusters \"the focus\", which may mean priority rather than a limit; encoded as a condition, the list is jinhu.annex1.clusters")),
        E.declared(a + "manufacturing.own-ip", "附件1 制造类 2", "主导产品或服务的知识产权归企业所有", "owns the IP of its main product or service", "owns-ip-of-main-product"),
        E.sum(a + "manufacturing.patents", "附件1 制造类 3", "有效发明或实用新型专利合计2项以上", "at least 2 valid invention or utility-model patents in total",
            Operator.AT_LEAST, patents(2), Indicators.INVENTION_PATENTS, Indicators.UTILITY_MODEL_PATENTS),
        E.cmp(a + "manufacturing.main-product-share", "附件1 制造类 4", "主导产品收入不低于全部收入的40%", "main product at least 40% of total revenue",
            Indicators.MAIN_PRODUCT_SHARE, Operator.AT_LEAST, Quantity.percent("40")).withNote(RELATED_PRODUCTS_NOTE),
        E.any(a + "manufacturing.market", "附件1 制造类 5", "国内市场份额居前，或为大型龙头企业配套", "among the national leaders of its industry, or a supplier to a large lead firm",
            E.reviewed(a + "manufacturing.market.leader", "附件1 制造类 5", "主导产品国内市场份额居前", "main product among the national market leaders", "main-product-among-national-leaders")
                .withNote(t("\"前列\"无具体名次，需评审", "\"前列\" (among the front runners) has no rank, so it needs review")),
            E.holds(a + "manufacturing.market.supplier", "附件1 制造类 5", "为大型龙头企业配套", "supplies a large lead firm", Indicators.IN_LEADER_SUPPLY_CHAIN)
                .withNote(t("按进入龙头企业供应链体系编码", "encoded as being in a lead firm's supply chain"))),
        E.any(a + "manufacturing.growth", "附件1 制造类 6", "近3年营收平均增速或平均营业利润率不低于5%", "3-year average revenue growth or operating margin at least 5%",
            E.cmp(a + "manufacturing.growth.revenue", "附件1 制造类 6", "近3年营收平均增速不低于5%", "3-year average revenue growth at least 5%",
                Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y, Operator.AT_LEAST, Quantity.percent("5")),
            E.cmp(a + "manufacturing.growth.margin", "附件1 制造类 6", "近3年平均营业利润率不低于5%", "3-year average operating margin at least 5%",
                Indicators.OPERATING_MARGIN_AVG_3Y, Operator.AT_LEAST, Quantity.percent("5"))));

    Condition innovation = E.all(a + "innovation", "附件1", "创新类条件全部满足", "all innovation conditions",
        E.declared(a + "innovation.industry", "附件1 创新类 1", "属于战略性新兴产业", "in a strategic emerging industry", "in-strategic-emerging-industry")
            .withNote(t("列举的产业见 jinhu.annex1.emerging-industries，列举并非穷尽", "the industries listed are in jinhu.annex1.emerging-industries; the list is not exhaustive")),
        E.reviewed(a + "innovation.four-new", "附件1 创新类 1", "具备\"四新\"特征", "shows the \"four new\" traits (technology, industry, business format, model)", "four-new-characteristics"),
        E.sum(a + "innovation.patents", "附件1 创新类 2", "有效发明或实用新型专利合计1项以上", "at least 1 valid invention or utility-model patent",
            Operator.AT_LEAST, patents(1), Indicators.INVENTION_PATENTS, Indicators.UTILITY_MODEL_PATENTS),
        E.reviewed(a + "innovation.team", "附件1 创新类 3", "创业核心团队专业背景较好", "the founding core team has a good professional background", "core-team-professional-background"),
        E.reviewed(a + "innovation.growth-potential", "附件1 创新类 4", "具有高成长潜力", "high growth potential", "high-growth-potential"));

    return EligibilityCriteria.builder().id(FactId.of(a + "criteria")).tier(JiangsuTiers.QIANQI_POOL)
        .label(t("省千企升级培育库入库条件", "entry to the provincial 千企升级 pool"))
        .common(commonAll)
        .addTracks(track(a + "track.manufacturing", TrackKind.MANUFACTURING, "制造类", "manufacturing", manufacturing))
        .addTracks(track(a + "track.innovation", TrackKind.INNOVATION, "创新类", "innovation", innovation))
        .source(E.at("附件1"))
        .build();
  }

  /** 附件2: Jinhu county pool. */
  static EligibilityCriteria annex2() {
    String a = "jinhu.annex2.";
    Condition manufacturing = E.all(a + "manufacturing", "附件2", "制造类条件全部满足", "all manufacturing conditions",
        E.any(a + "manufacturing.size", "附件2 制造类 1", "主营收入不低于2000万元或利税不低于500万元", "main-business revenue at least 2000万 or profit and tax at least 500万",
            E.cmp(a + "manufacturing.size.revenue", "附件2 制造类 1", "年主营收入不低于2000万元", "main-business revenue at least 2000万元",
                Indicators.MAIN_BUSINESS_REVENUE, Operator.AT_LEAST, Quantity.wanYuan("2000")),
            E.cmp(a + "manufacturing.size.profit-and-tax", "附件2 制造类 1", "利税总额不低于500万元", "profit and tax at least 500万元",
                Indicators.PROFIT_AND_TAX, Operator.AT_LEAST, Quantity.wanYuan("500"))),
        E.cmp(a + "manufacturing.rank", "附件2 制造类 2", "主导产品在细分行业省内份额排名不低于第5", "main product in the provincial top five of its niche",
            Indicators.MARKET_RANK_PROVINCE, Operator.AT_MOST, Quantity.rank(5)),
        E.all(a + "manufacturing.capability", "附件2 制造类 3", "高新技术企业、研发机构、发明专利、品牌、技术水平", "high-tech status, R&D institution, invention patent, brand and technology",
            E.holds(a + "manufacturing.high-tech", "附件2 制造类 3", "国家高新技术企业", "national high-tech enterprise", Indicators.HIGH_TECH_ENTERPRISE),
            E.cmp(a + "manufacturing.rnd-institution", "附件2 制造类 3", "有市级或更高级别的研发机构", "R&D institution of city level or above",
                Indicators.RND_INSTITUTION_LEVEL, Operator.AT_LEAST, Quantity.level(RecognitionLevel.CITY)),
            E.cmp(a + "manufacturing.invention-patent", "附件2 制造类 3", "有已申请或已授权的发明专利", "has an invention patent applied for or granted",
                Indicators.INVENTION_PATENTS_FILED_OR_GRANTED, Operator.AT_LEAST, patents(1))
                .withNote(t("未写数量，按至少1项编码", "no number is given; encoded as at least one")),
            E.cmp(a + "manufacturing.brand", "附件2 制造类 3", "产品品牌获市级或更高认定", "product is a brand of city level or above",
                Indicators.BRAND_LEVEL, Operator.AT_LEAST, Quantity.level(RecognitionLevel.CITY)),
            E.reviewed(a + "manufacturing.technology", "附件2 制造类 3", "产品技术在省内领先", "product technology leads the province", "product-technology-leading-in-province"))
            .withNote(t("本条以分号、逗号并列的五项均按必须满足编码", "the five items of this row, joined by a semicolon and commas, are all read as required")),
        E.cmp(a + "manufacturing.main-business-share", "附件2 制造类 4", "主营收入不低于全部收入的40%", "main business at least 40% of total revenue",
            Indicators.MAIN_BUSINESS_SHARE, Operator.AT_LEAST, Quantity.percent("40")).withNote(RELATED_PRODUCTS_NOTE),
        E.all(a + "manufacturing.conduct", "附件2 制造类 5", "信誉良好，近三年无不良记录", "good reputation, no bad records in 3 years",
            E.declared(a + "manufacturing.reputation", "附件2 制造类 5", "企业信誉良好", "good reputation", "good-reputation"),
            E.declared(a + "manufacturing.no-bad-record", "附件2 制造类 5", "近3年信用、安全、环保等方面均无不良记录",
                "no credit, safety, environmental or other bad record in the last three years", "no-bad-record-3y")));

    Condition innovation = E.all(a + "innovation", "附件2", "创新类条件全部满足", "all innovation conditions",
        E.reviewed(a + "innovation.four-new", "附件2 创新类 1", "具备\"四新\"特征", "shows the \"four new\" traits", "four-new-characteristics"),
        E.declared(a + "innovation.rnd-team", "附件2 创新类 2", "有核心研发团队", "has a core R&D team", "core-rnd-team"),
        E.cmp(a + "innovation.invention-patents", "附件2 创新类 2", "已申请或已授权的发明专利至少1项", "at least 1 invention patent applied for or granted",
            Indicators.INVENTION_PATENTS_FILED_OR_GRANTED, Operator.AT_LEAST, patents(1)),
        E.cmp(a + "innovation.contest", "附件2 创新类 3", "参加过省级或更高级别的创新大赛", "has entered an innovation contest of provincial level or above",
            JiangsuIndicators.INNOVATION_CONTEST_LEVEL, Operator.AT_LEAST, Quantity.level(RecognitionLevel.PROVINCE)),
        E.reviewed(a + "innovation.growth-potential", "附件2 创新类 4", "具有高成长潜力", "high growth potential", "high-growth-potential"));

    return EligibilityCriteria.builder().id(FactId.of(a + "criteria")).tier(JiangsuTiers.JINHU_POOL)
        .label(t("金湖县专精特新小巨人企业培育库入库条件", "entry to the Jinhu little-giant pool"))
        .addTracks(track(a + "track.manufacturing", TrackKind.MANUFACTURING, "制造类", "manufacturing", manufacturing))
        .addTracks(track(a + "track.innovation", TrackKind.INNOVATION, "创新类", "innovation", innovation))
        .addCaveats(ANNEX2_ON_ANNEX1)
        .source(E.at("附件2"))
        .build();
  }

  /** 附件4, product column: provincial SRDI product. */
  static EligibilityCriteria annex4Product() {
    String a = "jinhu.annex4.product.";
    Condition product = E.all(a + "all", "附件4", "产品条件全部满足", "all product conditions",
        E.cmp(a + "share", "附件4 专精特新产品 1", "产品销售收入不低于主营收入的60%", "product sales at least 60% of main-business revenue",
            Indicators.PRODUCT_SHARE_OF_MAIN_BUSINESS, Operator.AT_LEAST, Quantity.percent("60")),
        E.any(a + "technology", "附件4 专精特新产品 2", "2项发明或实用新型专利，或具有专有技术", "2 invention or utility-model patents, or proprietary know-how",
            E.sum(a + "technology.patents", "附件4 专精特新产品 2", "发明或实用新型专利合计2项", "2 invention or utility-model patents in total",
                Operator.AT_LEAST, patents(2), Indicators.INVENTION_PATENTS, Indicators.UTILITY_MODEL_PATENTS)
                .withNote(t("原文\"拥有2项\"未写\"以上\"，按至少2项编码", "the annex says \"拥有2项\" without \"以上\"; encoded as at least 2")),
            E.cmp(a + "technology.know-how", "附件4 专精特新产品 2", "具有专有技术", "holds proprietary know-how",
                Indicators.PROPRIETARY_TECHNOLOGIES, Operator.AT_LEAST, patents(1))),
        E.reviewed(a + "performance", "附件4 专精特新产品 2", "关键性能在同类产品中领先", "key performance leads comparable products", "product-key-performance-leading"),
        E.any(a + "market", "附件4 专精特新产品 3", "国内份额前10或已是龙头企业供应商", "national top 10 or in a lead firm's supply chain",
            E.cmp(a + "market.rank", "附件4 专精特新产品 3", "产品国内份额排名不低于第10", "product's market share in the national top 10",
                Indicators.MARKET_RANK_NATIONAL, Operator.AT_MOST, Quantity.rank(10))
                .withNote(t("此处排名指申报产品的排名", "the rank is that of the product applied for")),
            E.holds(a + "market.supply-chain", "附件4 专精特新产品 3", "进入龙头企业供应链体系", "in a lead firm's supply chain", Indicators.IN_LEADER_SUPPLY_CHAIN)));
    return EligibilityCriteria.builder().id(FactId.of("jinhu.annex4.product-criteria")).tier(JiangsuTiers.SRDI_PRODUCT)
        .label(t("省级专精特新产品申报条件", "provincial SRDI product"))
        .addTracks(track(a + "track", TrackKind.PRODUCT, "专精特新产品", "SRDI product", product))
        .addCaveats(A4_CAVEAT)
        .source(E.at("附件4"))
        .build();
  }

  /** 附件4, enterprise columns: provincial little giant. */
  static EligibilityCriteria annex4Enterprise() {
    String a = "jinhu.annex4.giant.";
    String m = "附件4 小巨人企业 制造类 ";
    String n = "附件4 小巨人企业 创新类 ";
    Condition manufacturing = E.all(a + "manufacturing", "附件4", "制造类条件全部满足", "all manufacturing conditions",
        E.any(a + "manufacturing.size", m + "1", "主营收入不低于5000万元或利润总额不低于400万元", "main-business revenue at least 5000万 or total profit at least 400万",
            E.cmp(a + "manufacturing.size.revenue", m + "1", "年主营收入不低于5000万元", "main-business revenue at least 5000万元 (inclusive)",
                Indicators.MAIN_BUSINESS_REVENUE, Operator.AT_LEAST, Quantity.wanYuan("5000")),
            E.cmp(a + "manufacturing.size.profit", m + "1", "利润总额不低于400万元", "total profit at least 400万元 (inclusive)",
                Indicators.TOTAL_PROFIT, Operator.AT_LEAST, Quantity.wanYuan("400"))),
        E.any(a + "manufacturing.growth", m + "2", "近3年营收平均增速或平均营业利润率不低于8%", "3-year average revenue growth or operating margin at least 8%",
            E.cmp(a + "manufacturing.growth.revenue", m + "2", "近3年营收平均增速不低于8%", "3-year average revenue growth at least 8%",
                Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y, Operator.AT_LEAST, Quantity.percent("8")),
            E.cmp(a + "manufacturing.growth.margin", m + "2", "近3年平均营业利润率不低于8%", "3-year average operating margin at least 8%",
                Indicators.OPERATING_MARGIN_AVG_3Y, Operator.AT_LEAST, Quantity.percent("8"))),
        E.any(a + "manufacturing.market", m + "3", "国内行业前5或已是龙头企业供应商", "national top 5 of its industry or in a lead firm's supply chain",
            E.cmp(a + "manufacturing.market.rank", m + "3", "主导产品国内行业份额排名不低于第5", "main product in the national top 5 of its industry",
                Indicators.MARKET_RANK_NATIONAL, Operator.AT_MOST, Quantity.rank(5)),
            E.holds(a + "manufacturing.market.supply-chain", m + "3", "进入龙头企业供应链体系", "in a lead firm's supply chain", Indicators.IN_LEADER_SUPPLY_CHAIN)),
        E.reviewed(a + "manufacturing.technology", m + "4", "技术、工艺和产品质量居国内前列", "technology, processes and product quality lead the country", "technology-quality-leading-nationally"),
        E.cmp(a + "manufacturing.rnd-institution", m + "5", "有市级或更高级别的研发机构", "has an R&D institution of city level or above",
            Indicators.RND_INSTITUTION_LEVEL, Operator.AT_LEAST, Quantity.level(RecognitionLevel.CITY)),
        E.cmp(a + "manufacturing.rnd-intensity", m + "6", "研发费用占销售收入的年均比重不低于3%", "average yearly R&D share of sales at least 3%",
            Indicators.RND_INTENSITY_AVG, Operator.AT_LEAST, Quantity.percent("3"))
            .withNote(t("附件未写年数；按标准指标读作近3年各年比重的均值", "the annex does not say over how many years; read, as the standard indicator does, as the mean of the last three years' shares")));

    Condition innovation = E.all(a + "innovation", "附件4", "创新类条件全部满足", "all innovation conditions",
        E.cmp(a + "innovation.founded", n + "1", "成立于2014年或之后", "founded in 2014 or later",
            Indicators.FOUNDING_YEAR, Operator.AT_LEAST, Quantity.calendarYear(2014)),
        E.declared(a + "innovation.startup", n + "1", "属于创业创新类企业", "a start-up or innovation firm", "startup-innovation-firm"),
        E.reviewed(a + "innovation.original", n + "2", "有原创的技术或产品", "has original technology or products", "original-technology-or-product"),
        E.reviewed(a + "innovation.growth-potential", n + "3", "具有高成长潜力", "high growth potential", "high-growth-potential"));

    return EligibilityCriteria.builder().id(FactId.of("jinhu.annex4.giant-criteria")).tier(JiangsuTiers.LITTLE_GIANT)
        .label(t("省级专精特新小巨人企业申报条件", "provincial little giant"))
        .addTracks(track(a + "track.manufacturing", TrackKind.MANUFACTURING, "制造类", "manufacturing", manufacturing))
        .addTracks(track(a + "track.innovation", TrackKind.INNOVATION, "创新类", "innovation", innovation))
        .addCaveats(A4_CAVEAT)
        .source(E.at("附件4"))
        .build();
  }

  /** 附件5, product column: Huai'an city SRDI product. */
  static EligibilityCriteria annex5Product() {
    String a = "jinhu.annex5.product.";
    String p = "附件5 专精特新产品 ";
    Condition product = E.all(a + "all", "附件5", "产品条件全部满足", "all product conditions",
        E.reviewed(a + "market", p + "1", "主导产品在省内或全国份额居前", "main product among the leaders in the province or the country",
            "main-product-leading-province-or-nation")
            .withNote(t("\"名列前茅\"无具体名次，需评审", "\"名列前茅\" (near the top) has no rank, so it needs review")),
        E.cmp(a + "share", p + "1", "主导产品销售收入不低于主营收入的50%", "main product at least 50% of main-business revenue",
            Indicators.PRODUCT_SHARE_OF_MAIN_BUSINESS, Operator.AT_LEAST, Quantity.percent("50")),
        E.sum(a + "ip", p + "2", "专利、软著与专有技术合计至少2项", "at least 2 patents, software copyrights or know-how items in total",
            Operator.AT_LEAST, patents(2), Indicators.INVENTION_PATENTS, Indicators.UTILITY_MODEL_PATENTS, Indicators.DESIGN_PATENTS,
            Indicators.SOFTWARE_COPYRIGHTS, Indicators.PROPRIETARY_TECHNOLOGIES)
            .withNote(t("专利种类未限定，三类专利均计入；\"拥有自主知识产权\"视为由此体现", "no kind of patent is excluded, so all three count; owning own IP is taken as shown by these items")),
        E.declared(a + "backbone", p + "3", "属当地重点培养的骨干企业", "a backbone firm singled out for cultivation locally", "locally-cultivated-backbone-firm"),
        E.reviewed(a + "leading", p + "3", "技术、市场、质量、效益在行业领先，可作示范", "leads its industry in technology, market, quality and returns, and sets an example",
            "leading-and-exemplary-in-industry"));
    return EligibilityCriteria.builder().id(FactId.of("jinhu.annex5.product-criteria")).tier(JiangsuTiers.HUAIAN_SRDI_PRODUCT)
        .label(t("市级专精特新产品申报条件", "city SRDI product (Huai'an)"))
        .addTracks(track(a + "track", TrackKind.PRODUCT, "专精特新产品", "SRDI product", product))
        .addCaveats(A5_CAVEAT)
        .source(E.at("附件5"))
        .build();
  }

  /** 附件5, enterprise column: Huai'an city little giant. */
  static EligibilityCriteria annex5Enterprise() {
    String a = "jinhu.annex5.giant.";
    String g = "附件5 小巨人企业 ";
    Condition all = E.all(a + "all", "附件5", "企业条件全部满足", "all enterprise conditions",
        E.cmp(a + "revenue", g + "1", "年主营收入不低于5000万元", "main-business revenue at least 5000万元 (inclusive)",
            Indicators.MAIN_BUSINESS_REVENUE, Operator.AT_LEAST, Quantity.wanYuan("5000")),
        E.cmp(a + "rank", g + "1", "全省份额排名不低于第10", "market share in the provincial top ten",
            Indicators.MARKET_RANK_PROVINCE, Operator.AT_MOST, Quantity.rank(10)),
        E.cmp(a + "growth", g + "2", "近2年主营收入平均增速不低于5%", "2-year average main-business growth at least 5%",
            Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y, Operator.AT_LEAST, Quantity.percent("5")),
        E.cmp(a + "debt", g + "2", "资产负债率原则上不超过70%", "debt-to-asset ratio as a rule at most 70%",
            Indicators.DEBT_TO_ASSET_RATIO, Operator.AT_MOST, Quantity.percent("70"))
            .withNote(t("原文\"一般不高于\"，容许例外；此处按硬性上限编码，超过时需说明理由", "the annex says \"as a rule\"; encoded as a hard cap, so an exception has to be argued")),
        E.reviewed(a + "credit", g + "2", "信用评级和融资能力良好", "good credit rating and ability to raise finance", "good-credit-and-financing"),
        E.holds(a + "high-tech", g + "3", "高新技术企业", "high-tech enterprise", Indicators.HIGH_TECH_ENTERPRISE),
        E.cmp(a + "rnd-institution", g + "3", "有市级或更高级别的研发机构", "R&D institution of city level or above",
            Indicators.RND_INSTITUTION_LEVEL, Operator.AT_LEAST, Quantity.level(RecognitionLevel.CITY)),
        E.declared(a + "own-ip-brand", g + "3", "主导产品有自有知识产权和自有品牌", "main product with own IP and own brand", "own-ip-and-brand"),
        E.reviewed(a + "technology", g + "3", "技术省内领先或为省内首创", "technology leads the province or fills a gap in it", "technology-leading-or-new-in-province"),
        E.reviewed(a + "managed", g + "4", "管理规范", "well managed", "well-managed"));
    return EligibilityCriteria.builder().id(FactId.of("jinhu.annex5.giant-criteria")).tier(JiangsuTiers.HUAIAN_LITTLE_GIANT)
        .label(t("市级专精特新小巨人企业申报条件", "city little giant (Huai'an)"))
        .addTracks(track(a + "track", TrackKind.GENERAL, "小巨人企业", "little giant", all))
        .addCaveats(A5_CAVEAT)
        .source(E.at("附件5"))
        .build();
  }
}
