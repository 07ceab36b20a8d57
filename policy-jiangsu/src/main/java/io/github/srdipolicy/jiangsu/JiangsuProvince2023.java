package io.github.srdipolicy.jiangsu;

import static io.github.srdipolicy.jiangsu.Encoder.byEndOf;
import static io.github.srdipolicy.jiangsu.Encoder.encoded;
import static io.github.srdipolicy.jiangsu.Encoder.none;
import static io.github.srdipolicy.jiangsu.Encoder.overPeriod;
import static io.github.srdipolicy.jiangsu.Encoder.t;

import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.Commitment;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.ImmutableTarget;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.IncentiveKind;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.Stacking;
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TargetComparator;
import io.github.srdipolicy.model.TargetCadence;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierLadder;
import io.github.srdipolicy.model.Trigger;
import io.github.srdipolicy.model.TriggerKind;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.national.NationalTiers;
import java.time.LocalDate;
import java.util.List;

/**
 * 苏政办发〔2023〕3号: Jiangsu's three-year action plan (2023–2025) for cultivating SRDI firms —
 * principles, the 2025 targets, eight projects with their goals and responsible units, and four
 * safeguards.
 */
final class JiangsuProvince2023 {
  static final String DOC = "苏政办发〔2023〕3号";
  private static final Encoder E = new Encoder(DOC);
  private static final String P = "jiangsu.2023.";

  private JiangsuProvince2023() {}

  // Responsible units (责任单位), named as the document names them.
  static final LocalizedText MIIT_JS = t("省工业和信息化厅", "Jiangsu Department of Industry and Information Technology");
  static final LocalizedText CITY_COUNTY_GOVS = t("各市、县（市、区）人民政府", "city and county (district) governments");
  static final LocalizedText SCIENCE = t("省科技厅", "Jiangsu Department of Science and Technology");
  static final LocalizedText NDRC_JS = t("省发展改革委", "Jiangsu Development and Reform Commission");
  static final LocalizedText FINANCE = t("省财政厅", "Jiangsu Department of Finance");
  static final LocalizedText EDUCATION = t("省教育厅", "Jiangsu Department of Education");
  static final LocalizedText MARKET_REGULATION = t("省市场监管局", "Jiangsu Administration for Market Regulation");
  static final LocalizedText IP_OFFICE = t("省知识产权局", "Jiangsu Intellectual Property Office");
  static final LocalizedText TAX = t("省税务局", "Jiangsu Provincial Tax Service");
  static final LocalizedText FINANCIAL_REGULATION = t("省地方金融监管局", "Jiangsu Local Financial Supervision Bureau");
  static final LocalizedText PBOC_NANJING = t("人民银行南京分行", "People's Bank of China, Nanjing Branch");
  static final LocalizedText CBIRC_JS = t("江苏银保监局", "Jiangsu Banking and Insurance Regulatory Bureau");
  static final LocalizedText CSRC_JS = t("江苏证监局", "Jiangsu Securities Regulatory Bureau");
  static final LocalizedText CDB_JS = t("国家开发银行江苏省分行", "China Development Bank, Jiangsu Branch");
  static final LocalizedText OTHER_UNITS = t("等有关部门和单位", "and other departments and bodies concerned");
  static final LocalizedText COMMERCE = t("省商务厅", "Jiangsu Department of Commerce");
  static final LocalizedText GOV_SERVICES = t("省政务办", "Jiangsu Government Services Office");
  static final LocalizedText NANJING_CUSTOMS = t("南京海关", "Nanjing Customs");
  static final LocalizedText SME_GROUP_MEMBERS =
      t("省政府促进中小企业发展工作领导小组各成员单位", "member units of the provincial leading group for SME development");
  static final LocalizedText TALENT_OFFICE = t("省委人才办", "Talent Office of the Jiangsu Party Committee");
  static final LocalizedText HEALTH = t("省卫生健康委", "Jiangsu Health Commission");
  static final LocalizedText HUMAN_RESOURCES = t("省人力资源社会保障厅", "Jiangsu Department of Human Resources and Social Security");
  static final LocalizedText PUBLICITY = t("省委宣传部", "Publicity Department of the Jiangsu Party Committee");
  static final LocalizedText EMERGENCY = t("省应急厅", "Jiangsu Department of Emergency Management");
  static final LocalizedText ENVIRONMENT = t("省生态环境厅", "Jiangsu Department of Ecology and Environment");

  private static final LocalizedText LOCAL_GOVS_NOTE = t(
      "二、(一)责任单位后的说明把市县政府定为其后各项工程的落实方，故每项工程都列上市县政府",
      "the note to 二、(一) makes the city and county governments responsible for every project, so they are listed on each");

  private static final LocalizedText SAFEGUARD_UNITS_NOTE = t(
      "二、(一)后的说明（以下均由市县政府落实）也可读作涵盖保障措施；此处只列本条写明的责任单位",
      "the remark after 二、(一) (city and county governments carry out everything below) may also cover the safeguards; "
          + "only the units this clause names are listed");

  static PolicyDocument document() {
    return PolicyDocument.builder()
        .id(DocumentId.of(DOC))
        .issuer(t("江苏省人民政府办公厅", "General Office of the Jiangsu Provincial Government"))
        .title(t("江苏省专精特新企业培育三年行动计划（2023—2025年）",
            "Jiangsu three-year action plan for cultivating SRDI firms (2023–2025)"))
        .issued(LocalDate.of(2023, 1, 20))
        .validity(DateRange.of(LocalDate.of(2023, 1, 20), LocalDate.of(2026, 1, 1)))
        .validityNote(t("文件未写明有效期；按印发日至计划期末（2025年底）计",
            "the document states no validity; taken as from the date of issue to the end of the plan period (end of 2025)"))
        .planPeriod(DateRange.years(2023, 2025))
        .jurisdiction(JiangsuSource.PROVINCE)
        .completeness(Completeness.COMPLETE)
        .outline(outline())
        .tiers(tiers())
        .addLadders(ladder())
        .targets(targets())
        .measures(measures())
        .provisions(provisions())
        .incentives(incentives())
        .build();
  }

  // ------------------------------------------------------------------ outline

  private static List<Clause> outline() {
    return List.of(
        none("通知", "印发通知", "notice of issue", "发文事项，元数据记在文件本身", "issuing formalities; the metadata is on the document record"),
        none("前言", "制定目的", "purpose", "目的陈述，无可编码事实", "statement of purpose, nothing to encode"),
        none("一、", "总体要求", "general requirements", "标题", "heading"),
        encoded("一、(一)", "指导思想：聚焦16个集群和50条产业链", "guiding thinking: focus on 16 clusters and 50 chains"),
        none("一、(二)", "基本原则", "basic principles", "标题", "heading"),
        encoded("一、(二)1", "原则：政府引导、企业主体", "principle: government guides, firms lead"),
        encoded("一、(二)2", "原则：创新驱动、质效优先", "principle: innovation-driven, quality first"),
        encoded("一、(二)3", "原则：分类施策、分层推进", "principle: measures by type and tier"),
        none("一、(三)", "主要目标（总述）", "main goals (overview)", "定性总述；数值目标见以下五项", "qualitative overview; the numeric goals are in the five items that follow"),
        encoded("一、(三)1", "目标：优质主体数量", "goal: numbers of quality firms by tier"),
        encoded("一、(三)2", "目标：创新能力", "goal: innovation capacity"),
        encoded("一、(三)3", "目标：智能制造与数字化", "goal: smart manufacturing and digitalisation"),
        encoded("一、(三)4", "目标：强链补链", "goal: strengthening industrial chains"),
        encoded("一、(三)5", "目标：服务体系", "goal: service system"),
        encoded("二、", "重点任务：八大工程", "key tasks: eight projects"),
        encoded("二、(一)", "优质企业梯度培育工程", "project: gradient cultivation of quality firms"),
        encoded("二、(二)", "创新能级提升工程", "project: raising innovation capacity"),
        encoded("二、(三)", "协作配套强链工程", "project: supply cooperation to strengthen chains"),
        encoded("二、(四)", "质量品牌创优工程", "project: quality and brands"),
        encoded("二、(五)", "高价值专利培育工程", "project: high-value patents"),
        encoded("二、(六)", "数字技术赋能工程", "project: digital enablement"),
        encoded("二、(七)", "特色金融助力工程", "project: finance"),
        encoded("二、(八)", "服务体系升级工程", "project: upgrading services"),
        none("三、", "保障措施", "safeguards", "标题", "heading"),
        encoded("三、(一)", "加强组织领导", "safeguard: leadership and organisation"),
        encoded("三、(二)", "加大政策支持", "safeguard: policy support"),
        encoded("三、(三)", "强化人才引培", "safeguard: talent"),
        encoded("三、(四)", "营造良好环境", "safeguard: business environment"));
  }

  // ------------------------------------------------------------------ tiers and ladder

  private static List<Tier> tiers() {
    return List.of(
        Tier.builder().id(JiangsuTiers.INNOVATIVE_SME)
            .name(t("创新型中小企业（江苏省公告）", "innovative SME (published by Jiangsu)"))
            .jurisdiction(JiangsuSource.PROVINCE).level(JurisdictionLevel.PROVINCE).source(E.at("二、(一)"))
            .description(t("省工业和信息化厅每年公告一批；梯度培育体系的第一级",
                "a batch is published every year by the provincial department of industry and IT; the first rung of the ladder"))
            .note(t("文件称由省里每年公告；评价标准依国家梯度培育办法，本文件未列出",
                "the plan has the province publish them yearly; the assessment standard follows the national gradient-cultivation measures and is not listed here"))
            .build(),
        Tier.builder().id(JiangsuTiers.SRDI_SME)
            .name(t("省级专精特新中小企业", "provincial SRDI SME"))
            .jurisdiction(JiangsuSource.PROVINCE).level(JurisdictionLevel.PROVINCE).source(E.at("二、(一)"))
            .description(t("省工业和信息化厅每年认定一批；梯度培育体系的第二级，其上为国家级专精特新\"小巨人\"企业",
                "a batch is recognised every year by the provincial department of industry and IT; the second rung, below the national little giant"))
            .note(t("认定标准将由省梯度培育管理实施细则规定，本文件未列出；本文件未说明与金政发〔2022〕33号附件4的省级专精特新\"小巨人\"的关系",
                "the criteria are left to the provincial implementing rules and are not listed here; the plan does not say how this tier relates to the provincial little giant of 金政发〔2022〕33号 annex 4"))
            .build());
  }

  private static TierLadder ladder() {
    return TierLadder.builder().id(FactId.of(P + "ladder"))
        .jurisdiction(JiangsuSource.PROVINCE)
        .label(t("江苏省梯度培育四级：创新型、专精特新、\"小巨人\"、单项冠军",
            "Jiangsu ladder: innovative SME, SRDI SME, little giant, single champion"))
        .addRungs(JiangsuTiers.INNOVATIVE_SME, JiangsuTiers.SRDI_SME, NationalTiers.LITTLE_GIANT,
            NationalTiers.SINGLE_CHAMPION)
        .source(E.at("二、(一)"))
        .build();
  }

  // ------------------------------------------------------------------ targets

  /** A target "到2025年" for Jiangsu. */
  private static ImmutableTarget.Builder by2025(String id, String clause, String key, String zh, String en) {
    return byEndOf(E.target(P + id, clause, key, zh, en, JiangsuSource.PROVINCE), 2025);
  }

  /** A target with no year of its own, read as the plan period 2023–2025. */
  private static ImmutableTarget.Builder inPlan(String id, String clause, String key, String zh, String en) {
    return overPeriod(E.target(P + id, clause, key, zh, en, JiangsuSource.PROVINCE), 2023, 2025)
        .note(PLAN_PERIOD_NOTE);
  }

  private static final LocalizedText PLAN_PERIOD_NOTE = t("本项未写年份，按计划期2023—2025年计",
      "no year is written for this goal; read as the plan period 2023–2025");
  private static final LocalizedText FULL_COVERAGE_NOTE = t("\"全覆盖\"按100%编码", "\"全覆盖\" (full coverage) encoded as 100%");
  /** 争创: the count depends on recognition by a higher level, so it is a goal to strive for. */
  private static final LocalizedText CONTEND_NOTE = t("\"争创\"的结果取决于上级评定，按力争类（非约束性）目标编码",
      "\"争创\" (compete for) depends on recognition by a higher level, so it is encoded as an aspirational goal");
  private static final LocalizedText ACCUMULATED_NOTE = t("句首\"累计培育\"统领四项数量", "the opening \"累计培育\" governs all four counts");

  private static List<Target> targets() {
    return List.of(
        // 一、(三)1 quality firms by tier
        by2025("target.single-champions", "一、(三)1", "firms.single-champion", "国家制造业单项冠军", "national manufacturing single champions")
            .tier(NationalTiers.SINGLE_CHAMPION).comparator(TargetComparator.EXACTLY)
            .value(Quantity.count(300, Unit.ENTERPRISES)).basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM)
            .note(ACCUMULATED_NOTE).build(),
        by2025("target.little-giants", "一、(三)1", "firms.little-giant", "专精特新\"小巨人\"企业", "national little giants")
            .tier(NationalTiers.LITTLE_GIANT).comparator(TargetComparator.EXACTLY)
            .value(Quantity.count(1500, Unit.ENTERPRISES)).basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM)
            .note(ACCUMULATED_NOTE).build(),
        by2025("target.srdi-smes", "一、(三)1", "firms.provincial-srdi-sme", "省级专精特新中小企业", "provincial SRDI SMEs")
            .tier(JiangsuTiers.SRDI_SME).comparator(TargetComparator.AT_LEAST)
            .value(Quantity.count(10000, Unit.ENTERPRISES)).basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM)
            .note(ACCUMULATED_NOTE).build(),
        by2025("target.innovative-smes", "一、(三)1", "firms.innovative-sme", "创新型中小企业", "innovative SMEs")
            .tier(JiangsuTiers.INNOVATIVE_SME).comparator(TargetComparator.AT_LEAST)
            .value(Quantity.count(50000, Unit.ENTERPRISES)).basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM)
            .note(ACCUMULATED_NOTE).build(),
        // 一、(三)2 innovation
        by2025("target.rnd-intensity", "一、(三)2", "ratio.rnd-intensity", "专精特新企业研发投入强度", "R&D intensity of SRDI firms")
            .comparator(TargetComparator.MORE_THAN).value(Quantity.percent("7"))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM).build(),
        by2025("target.high-value-patents-per-firm", "一、(三)2", "ip.high-value-patents-per-firm",
            "专精特新企业户均高价值专利", "high-value patents per SRDI firm")
            .comparator(TargetComparator.AT_LEAST).value(Quantity.count(10, Unit.IP_ITEMS))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM).build(),
        // 一、(三)3 smart manufacturing
        by2025("target.smart-digital-coverage", "一、(三)3", "ratio.smart-digital-transformation-coverage",
            "实施智能化改造数字化转型的专精特新企业比重", "share of SRDI firms with smart and digital transformation")
            .comparator(TargetComparator.EXACTLY).value(Quantity.percent("100"))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM).note(FULL_COVERAGE_NOTE).build(),
        by2025("target.key-process-nc-rate", "一、(三)3", "ratio.key-process-nc-rate",
            "专精特新企业关键工序数控化率", "share of key processes under numerical control in SRDI firms")
            .comparator(TargetComparator.MORE_THAN).value(Quantity.percent("65"))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM).build(),
        by2025("target.digital-management-rate", "一、(三)3", "ratio.digital-management-penetration",
            "专精特新企业经营管理数字化普及率", "penetration of digital business management in SRDI firms")
            .comparator(TargetComparator.MORE_THAN).value(Quantity.percent("80"))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM).build(),
        by2025("target.digital-rnd-tool-rate", "一、(三)3", "ratio.digital-rnd-tool-penetration",
            "专精特新企业数字化研发设计工具普及率", "penetration of digital R&D and design tools in SRDI firms")
            .comparator(TargetComparator.AT_LEAST).value(Quantity.percent("90"))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM)
            .note(t("\"达到\"按含本数编码", "\"达到\" (reach) encoded as inclusive")).build(),
        // 一、(三)4 chains
        by2025("target.revenue-share", "一、(三)4", "ratio.srdi-revenue-share-of-industrial-smes",
            "专精特新企业主营业务收入占规上中小工业企业比重", "SRDI firms' share of the main-business revenue of industrial SMEs above designated size")
            .comparator(TargetComparator.MORE_THAN).value(Quantity.percent("50"))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM).build(),
        by2025("target.key-chain-coverage", "一、(三)4", "ratio.key-chain-supporting-coverage",
            "省重点产业链配套覆盖面", "coverage of the provincial key industrial chains by SRDI suppliers")
            .comparator(TargetComparator.EXACTLY).value(Quantity.percent("100"))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM).note(FULL_COVERAGE_NOTE).build(),
        // 一、(三)5 service system
        by2025("target.national-service-platforms", "一、(三)5", "facilities.national-sme-public-service-demo-platform",
            "国家级中小企业公共服务示范平台", "national SME public-service demonstration platforms")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(40, Unit.FACILITIES))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.ASPIRATIONAL)
            .note(CONTEND_NOTE).build(),
        by2025("target.national-startup-bases", "一、(三)5", "facilities.national-small-micro-innovation-demo-base",
            "国家小型微型企业创业创新示范基地", "national small and micro business start-up and innovation demonstration bases")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(18, Unit.FACILITIES))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.ASPIRATIONAL)
            .note(CONTEND_NOTE).build(),
        by2025("target.provincial-service-platforms", "一、(三)5", "facilities.provincial-sme-public-service-demo-platform",
            "省级中小企业公共服务示范平台", "provincial SME public-service demonstration platforms")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(400, Unit.FACILITIES))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM)
            .note(t("\"累计\"只写在国家级两项之前，省级两项未说明是否累计", "\"累计\" stands only before the two national counts; for the provincial ones it is not stated")).build(),
        by2025("target.provincial-startup-bases", "一、(三)5", "facilities.provincial-small-micro-innovation-demo-base",
            "省级小型微型企业创业创新示范基地", "provincial small and micro business start-up and innovation demonstration bases")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(280, Unit.FACILITIES))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM)
            .note(t("\"累计\"只写在国家级两项之前，省级两项未说明是否累计", "\"累计\" stands only before the two national counts; for the provincial ones it is not stated")).build(),

        // 二、(二) innovation
        E.target(P + "target.key-project-share", "二、(二)", "ratio.srdi-share-of-key-tech-projects",
            "每年获支持的核心技术攻关与产业基础再造项目里专精特新企业承担的占比",
            "share of each year's key-technology and industrial-foundation projects carried out by SRDI firms", JiangsuSource.PROVINCE)
            .cadence(TargetCadence.PER_YEAR).period(DateRange.years(2023, 2025))
            .comparator(TargetComparator.AT_LEAST).value(Quantity.percent("30"))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM)
            .note(t("读作：每年支持的攻关和再造项目中由专精特新企业实施的比例；\"不低于\"含本数",
                "read as the share of each year's supported projects that SRDI firms carry out; \"不低于\" is inclusive")).build(),
        inPlan("target.rnd-institution-coverage", "二、(二)", "ratio.srdi-firms-with-provincial-rnd-institution",
            "建有省级以上研发机构的专精特新企业比重", "share of SRDI firms with an R&D institution of provincial level or above")
            .comparator(TargetComparator.EXACTLY).value(Quantity.percent("100"))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM)
            .note(t("\"全覆盖\"按100%编码；未写年份，按计划期计", "\"全覆盖\" encoded as 100%; no year written, read as the plan period")).build(),
        // 二、(三) chains and clusters
        inPlan("target.lead-firms", "二、(三)", "firms.supported-lead-firm", "支持的重点培育\"领航企业\"", "\"pilot\" lead firms supported")
            .comparator(TargetComparator.ABOUT).value(Quantity.count(100, Unit.ENTERPRISES))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM).build(),
        by2025("target.provincial-sme-clusters", "二、(三)", "clusters.provincial-sme-characteristic",
            "省级中小企业特色产业集群", "provincial SME characteristic industrial clusters")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(100, Unit.CLUSTERS))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM).build(),
        by2025("target.national-sme-clusters", "二、(三)", "clusters.national-sme-characteristic",
            "国家中小企业特色产业集群", "national SME characteristic industrial clusters")
            .comparator(TargetComparator.AT_LEAST).value(Quantity.count(10, Unit.CLUSTERS))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.ASPIRATIONAL)
            .note(CONTEND_NOTE).build(),
        // 二、(四) quality
        inPlan("target.quality-awards", "二、(四)", "items.quality-awards",
            "专精特新企业获得的国家级和省级质量类奖项（中国质量奖、全国工业大奖、全国质量奖、全国质量标杆、省长质量奖）",
            "China Quality Award, China Industry Award, national quality award, national quality benchmark and governor's quality award won by SRDI firms")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(15, Unit.ITEMS))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.ASPIRATIONAL)
            .note(t("\"争创\"取决于评奖方，按力争类目标编码；未写年份，按计划期计", "\"争创\" depends on the award bodies, so it is aspirational; no year written, read as the plan period")).build(),
        inPlan("target.jiangsu-jingpin-firms", "二、(四)", "firms.jiangsu-jingpin", "\"江苏精品\"制造业企业", "\"Jiangsu Quality\" (江苏精品) manufacturers")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(500, Unit.ENTERPRISES))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM).build(),
        // 二、(五) patents
        by2025("target.patent-demo-centres", "二、(五)", "facilities.provincial-high-value-patent-demo-centre",
            "省级高价值专利培育示范中心", "provincial high-value patent cultivation demonstration centres")
            .comparator(TargetComparator.AT_LEAST).value(Quantity.count(130, Unit.FACILITIES))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM)
            .note(t("\"不少于\"按含本数编码；按总数读", "\"不少于\" (no fewer than) encoded as inclusive; read as a total")).build(),
        by2025("target.ip-standardisation", "二、(五)", "ratio.srdi-ip-management-standardised",
            "实现知识产权管理标准化的专精特新企业比重", "share of SRDI firms with standardised IP management")
            .comparator(TargetComparator.MORE_THAN).value(Quantity.percent("80"))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM).build(),
        // 二、(六) digital
        inPlan("target.free-diagnosis-coverage", "二、(六)", "ratio.srdi-free-diagnosis-and-integration-standard",
            "获得免费诊断服务并贯彻两化融合管理体系标准的专精特新企业比重",
            "share of SRDI firms given free transformation diagnosis and implementing the IT–industrialisation integration standard")
            .comparator(TargetComparator.EXACTLY).value(Quantity.percent("100"))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM)
            .note(t("\"全覆盖\"按100%编码；未写年份，按计划期计", "\"全覆盖\" encoded as 100%; no year written, read as the plan period")).build(),
        by2025("target.smart-workshops", "二、(六)", "facilities.smart-workshop", "专精特新企业建设的智能车间", "smart workshops built by SRDI firms")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(500, Unit.FACILITIES))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM).build(),
        by2025("target.smart-factories", "二、(六)", "facilities.smart-manufacturing-demo-factory",
            "专精特新企业建设的智能制造示范工厂", "smart-manufacturing demonstration factories built by SRDI firms")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(50, Unit.FACILITIES))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM).build(),
        by2025("target.cloud-firms", "二、(六)", "firms.star-rated-cloud", "重点培育的星级上云企业", "star-rated cloud-adopting firms")
            .comparator(TargetComparator.ABOUT).value(Quantity.count(3000, Unit.ENTERPRISES))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM).build(),
        // 二、(七) finance
        inPlan("target.new-credit", "二、(七)", "money.new-credit-to-srdi-firms", "银行机构为专精特新企业新增授信", "new bank credit lines granted to SRDI firms")
            .comparator(TargetComparator.AT_LEAST).value(Quantity.yiYuan("5000"))
            .basis(TargetBasis.NEW).commitment(Commitment.FIRM).build(),
        inPlan("target.listing-reserve", "二、(七)", "firms.listing-reserve", "纳入上市后备资源库的专精特新企业", "SRDI firms in the listing reserve")
            .comparator(TargetComparator.AT_LEAST).value(Quantity.count(1000, Unit.ENTERPRISES))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM).build(),
        inPlan("target.srdi-board", "二、(七)", "listings.jiangsu-equity-exchange-srdi-board",
            "江苏股权交易中心\"专精特新\"专板上的挂牌企业", "SRDI firms quoted on the SRDI board of the Jiangsu Equity Exchange Center")
            .comparator(TargetComparator.AT_LEAST).value(Quantity.count(500, Unit.ENTERPRISES))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM).build(),
        by2025("target.listed-firms", "二、(七)", "listings.stock-exchange", "上市的专精特新企业", "listed SRDI firms")
            .comparator(TargetComparator.ABOUT).value(Quantity.count(300, Unit.ENTERPRISES))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM)
            .note(t("\"上市\"按在证券交易所上市理解，不含在区域股权市场挂牌；本项未点名交易所，同段提到上交所、深交所、北交所服务基地",
                "\"上市\" read as listing on a stock exchange, not quotation on a regional equity market; no exchange is named here, "
                    + "though the same clause mentions the Shanghai, Shenzhen and Beijing exchanges' service bases")).build(),
        // 二、(八) services
        inPlan("target.service-commissioners", "二、(八)", "persons.service-commissioners", "累计配备的服务专员", "service commissioners assigned, in total")
            .comparator(TargetComparator.AT_LEAST).value(Quantity.count(2500, Unit.PERSONS))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM).build(),
        inPlan("target.commissioner-ratio", "二、(八)", "ratio.service-commissioners-per-firm", "每家企业配备的服务专员数", "service commissioners per firm")
            .comparator(TargetComparator.EXACTLY).value(Quantity.of("0.5", Unit.FRACTION))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.ASPIRATIONAL)
            .note(t("\"每两家企业配备1名专员\"按每户0.5名编码；未写年份，按计划期计",
                "one commissioner for every two firms encoded as 0.5 per firm; no year written, read as the plan period")).build());
  }

  // ------------------------------------------------------------------ measures

  private static FactId id(String suffix) {
    return FactId.of(P + suffix);
  }

  private static Measure project(String suffix, String clause, String zh, String en, List<LocalizedText> actions,
      List<LocalizedText> units, String... targets) {
    var b = E.measure(P + suffix, Measure.Kind.TASK, clause, zh, en).parent(id("projects"))
        .actions(actions).responsibleUnits(units).note(LOCAL_GOVS_NOTE);
    for (String target : targets) {
      b.addTargets(id(target));
    }
    return b.build();
  }

  private static List<LocalizedText> units(LocalizedText... units) {
    return List.of(units);
  }

  private static List<Measure> measures() {
    return List.of(
        E.measure(P + "projects", Measure.Kind.TASK, "二、", "八大工程", "the eight projects")
            .summary(t("八项工程，方向为专业化、精益化、特色化和创新型", "eight projects along the specialised, refined, distinctive and innovative directions"))
            .note(t("责任单位按各项工程分别列出", "responsible units are named for each project")).build(),
        project("project.gradient", "二、(一)", "优质企业梯度培育工程", "gradient cultivation of quality firms", List.of(
            t("制定全省优质中小企业梯度培育的实施细则", "issue provincial implementing rules for the gradient cultivation of quality SMEs"),
            t("建立从创新型中小企业到单项冠军的四级梯度", "build the ladder innovative SME, SRDI SME, little giant, single champion"),
            t("扩大优质企业培育库，以重点集群、产业链和工业\"五基\"为范围，以高新技术、科技型和\"四新\"企业为主，动态监测",
                "enlarge the pool of quality firms around key clusters, chains and the five industrial foundations, centred on high-tech, tech-based and \"four new\" firms, with monitoring"),
            t("为市场不大却卡在产业链关键环节的细分领域，研究开设省级专精特新认定专用通道",
                "explore a dedicated route to the provincial SRDI SME tier for small niche markets at key links of a chain"),
            t("每年公告创新型中小企业、认定省级专精特新中小企业，争创国家级\"小巨人\"和单项冠军",
                "each year publish innovative SMEs, recognise provincial SRDI SMEs, and strive for national little giants and single champions")),
            units(MIIT_JS, CITY_COUNTY_GOVS)),
        project("project.innovation", "二、(二)", "创新能级提升工程", "raising innovation capacity", List.of(
            t("提升企业研发机构质量，使每家专精特新企业都有省级以上研发机构", "upgrade firms' R&D institutions until every SRDI firm has one of provincial level or above"),
            t("公布核心技术攻关计划，用揭榜和竞争立项选项目，每年至少三成项目交给专精特新企业",
                "publish key-technology programmes (open calls, competitive selection); at least 30% of each year's projects go to SRDI firms"),
            t("每年发布高校院所成果清单和企业攻关需求清单，定期组织产学研对接", "publish yearly lists of university results and firms' research needs, and hold matchmaking"),
            t("借助省中小企业公共服务平台为研发创新提供一站式服务", "one-stop R&D services through the provincial SME public-service platform"),
            t("请高校院所专家到专精特新企业兼任首席技术专家", "set up a chief-technology-expert scheme for SRDI firms")),
            units(SCIENCE, NDRC_JS, MIIT_JS, FINANCE, EDUCATION, CITY_COUNTY_GOVS),
            "target.key-project-share", "target.rnd-institution-coverage"),
        project("project.chains", "二、(三)", "协作配套强链工程", "supply cooperation to strengthen chains", List.of(
            t("试点产业链供应链生态建设，促成龙头企业与专精特新企业战略合作", "pilot chain ecosystems; strategic cooperation between lead firms and SRDI firms"),
            t("在新能源汽车、动力电池、纺织服装等链上试建细分领域旗舰平台", "explore flagship platform firms in chains such as new-energy vehicles, batteries and textiles"),
            t("开发产业链线上供需撮合平台", "build an online supply-and-demand platform for chains"),
            t("定期举办分行业采购洽谈会，支持100家左右\"领航企业\"向专精特新企业发布采购计划", "hold sector procurement fairs; about 100 pilot lead firms publish purchase plans to SRDI firms"),
            t("在县域打造中小企业特色产业集群", "build SME characteristic clusters at county level")),
            units(MIIT_JS, CITY_COUNTY_GOVS),
            "target.lead-firms", "target.provincial-sme-clusters", "target.national-sme-clusters"),
        project("project.quality", "二、(四)", "质量品牌创优工程", "quality and brands", List.of(
            t("实施质量提升专项行动，推广卓越绩效、精益生产", "quality drive: business excellence and lean production"),
            t("开展专精特新企业高质量发展巡诊", "diagnostic visits on high-quality development"),
            t("优先推荐申报\"江苏精品\"，支持参加\"中国品牌日\"活动", "priority recommendation for \"江苏精品\"; support for China Brand Day"),
            t("支持争创各级质量奖，培育\"江苏精品\"制造业企业", "support bids for quality awards and cultivate \"江苏精品\" manufacturers")),
            units(MARKET_REGULATION, NDRC_JS, MIIT_JS, CITY_COUNTY_GOVS),
            "target.quality-awards", "target.jiangsu-jingpin-firms"),
        project("project.patents", "二、(五)", "高价值专利培育工程", "high-value patents", List.of(
            t("执行国家知识产权扶持措施，用足专利绿色通道与优先审查", "apply the national IP measures for SRDI SMEs; patent green channel and priority examination"),
            t("申报国家知识产权优势、示范企业时优先；合规的知识产权费用可加计扣除", "priority for national IP advantage and demonstration firms; eligible IP costs count towards the R&D super-deduction"),
            t("布局专利导航服务基地", "set up patent-navigation service bases"),
            t("以\"1+13+N\"保护体系提供知识产权快审、快确权、快维权", "build the \"1+13+N\" IP protection system with fast examination, confirmation and enforcement"),
            t("发布重点产业知识产权动态与风险提示，开展海外知识产权培训", "publish IP news and risk alerts; train firms on overseas IP")),
            units(IP_OFFICE, TAX, MIIT_JS, CITY_COUNTY_GOVS),
            "target.patent-demo-centres", "target.ip-standardisation"),
        project("project.digital", "二、(六)", "数字技术赋能工程", "digital enablement", List.of(
            t("开展中小企业数字化赋能行动：设备联网、关键工序数控化", "SME digital-enablement drive: networked equipment and numerical control of key processes"),
            t("编制分行业智能化改造数字化转型指南；推行智能制造顾问和两化融合贯标，免费诊断和贯标全覆盖",
                "sector guides; smart-manufacturing advisers and the integration standard, with free diagnosis and standard implementation for all"),
            t("完善\"上云用平台\"产品目录，支持设备上云和业务系统云端迁移", "cloud catalogue; move equipment and business systems to the cloud"),
            t("组织省重点工业互联网平台开发工业APP", "provincial industrial-internet platforms develop industrial apps")),
            units(MIIT_JS, CITY_COUNTY_GOVS),
            "target.free-diagnosis-coverage", "target.smart-workshops", "target.smart-factories", "target.cloud-firms"),
        project("project.finance", "二、(七)", "特色金融助力工程", "finance", List.of(
            t("用好省综合金融服务平台；银行定制方案、推出知识产权质押贷款", "provincial finance platform; tailored bank services and IP-pledge loans"),
            t("用好国家开发银行\"科创专项贷款\"", "use China Development Bank's science-and-innovation loans"),
            t("建立信息共享机制，推动新增授信", "share information and push new credit lines"),
            t("开发保险产品，推进首台（套）和新材料首批次保险补偿试点", "insurance products; first-unit and first-batch insurance compensation pilots"),
            t("实施上市培育计划，依托交易所江苏服务基地精准服务，纳入上市后备资源库、在\"专精特新\"专板挂牌",
                "listing programme with the exchanges' Jiangsu service bases; listing reserve and the SRDI board")),
            units(FINANCIAL_REGULATION, PBOC_NANJING, CBIRC_JS, CSRC_JS, MIIT_JS, SCIENCE, CDB_JS, OTHER_UNITS, CITY_COUNTY_GOVS),
            "target.new-credit", "target.listing-reserve", "target.srdi-board", "target.listed-firms"),
        project("project.services", "二、(八)", "服务体系升级工程", "upgrading services", List.of(
            t("省级以上示范平台和质量基础设施一站式平台列出服务清单", "service lists for provincial-or-above demonstration platforms and one-stop quality-infrastructure platforms"),
            t("政策发布平台与\"苏企通\"打通，惠企政策自动匹配、直接送达", "one-stop policy platform linked with \"苏企通\" for automatic matching of policies"),
            t("提升各级中小企业服务中心的能力", "upgrade SME service centres at every level"),
            t("完善服务专员制度，\"一企一策\"提供专业服务", "service commissioners giving firm-by-firm professional services"),
            t("借助展会开拓市场；支持在\"一带一路\"和RCEP国家设海外仓", "trade fairs; overseas warehouses in Belt and Road and RCEP countries")),
            units(MIIT_JS, COMMERCE, GOV_SERVICES, NANJING_CUSTOMS, CITY_COUNTY_GOVS),
            "target.service-commissioners", "target.commissioner-ratio"),

        E.measure(P + "safeguard.leadership", Measure.Kind.SAFEGUARD, "三、(一)", "加强组织领导", "leadership and organisation")
            .addActions(
                t("省领导小组统筹全省工作、解决重大问题，并定期通报进展", "the provincial SME leading group coordinates, settles major issues and runs a progress-bulletin system"),
                t("各市、县（市、区）政府成立培育工作专班", "city and county governments set up cultivation task forces"))
            .addResponsibleUnits(SME_GROUP_MEMBERS).note(SAFEGUARD_UNITS_NOTE).build(),
        E.measure(P + "safeguard.policy", Measure.Kind.SAFEGUARD, "三、(二)", "加大政策支持", "policy support")
            .addActions(
                t("落实国家和省级惠企政策，直达快享", "deliver national and provincial support policies directly"),
                t("政府采购向合格的专精特新创新产品和服务倾斜", "government procurement support for eligible SRDI innovative products and services"),
                t("省级财政专项资金对符合条件企业的智能化改造数字化转型给予奖补和贴息", "provincial special funds give rewards and interest subsidies for eligible firms' smart and digital transformation"),
                t("国家中小企业发展基金与省政府投资基金加大投资", "use the national SME development fund and the provincial government investment fund"))
            .addResponsibleUnits(NDRC_JS, FINANCE, TAX, MIIT_JS).note(SAFEGUARD_UNITS_NOTE).build(),
        E.measure(P + "safeguard.talent", Measure.Kind.SAFEGUARD, "三、(三)", "强化人才引培", "talent")
            .addActions(
                t("国家和省人才计划覆盖省级以上专精特新企业的用人需求", "bring provincial-or-above SRDI firms' talent needs into national and provincial talent programmes"),
                t("联合高校院所组建核心技术人才攻关体；科技镇长团结对帮扶", "talent consortia for key technologies; science-and-technology deputy mayors paired with firms"),
                t("高层次人才在子女上学、医疗、住房方面享受优待", "high-level talent eligible for schooling, health-care and housing benefits"),
                t("开展轮训；\"苏畅\"人才服务体系发布人才需求", "rotational training; talent-demand publication through the \"苏畅\" system"),
                t("职称绿色通道，优秀人才可直接申报高级职称；试点企业自评高级职称", "green channel for professional titles, direct application for senior titles; pilot in-house senior-title review"),
                t("参与数字技能提升行动", "take part in the digital-skills drive"))
            .addResponsibleUnits(TALENT_OFFICE, MIIT_JS, EDUCATION, HEALTH, HUMAN_RESOURCES).note(SAFEGUARD_UNITS_NOTE).build(),
        E.measure(P + "safeguard.environment", Measure.Kind.SAFEGUARD, "三、(四)", "营造良好环境", "business environment")
            .addActions(
                t("专精特新项目进\"正面清单\"，核准备案与各项评估从简", "\"positive list\" for SRDI projects with simpler approvals and assessments"),
                t("包容审慎监管：初次轻微违法给予整改期，按期整改可不予处罚", "lenient supervision: first minor violations get time to rectify and may go unpunished"),
                t("建立长期机制防止和清理拖欠中小企业款项", "lasting mechanism against late payment to SMEs"),
                t("依托主流媒体开展典型宣传", "publicise model firms in the main media"))
            .addResponsibleUnits(PUBLICITY, NDRC_JS, GOV_SERVICES, MARKET_REGULATION, EMERGENCY, ENVIRONMENT, MIIT_JS).note(SAFEGUARD_UNITS_NOTE).build());
  }

  // ------------------------------------------------------------------ incentives

  private static final LocalizedText NO_AMOUNT = t("本文件未写明金额、比例或申请条件", "the document states no amount, rate or conditions");

  /** A benefit to SRDI firms that meet conditions the document leaves to other rules. */
  private static Incentive benefit(String suffix, String clause, IncentiveKind kind, String zh, String en,
      String whenZh, String whenEn, LocalizedText... units) {
    return Incentive.builder().id(FactId.of(P + "incentive." + suffix)).label(t(zh, en)).kind(kind)
        .trigger(Trigger.builder().kind(TriggerKind.OTHER).description(t(whenZh, whenEn)).build())
        .fundingJurisdiction(JiangsuSource.PROVINCE)
        .stacking(Stacking.builder().rule(StackingRule.NOT_STATED).source(E.at(clause)).build())
        .responsibleUnits(List.of(units))
        .source(E.at(clause))
        .note(NO_AMOUNT)
        .build();
  }

  private static List<Incentive> incentives() {
    return List.of(
        benefit("jingpin-priority", "二、(四)", IncentiveKind.PRIORITY_SERVICE,
            "优先推荐申报\"江苏精品\"", "first in line to be recommended for \"江苏精品\"",
            "技术或工艺居世界前列、带动产业链较长的专精特新企业提出申报", "an SRDI firm with world-leading technology and a long chain applies",
            MARKET_REGULATION),
        benefit("ip-priority-examination", "二、(五)", IncentiveKind.FAST_TRACK,
            "专利审查绿色通道、知识产权优先审查和快速审查、确权、维权", "patent green channel, priority IP examination and fast examination, confirmation and enforcement",
            "符合条件的专精特新企业办理知识产权事务", "an eligible SRDI firm files or defends IP", IP_OFFICE),
        benefit("ip-demo-priority", "二、(五)", IncentiveKind.PRIORITY_SERVICE,
            "申报国家知识产权优势企业、示范企业时优先支持", "first in line for the national IP advantage and demonstration firm titles",
            "专精特新企业争取国家知识产权优势或示范企业称号", "an SRDI firm applies for a national IP advantage or demonstration title",
            IP_OFFICE),
        benefit("ip-cost-super-deduction", "二、(五)", IncentiveKind.FEE_DISCOUNT,
            "合规的知识产权费用计入研发费用加计扣除", "eligible IP costs count towards the R&D super-deduction",
            "企业申报研发费用加计扣除且有符合规定的知识产权费用", "a firm claims the R&D super-deduction and has eligible IP costs",
            TAX),
        benefit("government-procurement", "三、(二)", IncentiveKind.PRIORITY_SERVICE,
            "创新产品和服务纳入政府采购支持范围", "innovative products and services supported in government procurement",
            "符合条件的专精特新企业以创新产品或服务参与政府采购", "an eligible SRDI firm offers an innovative product or service to government buyers",
            FINANCE),
        benefit("digital-transformation-subsidy", "三、(二)", IncentiveKind.CAPPED_SUBSIDY,
            "智能化改造数字化转型资金奖补和贴息", "rewards, subsidies and interest subsidies for smart and digital transformation",
            "合格的专精特新中小企业开展智能化、数字化改造", "an eligible SRDI SME carries out smart and digital transformation",
            FINANCE, MIIT_JS),
        benefit("title-green-channel", "三、(三)", IncentiveKind.FAST_TRACK,
            "职称评审绿色通道，合格人员可直接申报高级职称", "green channel for professional titles; eligible staff may apply directly for senior titles",
            "专精特新企业优秀人才申报职称", "outstanding staff of an SRDI firm apply for a professional title", HUMAN_RESOURCES),
        benefit("talent-benefits", "三、(三)", IncentiveKind.PRIORITY_SERVICE,
            "高层次人才的子女上学、医疗和住房优待", "high-level talent eligible for preferential schooling, health care and housing",
            "合格专精特新企业的高层次人才", "high-level talent of an eligible SRDI firm", TALENT_OFFICE, EDUCATION, HEALTH),
        benefit("positive-list-approvals", "三、(四)", IncentiveKind.FAST_TRACK,
            "专精特新项目进\"正面清单\"，核准备案与各项评估从简", "\"positive list\" for SRDI projects with simpler approval, environmental, safety and energy assessments",
            "专精特新企业的项目办理审批", "an SRDI firm's project goes through approvals", NDRC_JS, GOV_SERVICES, ENVIRONMENT, EMERGENCY));
  }

  // ------------------------------------------------------------------ provisions

  private static List<Provision> provisions() {
    return List.of(
        E.provision(P + "focus.clusters", Provision.Kind.FOCUS_INDUSTRIES, "一、(一)", "16个先进制造业集群", "16 advanced manufacturing clusters")
            .quantity(Quantity.count(16, Unit.CLUSTERS))
            .note(t("本文件未列出集群名称", "the document does not name the clusters")).build(),
        E.provision(P + "focus.chains", Provision.Kind.FOCUS_INDUSTRIES, "一、(一)", "50条重点产业链", "50 key industrial chains")
            .quantity(Quantity.count(50, Unit.CLUSTERS))
            .note(t("本文件未列出产业链名称", "the document does not name the chains")).build(),
        E.provision(P + "direction", Provision.Kind.DIRECTION, "一、(一)", "梯度培育、创新引领、强基固链、服务赋能",
                "gradient cultivation, innovation leadership, stronger foundations and chains, service enablement")
            .description(t("主题是专精特新企业高质量发展，目标是更强的创新力和专业化水平",
                "high-quality development of SRDI firms as the theme, with innovation capacity and specialisation as the aim"))
            .build(),
        E.provision(P + "principle.government-guides", Provision.Kind.PRINCIPLE, "一、(二)1", "政府引导、企业主体", "government guides, firms are the main actors")
            .description(t("市场有效与政府有为结合，突出企业主体，政策引导和精准服务", "effective markets with a capable government; firms lead, policy guides and serves"))
            .build(),
        E.provision(P + "principle.innovation", Provision.Kind.PRINCIPLE, "一、(二)2", "创新驱动、质效优先", "innovation-driven, quality and efficiency first")
            .description(t("供给创新与需求牵引结合，推动理念、技术、产品、管理、模式创新，提高全要素生产率",
                "supply-side innovation with demand pull; innovation in ideas, technology, products, management and models; higher total factor productivity"))
            .build(),
        E.provision(P + "principle.tiered", Provision.Kind.PRINCIPLE, "一、(二)3", "分类施策、分层推进", "measures by type, progress by tier")
            .description(t("依行业和成长阶段分别指导扶持，使企业成为集群和产业链关键环节的专业配套商",
                "guidance by industry and stage of development, to make firms specialist suppliers at key links of clusters and chains"))
            .build(),
        E.provision(P + "pool", Provision.Kind.COHORT, "二、(一)", "优质企业培育库", "pool of quality firms")
            .description(t("范围为重点集群、产业链和工业\"五基\"，以高新技术、科技型和\"四新\"企业为主，动态调整",
                "built around the key clusters, chains and five industrial foundations, centred on high-tech, tech-based and \"four new\" firms, managed dynamically"))
            .addResponsibleUnits(MIIT_JS, CITY_COUNTY_GOVS).build(),
        E.provision(P + "yearly-recognition", Provision.Kind.PROCEDURE, "二、(一)", "每年公告与认定", "yearly publication and recognition")
            .description(t("省里每年公布创新型中小企业并新认定省级专精特新中小企业", "each year the province publishes innovative SMEs and recognises provincial SRDI SMEs"))
            .addResponsibleUnits(MIIT_JS).build(),
        E.provision(P + "dedicated-route", Provision.Kind.PROCEDURE, "二、(一)", "省级专精特新中小企业专用通道", "dedicated route to the provincial SRDI SME tier")
            .description(t("面向市场不大但技术或产品处于链上关键位置的细分领域，有待探索",
                "to be explored for niches with a small market whose technology or product is a key link of a chain"))
            .note(t("仅为\"探索建立\"，条件未定", "only to be explored; no conditions are set"))
            .addResponsibleUnits(MIIT_JS).build(),
        E.provision(P + "leading-group", Provision.Kind.GOVERNANCE, "三、(一)", "省政府促进中小企业发展工作领导小组", "provincial leading group for SME development")
            .description(t("统筹全省专精特新培育、解决重大问题并通报进展", "steers SRDI cultivation across the province, settles major issues and circulates progress bulletins"))
            .addResponsibleUnits(SME_GROUP_MEMBERS).build());
  }
}
