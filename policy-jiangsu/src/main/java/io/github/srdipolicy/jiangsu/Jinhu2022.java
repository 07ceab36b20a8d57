package io.github.srdipolicy.jiangsu;

import static io.github.srdipolicy.jiangsu.Encoder.byEndOf;
import static io.github.srdipolicy.jiangsu.Encoder.encoded;
import static io.github.srdipolicy.jiangsu.Encoder.none;
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
import io.github.srdipolicy.model.JurisdictionCode;
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
import io.github.srdipolicy.model.TargetCadence;
import io.github.srdipolicy.model.TargetComparator;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.TierLadder;
import io.github.srdipolicy.model.Trigger;
import io.github.srdipolicy.model.TriggerKind;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.national.NationalTiers;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * 金政发〔2022〕33号: Jinhu county's three-year plan (2022–2024) for cultivating little giants —
 * principles, yearly recognition targets, the county cultivation pool, twelve tasks with their
 * goals and responsible units, and seven safeguards with the county's incentives. The eligibility
 * annexes are in {@link JinhuAnnexes}.
 */
final class Jinhu2022 {
  static final String DOC = "金政发〔2022〕33号";
  /** 淮安市《关于推动制造业高质量发展的实施意见》, cited for listing support. */
  static final String HUAIAN_MANUFACTURING_2022 = "淮发〔2022〕4号";
  /**
   * The MoF/MIIT notice the preamble implements; the plan names it by title only, the number is the one
   * policy-national records for that title.
   */
  static final String MOF_MIIT_2021 = "财建〔2021〕2号";
  static final Encoder E = new Encoder(DOC);
  private static final String P = "jinhu.2022.";
  private static final JurisdictionCode COUNTY = JiangsuSource.COUNTY;

  private Jinhu2022() {}

  // Responsible units (责任单位), named as the document names them.
  static final LocalizedText MIIT_JH = t("县工信局", "Jinhu Bureau of Industry and Information Technology");
  static final LocalizedText NDRC_JH = t("县发改委", "Jinhu Development and Reform Commission");
  static final LocalizedText SCIENCE_JH = t("县科技局", "Jinhu Science and Technology Bureau");
  static final LocalizedText HR_JH = t("县人社局", "Jinhu Human Resources and Social Security Bureau");
  static final LocalizedText MARKET_JH = t("县市场监管局", "Jinhu Administration for Market Regulation");
  static final LocalizedText EMERGENCY_JH = t("县应急局", "Jinhu Emergency Management Bureau");
  static final LocalizedText TALENT_JH = t("县人才办", "Jinhu Talent Office");
  static final LocalizedText COMMERCE_JH = t("县商务局", "Jinhu Commerce Bureau");
  static final LocalizedText FEDERATION_JH = t("县工商联", "Jinhu Federation of Industry and Commerce");
  static final LocalizedText OTHER_DEPTS = t("各相关部门", "other departments concerned");
  static final LocalizedText TOWNS = t("各镇", "town governments");
  static final LocalizedText STREETS = t("各街道", "sub-district offices");
  static final LocalizedText DEV_ZONE = t("开发区", "development zone");
  static final LocalizedText LEADING_GROUP =
      t("县专精特新小巨人企业培育工作领导小组", "Jinhu leading group for cultivating little giants");

  private static final LocalizedText PER_TASK_UNITS =
      t("责任单位按各项任务分别列出", "responsible units are named for each task");
  private static final LocalizedText NOT_STATED_UNITS =
      t("本条未写明责任单位", "this safeguard names no responsible unit");

  static PolicyDocument document() {
    List<Clause> outline = new ArrayList<>(outline());
    outline.addAll(JinhuAnnexes.outline());
    List<Tier> tiers = new ArrayList<>(tiers());
    tiers.addAll(JinhuAnnexes.tiers());
    List<Provision> provisions = new ArrayList<>(provisions());
    provisions.addAll(JinhuAnnexes.provisions());
    return PolicyDocument.builder()
        .id(DocumentId.of(DOC))
        .issuer(t("金湖县人民政府", "Jinhu County People's Government"))
        .title(t("金湖县专精特新小巨人企业培育三年行动方案（2022—2024年）",
            "Jinhu three-year plan for cultivating SRDI little giants (2022–2024)"))
        .issued(LocalDate.of(2022, 4, 22))
        .validity(DateRange.of(LocalDate.of(2022, 4, 22), LocalDate.of(2025, 1, 1)))
        .validityNote(t("文件未写明有效期；按印发日至行动期末（2024年底）计",
            "the document states no validity; taken as from the date of issue to the end of the plan period (end of 2024)"))
        .planPeriod(DateRange.years(2022, 2024))
        .jurisdiction(COUNTY)
        .addCites(DocumentId.of(MOF_MIIT_2021), DocumentId.of(HUAIAN_MANUFACTURING_2022))
        .completeness(Completeness.COMPLETE)
        .outline(outline)
        .tiers(tiers)
        .ladders(ladders())
        .criteria(JinhuAnnexes.criteria())
        .incentives(incentives())
        .targets(targets())
        .measures(measures())
        .provisions(provisions)
        .build();
  }

  // ------------------------------------------------------------------ outline of the main text

  private static List<Clause> outline() {
    return List.of(
        none("通知", "印发通知", "notice of issue", "发文事项（县政府常务会议通过），元数据记在文件本身",
            "issuing formalities (adopted by the county executive meeting); the metadata is on the document record"),
        none("前言", "制定目的", "purpose", "目的陈述；所落实的财政部、工业和信息化部通知只写了标题，按该标题记为引用财建〔2021〕2号（见文件的引用列表）",
            "statement of purpose; the MoF/MIIT notice it implements is named by title only and is recorded as citing 财建〔2021〕2号 (see the document's citations)"),
        none("一、", "指导思想", "guiding thinking", "原则性表述；四个发展方向按二、(一)的四项原则编码",
            "statement of intent; the four directions are encoded as the principles of 二、(一)"),
        none("二、", "总体要求", "general requirements", "标题", "heading"),
        none("二、(一)", "基本原则", "basic principles", "标题", "heading"),
        encoded("二、(一)1", "原则：专业化", "principle: specialisation"),
        encoded("二、(一)2", "原则：精细化", "principle: refinement"),
        encoded("二、(一)3", "原则：特色化", "principle: distinctiveness"),
        encoded("二、(一)4", "原则：新颖化", "principle: novelty"),
        encoded("二、(二)", "总体目标：每年新增国家、省、市级小巨人", "overall goal: new national, provincial and city little giants each year"),
        none("三、", "重点任务", "key tasks", "标题", "heading"),
        encoded("三、(一)", "建立企业培育库", "building the cultivation pool"),
        encoded("三、(一)1", "制定入库标准", "pool entry standard"),
        encoded("三、(一)2", "遴选入库企业", "selecting pool firms"),
        encoded("三、(一)3", "动态管理", "dynamic management of the pool"),
        encoded("三、(二)", "培育升级系列行动", "upgrading actions"),
        encoded("三、(二)4", "创新能力提升", "innovation capacity"),
        encoded("三、(二)5", "技术改造", "technical upgrading"),
        encoded("三、(二)6", "智能化改造和数字化转型", "smart and digital transformation"),
        encoded("三、(二)7", "管理水平提升", "management"),
        encoded("三、(二)8", "质量品牌", "quality and brands"),
        encoded("三、(二)9", "扩大市场份额", "market share"),
        encoded("三、(二)10", "特色集群", "characteristic clusters"),
        encoded("三、(三)", "精准服务创建申报", "tailored help with applications"),
        encoded("三、(三)11", "入库企业分类辅导", "coaching pool firms by tier"),
        encoded("三、(三)12", "推荐申报国家、省、市认定", "recommending firms for recognition"),
        none("四、", "保障措施", "safeguards", "标题", "heading"),
        encoded("四、(一)", "强化组织推进", "safeguard: organisation"),
        encoded("四、(二)", "强化挂钩帮扶", "safeguard: paired assistance"),
        encoded("四、(三)", "强化资金扶持", "safeguard: funding"),
        encoded("四、(四)", "强化培育服务", "safeguard: services"),
        encoded("四、(五)", "强化检查规范", "safeguard: orderly inspections"),
        encoded("四、(六)", "强化专项考核", "safeguard: assessment"),
        encoded("四、(七)", "强化典型宣传", "safeguard: publicity"),
        none("附件", "附件目录", "list of annexes", "附件标题目录；各附件按自身条款编码", "titles of the annexes; each annex is encoded under its own clauses"));
  }

  // ------------------------------------------------------------------ tiers and ladders

  private static List<Tier> tiers() {
    return List.of(
        Tier.builder().id(JiangsuTiers.JINHU_POOL)
            .name(t("金湖县专精特新小巨人企业培育库", "Jinhu little-giant cultivation pool"))
            .jurisdiction(COUNTY).level(JurisdictionLevel.COUNTY).source(E.at("三、(一)1"))
            .description(t("县工信局按附件2条件、经企业自主申报遴选入库；每年集中核实调整一次；入库企业优先向上推荐",
                "firms apply and the county bureau of industry and IT selects them against annex 2; the list is reviewed once a year; pool firms are recommended upwards first"))
            .build(),
        Tier.builder().id(JiangsuTiers.HUAIAN_POOL)
            .name(t("淮安市培育库", "Huai'an city cultivation pool"))
            .jurisdiction(JiangsuSource.CITY).level(JurisdictionLevel.PREFECTURE).source(E.at("三、(一)2"))
            .description(t("市级培育库；本县力争推动50家企业进入", "the city's pool; Jinhu aims to bring 50 firms into it"))
            .note(t("本文件未列出市级培育库的入库条件", "the document gives no entry criteria for the city pool"))
            .build());
  }

  private static List<TierLadder> ladders() {
    return List.of(
        TierLadder.builder().id(FactId.of(P + "ladder.recognition"))
            .jurisdiction(COUNTY)
            .label(t("金湖县培育路径：县培育库—市级—省级—国家级\"小巨人\"—单项冠军",
                "Jinhu path: county pool, city, provincial and national little giant, single champion"))
            .addRungs(JiangsuTiers.JINHU_POOL, JiangsuTiers.HUAIAN_LITTLE_GIANT, JiangsuTiers.LITTLE_GIANT,
                NationalTiers.LITTLE_GIANT, NationalTiers.SINGLE_CHAMPION)
            .source(E.at("三、(三)12"))
            .build(),
        TierLadder.builder().id(FactId.of(P + "ladder.pools"))
            .jurisdiction(COUNTY)
            .label(t("培育库层级：县级—市级—省级（千企升级）", "pools: county, city, provincial (千企升级)"))
            .addRungs(JiangsuTiers.JINHU_POOL, JiangsuTiers.HUAIAN_POOL, JiangsuTiers.QIANQI_POOL)
            .source(E.at("三、(一)2"))
            .build());
  }

  // ------------------------------------------------------------------ targets

  /** A target "到2024年" for the county. */
  private static ImmutableTarget.Builder by2024(String id, String clause, String key, String zh, String en) {
    return byEndOf(E.target(P + id, clause, key, zh, en, COUNTY), 2024);
  }

  private static ImmutableTarget.Builder yearly(String id, TierId tier, String key, String zh, String en, int low,
      int high) {
    return E.target(P + id, "二、(二)", key, zh, en, COUNTY).tier(tier)
        .cadence(TargetCadence.PER_YEAR).period(DateRange.years(2022, 2024))
        .comparator(TargetComparator.RANGE)
        .value(Quantity.count(low, Unit.ENTERPRISES)).upper(Quantity.count(high, Unit.ENTERPRISES))
        .basis(TargetBasis.NEW).commitment(Commitment.FIRM);
  }

  private static final LocalizedText NEW_LIST_NOTE =
      t("句首\"新增\"统领本句各项", "the opening \"新增\" (new) governs every item of the sentence");

  private static List<Target> targets() {
    return List.of(
        yearly("target.national-little-giants", NationalTiers.LITTLE_GIANT, "firms.little-giant",
            "国家级小巨人（单项冠军产品计入）年新增数", "new national little giants each year, single-champion products included", 1, 2)
            .note(t("国家级数量包括制造业单项冠军产品", "the national count includes manufacturing single-champion products")).build(),
        yearly("target.provincial-little-giants", JiangsuTiers.LITTLE_GIANT, "firms.provincial-little-giant",
            "每年新增省级专精特新小巨人企业", "new provincial little giants each year", 2, 5).build(),
        yearly("target.city-little-giants", JiangsuTiers.HUAIAN_LITTLE_GIANT, "firms.city-little-giant",
            "每年新增市级专精特新小巨人企业", "new city little giants each year", 8, 15).build(),

        by2024("target.pool-size", "三、(一)2", "firms.county-cultivation-pool", "累计入库培育企业", "firms in the county pool, in total")
            .tier(JiangsuTiers.JINHU_POOL).comparator(TargetComparator.MORE_THAN).value(Quantity.count(150, Unit.ENTERPRISES))
            .basis(TargetBasis.CUMULATIVE).commitment(Commitment.FIRM)
            .note(t("\"超150家\"不含150；本句未写年份，按行动期末计", "\"超150家\" excludes 150; no year in the sentence, read as the end of the plan")).build(),
        by2024("target.provincial-pool", "三、(一)2", "firms.provincial-cultivation-pool", "推动进入省级培育库的企业", "firms brought into the provincial pool")
            .tier(JiangsuTiers.QIANQI_POOL).comparator(TargetComparator.EXACTLY).value(Quantity.count(30, Unit.ENTERPRISES))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.ASPIRATIONAL)
            .note(t("\"力争\"；未写年份，按行动期末计；省级培育库即附件1的千企升级库", "\"力争\" (strive); no year, read as the end of the plan; the provincial pool is the 千企升级 pool of annex 1")).build(),
        by2024("target.city-pool", "三、(一)2", "firms.city-cultivation-pool", "推动进入市级培育库的企业", "firms brought into the city pool")
            .tier(JiangsuTiers.HUAIAN_POOL).comparator(TargetComparator.EXACTLY).value(Quantity.count(50, Unit.ENTERPRISES))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.ASPIRATIONAL)
            .note(t("\"力争\"统领两项；未写年份，按行动期末计", "\"力争\" governs both pool counts; no year, read as the end of the plan")).build(),

        by2024("target.rnd-institutions", "三、(二)4", "facilities.provincial-or-above-rnd-institution",
            "新增的省级及以上研发机构（工程研究中心、企业技术中心、工程技术研究中心之类）",
            "new R&D institutions of provincial level or above (engineering research centres, enterprise technology centres and the like)")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(20, Unit.FACILITIES))
            .basis(TargetBasis.NEW).commitment(Commitment.FIRM).build(),
        by2024("target.first-set-equipment", "三、(二)5", "items.provincial-first-set-major-equipment",
            "新增省级首台（套）重大装备", "new provincial first-unit (first-set) major equipment")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(6, Unit.ITEMS))
            .basis(TargetBasis.NEW).commitment(Commitment.FIRM).build(),
        by2024("target.smart-workshops", "三、(二)6", "facilities.provincial-or-above-smart-workshop",
            "新增省级以上智能车间（工厂）", "new smart workshops or factories of provincial level or above")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(6, Unit.FACILITIES))
            .basis(TargetBasis.NEW).commitment(Commitment.FIRM).build(),
        by2024("target.internet-benchmark-factories", "三、(二)6", "facilities.city-or-above-industrial-internet-benchmark-factory",
            "新增市级以上工业互联网标杆工厂", "new industrial-internet benchmark factories of city level or above")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(5, Unit.FACILITIES))
            .basis(TargetBasis.NEW).commitment(Commitment.FIRM).note(NEW_LIST_NOTE).build(),
        by2024("target.people-trained", "三、(二)7", "persons.trained",
            "受训的企业家、经营管理骨干、高技能和创业创新人才", "entrepreneurs, managers, highly skilled and start-up talent trained")
            .comparator(TargetComparator.MORE_THAN).value(Quantity.count(1000, Unit.PERSONS))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM)
            .note(t("\"超过\"不含1000；按人数计，未说明是否可重复计人", "\"超过\" excludes 1000; counted as persons, the text does not say whether repeat trainees count")).build(),
        by2024("target.energy-saving-firms", "三、(二)7", "firms.energy-saving-circular-retrofit",
            "实施节能及循环经济改造的企业", "firms carrying out energy-saving and circular-economy retrofits")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(30, Unit.ENTERPRISES))
            .basis(TargetBasis.NOT_STATED).commitment(Commitment.FIRM).build(),
        by2024("target.quality-awards", "三、(二)8", "items.quality-awards",
            "新增国家、省、市质量奖", "new national, provincial or city quality awards")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(1, Unit.ITEMS))
            .basis(TargetBasis.NEW).commitment(Commitment.FIRM).build(),
        by2024("target.jiangsu-jingpin", "三、(二)8", "items.jiangsu-jingpin", "新增\"江苏精品\"", "new \"Jiangsu Quality\" (江苏精品) certifications")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(2, Unit.ITEMS))
            .basis(TargetBasis.NEW).commitment(Commitment.FIRM).note(NEW_LIST_NOTE).build(),
        by2024("target.invention-patents", "三、(二)8", "ip.invention-patents", "新增企业发明专利", "new invention patents of firms")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(260, Unit.IP_ITEMS))
            .basis(TargetBasis.NEW).commitment(Commitment.FIRM).note(NEW_LIST_NOTE).build(),
        by2024("target.standards", "三、(二)8", "items.standards-led-or-joined",
            "新增牵头或参与制定的国际、国家、行业及先进企业标准", "new international, national, industry or advanced company standards led or co-drafted")
            .comparator(TargetComparator.ABOUT).value(Quantity.count(10, Unit.ITEMS))
            .basis(TargetBasis.NEW).commitment(Commitment.FIRM).note(NEW_LIST_NOTE).build(),
        by2024("target.service-platforms", "三、(二)10", "facilities.provincial-sme-public-service-demo-platform",
            "新建成省中小企业公共服务示范平台", "new provincial SME public-service demonstration platforms")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(3, Unit.FACILITIES))
            .basis(TargetBasis.NEW).commitment(Commitment.FIRM).build(),
        by2024("target.startup-base", "三、(二)10", "facilities.provincial-small-micro-innovation-demo-base",
            "新建成省小型微型企业创业创新示范基地", "new provincial small and micro business start-up and innovation demonstration base")
            .comparator(TargetComparator.EXACTLY).value(Quantity.count(1, Unit.FACILITIES))
            .basis(TargetBasis.NEW).commitment(Commitment.FIRM).build());
  }

  // ------------------------------------------------------------------ measures

  private static FactId id(String suffix) {
    return FactId.of(P + suffix);
  }

  private static Measure task(String suffix, String parent, String clause, String zh, String en,
      List<LocalizedText> actions, List<LocalizedText> units, String... targets) {
    var b = E.measure(P + suffix, Measure.Kind.TASK, clause, zh, en).parent(id(parent))
        .actions(actions).responsibleUnits(units);
    for (String target : targets) {
      b.addTargets(id(target));
    }
    return b.build();
  }

  private static Measure safeguard(String suffix, String clause, String zh, String en, List<LocalizedText> actions,
      List<LocalizedText> units) {
    var b = E.measure(P + suffix, Measure.Kind.SAFEGUARD, clause, zh, en).actions(actions).responsibleUnits(units);
    if (units.isEmpty()) {
      b.note(NOT_STATED_UNITS);
    }
    return b.build();
  }

  private static List<Measure> measures() {
    return List.of(
        E.measure(P + "tasks.pool", Measure.Kind.TASK, "三、(一)", "确立标准，建立企业培育库", "set standards and build the pool")
            .note(PER_TASK_UNITS).build(),
        task("task.1-entry-standard", "tasks.pool", "三、(一)1", "制定入库标准", "set the pool entry standard", List.of(
            t("从全省集群和\"531\"产业链、淮安\"3+N\"体系及本县三大主导产业中选重点制造企业",
                "draw on the province's clusters and \"531\" chains, the city's \"3+N\" system and the county's three leading industries"),
            t("以龙头、高新技术、快速成长和科技型等\"四新\"企业为主", "centre on lead, high-tech, fast-growing and tech-based \"four new\" firms"),
            t("结合省级入库标准（附件1）建立县级培育库并细化入库条件（附件2）", "set up the county pool with detailed entry criteria (annex 2) in line with the provincial standard (annex 1)")),
            List.of(MIIT_JH)),
        task("task.2-selection", "tasks.pool", "三、(一)2", "遴选入库企业", "select pool firms", List.of(
            t("企业自主申报、县工信局对照标准遴选入库", "firms apply; the county bureau selects them against the standard"),
            t("入库企业重点培育、优先向上推荐，并参加专题活动", "pool firms are priority candidates for recommendation upwards and join cultivation events")),
            List.of(MIIT_JH), "target.pool-size", "target.provincial-pool", "target.city-pool"),
        task("task.3-dynamic-management", "tasks.pool", "三、(一)3", "实施动态管理", "manage the pool dynamically", List.of(
            t("运行监测和动态管理，原则上每年核实调整一次名单", "monitor pool firms and review the list, in principle once a year")),
            List.of(MIIT_JH, TOWNS, STREETS, DEV_ZONE)),

        E.measure(P + "tasks.upgrading", Measure.Kind.TASK, "三、(二)", "培育升级行动", "upgrading actions")
            .note(PER_TASK_UNITS).build(),
        task("task.4-innovation", "tasks.upgrading", "三、(二)4", "推进企业创新能力提升", "raise innovation capacity", List.of(
            t("加大研发投入，开展共性和关键技术攻关", "more R&D; joint work on generic and key technologies"),
            t("建设产学研结合的产业创新联盟，统筹联合创新项目", "industry innovation alliances with research bodies"),
            t("推动科技型中小企业成长为高新技术企业", "help tech-based SMEs become high-tech enterprises")),
            List.of(MIIT_JH, NDRC_JH, SCIENCE_JH), "target.rnd-institutions"),
        task("task.5-technical-upgrading", "tasks.upgrading", "三、(二)5", "推进企业加快技术改造", "speed up technical upgrading", List.of(
            t("采用新技术、工艺、装备和材料，更新成套设备", "adopt new technology, processes, equipment and materials"),
            t("加大\"四基\"领域技改投入，推进强基工程", "invest in the \"four foundations\" and the foundation-strengthening programme")),
            List.of(MIIT_JH), "target.first-set-equipment"),
        task("task.6-smart-digital", "tasks.upgrading", "三、(二)6", "推进智能化改造和数字化转型", "smart and digital transformation", List.of(
            t("建设智能制造单元、产线、车间，升级关键工序装备", "smart units, lines and workshops; upgrade key-process equipment"),
            t("集成应用PLM、MES、APS、SCM、WMS等系统", "integrate PLM, MES, APS, SCM and WMS systems"),
            t("争取省级工业互联网标杆工厂和省级智能车间、工厂称号", "create provincial industrial-internet benchmark factories and smart workshops")),
            List.of(MIIT_JH), "target.smart-workshops", "target.internet-benchmark-factories"),
        task("task.7-management", "tasks.upgrading", "三、(二)7", "推进企业提升管理水平", "better management", List.of(
            t("覆盖全员、全流程和产品全生命周期的安全、质量、绿色管理", "safety, quality and green management systems"),
            t("严格日常安全监管，落实安全生产主体责任", "strict safety supervision and firms' safety responsibilities"),
            t("培养企业家特别是新生代企业家，引进培训领军、管理和数字化人才", "train entrepreneurs, especially the new generation, and bring in leading, managerial and digital talent")),
            List.of(MIIT_JH, HR_JH, MARKET_JH, EMERGENCY_JH, TALENT_JH), "target.people-trained", "target.energy-saving-firms"),
        task("task.8-quality-brands", "tasks.upgrading", "三、(二)8", "推进企业培育质量品牌", "quality and brands", List.of(
            t("参与标准制定、承担标准化机构秘书处，对照先进标准提升", "take part in standard-setting and benchmark against advanced standards"),
            t("品牌战略、省级团体标准，争取\"江苏精品\"", "brand strategies, provincial group standards, \"江苏精品\""),
            t("推行卓越绩效管理，争创国家、省、市质量奖", "business-excellence management and quality awards"),
            t("对接知识产权服务机构，将自主技术转化为发明专利", "work with IP service firms to patent own technology")),
            List.of(MARKET_JH), "target.quality-awards", "target.jiangsu-jingpin", "target.invention-patents", "target.standards"),
        task("task.9-market-share", "tasks.upgrading", "三、(二)9", "推进企业扩大市场份额", "grow market share", List.of(
            t("对接上下游龙头企业，参加各类展会，拓展国内外市场", "link with lead firms up and down the chain and attend fairs at home and abroad"),
            t("邀请上级部门和行业协会专家专题培训，促进与细分领域行业协会对接", "training by higher-level departments and associations; links with niche associations")),
            List.of(MIIT_JH, SCIENCE_JH, COMMERCE_JH, FEDERATION_JH, OTHER_DEPTS)),
        task("task.10-clusters", "tasks.upgrading", "三、(二)10", "推进特色集群打造", "characteristic clusters", List.of(
            t("围绕三大主导产业推动大中小企业融通发展，打造先进制造业集群", "integrate large and small firms in the three leading industries into advanced clusters"),
            t("推进集群平台载体建设", "build platforms for the clusters")),
            List.of(MIIT_JH, SCIENCE_JH, OTHER_DEPTS), "target.service-platforms", "target.startup-base"),

        E.measure(P + "tasks.services", Measure.Kind.TASK, "三、(三)", "帮助企业申报认定", "tailored help with applications")
            .note(PER_TASK_UNITS).build(),
        task("task.11-coaching", "tasks.services", "三、(三)11", "入库企业分类辅导", "coach pool firms by tier", List.of(
            t("按附件3—5的国家、省、市条件，为每家入库企业定培育方案和申报计划",
                "for each pool firm a cultivation and application plan against the national, provincial and city criteria (annexes 3–5)")),
            List.of(MIIT_JH)),
        task("task.12-recommendation", "tasks.services", "三、(三)12", "推荐申报国家、省市认定", "recommend firms for recognition", List.of(
            t("每年挑选优秀入库企业，推荐参评单项冠军和各级小巨人", "each year pick pool firms and recommend them for single champion and national, provincial and city little giant")),
            List.of(MIIT_JH)),

        safeguard("safeguard.1-organisation", "四、(一)", "强化组织推进", "organisation", List.of(
            t("成立县领导小组，县政府主要领导任组长，办公室设在县工信局", "a county leading group chaired by the county head, with its office at the county bureau of industry and IT"),
            t("重点责任部门月度联席会议", "monthly joint meetings of the main departments"),
            t("季度信息通报", "quarterly progress bulletins"),
            t("各镇（街道）、开发区建立培育工作机制", "towns, sub-districts and the development zone set up their own arrangements")),
            List.of(LEADING_GROUP, MIIT_JH, TOWNS, STREETS, DEV_ZONE)),
        safeguard("safeguard.2-pairing", "四、(二)", "强化挂钩帮扶", "paired assistance", List.of(
            t("县领导、镇街负责人和重点部门分别联系在库企业，上门解决困难", "county and town leaders and main departments are each paired with pool firms, visit them and solve problems")),
            List.of(t("县四套班子领导", "county leaders"), t("镇（街道）主要领导", "town and sub-district heads"), t("重点责任部门", "main responsible departments"))),
        safeguard("safeguard.3-funding", "四、(三)", "强化资金扶持", "funding", List.of(
            t("在工业稳增长专项资金预算中安排培育专项经费", "a dedicated budget inside the industrial-growth special fund"),
            t("上级扶持资金和项目申报优先推荐入库企业；上级奖励不影响县级再次奖励", "pool firms recommended first for higher-level funds; higher-level rewards do not bar county rewards"),
            t("拓宽信贷融资渠道，引导社会资本股权投资", "wider credit channels and more private equity investment"),
            t("加强挂牌上市辅导，上市培育取得突破的按淮发〔2022〕4号给予支持", "listing guidance; support under 淮发〔2022〕4号 for breakthroughs towards listing")),
            List.of()),
        safeguard("safeguard.4-services", "四、(四)", "强化培育服务", "services", List.of(
            t("为入库企业提供技术、人才、成果转化、智改数转和知识产权方面的专业服务", "professional services for pool firms"),
            t("支持已是国家或省级小巨人的企业办专业培训服务基地", "support recognised national or provincial little giants in building training bases"),
            t("用好县中小企业服务平台；培育政企联络员", "use the county SME service platform; liaison officers between government and firms"),
            t("技术人员职称评审走绿色通道", "green channel for professional-title review")),
            List.of()),
        safeguard("safeguard.5-inspections", "四、(五)", "强化检查规范", "orderly inspections", List.of(
            t("控制涉企检查，全面落实\"双随机、一公开\"", "fewer inspections; random selection and public results"),
            t("入库企业首次环保、安全、消防检查一般先限期整改而非停产罚款（重大隐患除外）",
                "first environmental, safety and fire inspections of pool firms favour rectification over penalties, major hazards excepted")),
            List.of()),
        safeguard("safeguard.6-assessment", "四、(六)", "强化专项考核", "assessment", List.of(
            t("计入镇街和开发区的工业化与高质量考核，可加分", "part of the towns' and development zone's industrialisation and quality assessments, with bonus points"),
            t("建立入库企业\"一企一册\"台账和专项报告制度", "a file for each pool firm and a special reporting system")),
            List.of(TOWNS, STREETS, DEV_ZONE, OTHER_DEPTS)),
        safeguard("safeguard.7-publicity", "四、(七)", "强化典型宣传", "publicity", List.of(
            t("开辟专栏，宣传典型案例", "a media column with model cases")),
            List.of()));
  }

  // ------------------------------------------------------------------ incentives

  private static Stacking stacking(StackingRule rule, String clause) {
    return Stacking.builder().rule(rule).source(E.at(clause)).build();
  }

  private static Trigger poolMembership() {
    return Trigger.builder().kind(TriggerKind.POOL_MEMBERSHIP).tier(JiangsuTiers.JINHU_POOL)
        .description(t("列入县培育库", "being in the county pool")).build();
  }

  /**
   * The county's own reward for a recognition that may also bring a higher-level reward; one per
   * tier the plan aims at, so that the reward calculation can apply the stacking rule.
   */
  private static Incentive countyReward(String suffix, TierId tier, String zh, String en) {
    return Incentive.builder().id(FactId.of(P + "incentive.county-reward." + suffix))
        .label(t("县级产业发展资金奖励（" + zh + "）", "county industrial-development fund reward (" + en + ")"))
        .kind(IncentiveKind.ONE_OFF_REWARD)
        .trigger(Trigger.builder().kind(TriggerKind.FIRST_RECOGNITION).tier(tier)
            .description(t("首次认定为" + zh, "first recognition as " + en)).build())
        .fundingJurisdiction(COUNTY)
        .stacking(stacking(StackingRule.CUMULATIVE_WITH_HIGHER_LEVELS, "四、(三)"))
        .addResponsibleUnits(MIIT_JH)
        .source(E.at("四、(三)"))
        .note(t("金额和条件按县级产业发展资金政策，本文件未写明；本文件只规定获得上级资金奖励不影响县级再次奖励。按本方案所培育的各级认定分别列出触发事件",
            "amount and conditions follow the county industrial-development fund policy and are not stated here; this plan only says a higher-level reward does not prevent the county's. One entry per recognition the plan aims at"))
        .build();
  }

  private static List<Incentive> incentives() {
    return List.of(
        Incentive.builder().id(FactId.of(P + "incentive.priority-recommendation"))
            .label(t("入库企业重点培育并优先向上推荐", "pool firms are priority candidates for recommendation upwards"))
            .kind(IncentiveKind.PRIORITY_SERVICE).trigger(poolMembership()).fundingJurisdiction(COUNTY)
            .stacking(stacking(StackingRule.NOT_STATED, "三、(一)2")).addResponsibleUnits(MIIT_JH)
            .source(E.at("三、(一)2")).build(),
        Incentive.builder().id(FactId.of(P + "incentive.cultivation-fund"))
            .label(t("专项经费用于入库企业负责人培训、参观标杆、国内外参展和专家指导", "dedicated funds pay for managers' training, benchmark visits, fairs at home and abroad and expert guidance"))
            .kind(IncentiveKind.FUNDED_SERVICE).trigger(poolMembership()).fundingJurisdiction(COUNTY)
            .stacking(stacking(StackingRule.NOT_STATED, "四、(三)"))
            .source(E.at("四、(三)"))
            .note(t("经费数额未写明", "the amount of the fund is not stated")).build(),
        Incentive.builder().id(FactId.of(P + "incentive.priority-funding"))
            .label(t("国家、省市扶持资金及项目申报时优先推荐入库企业", "pool firms recommended first for national, provincial and city funds and projects"))
            .kind(IncentiveKind.PRIORITY_SERVICE).trigger(poolMembership()).fundingJurisdiction(COUNTY)
            .stacking(stacking(StackingRule.NOT_STATED, "四、(三)"))
            .source(E.at("四、(三)")).build(),
        countyReward("national-little-giant", NationalTiers.LITTLE_GIANT, "国家级专精特新\"小巨人\"企业", "national little giant"),
        countyReward("single-champion", NationalTiers.SINGLE_CHAMPION, "制造业单项冠军企业", "manufacturing single champion"),
        countyReward("single-champion-product", NationalTiers.SINGLE_CHAMPION_PRODUCT, "制造业单项冠军产品", "manufacturing single-champion product"),
        countyReward("provincial-little-giant", JiangsuTiers.LITTLE_GIANT, "省级专精特新\"小巨人\"企业", "provincial little giant"),
        countyReward("city-little-giant", JiangsuTiers.HUAIAN_LITTLE_GIANT, "市级专精特新\"小巨人\"企业", "city little giant"),
        Incentive.builder().id(FactId.of(P + "incentive.listing-support"))
            .label(t("上市培育取得突破的企业按淮发〔2022〕4号给予政策支持", "firms with a breakthrough towards listing get support under 淮发〔2022〕4号"))
            .kind(IncentiveKind.POLICY_REFERENCE)
            .trigger(Trigger.builder().kind(TriggerKind.LISTING)
                .description(t("在上市培育中取得突破", "a breakthrough in preparing for listing")).build())
            .fundingJurisdiction(COUNTY)
            .stacking(stacking(StackingRule.NOT_STATED, "四、(三)"))
            .source(E.at("四、(三)"))
            .note(t("支持内容见淮安市文件，本文件未写明；\"突破\"未定义；由谁出资未写明，记为县级",
                "the support is set by the Huai'an document and not stated here; \"breakthrough\" is not defined; the payer is not stated and is recorded as the county"))
            .build(),
        Incentive.builder().id(FactId.of(P + "incentive.title-green-channel"))
            .label(t("小巨人企业的合格技术人员职称评审走绿色通道", "eligible technical staff of little-giant firms have professional titles reviewed through a green channel"))
            .kind(IncentiveKind.FAST_TRACK)
            .trigger(Trigger.builder().kind(TriggerKind.OTHER)
                .description(t("专精特新小巨人企业的专业技术人员申报职称", "technical staff of a little-giant firm apply for a professional title")).build())
            .fundingJurisdiction(COUNTY)
            .stacking(stacking(StackingRule.NOT_STATED, "四、(四)"))
            .source(E.at("四、(四)"))
            .note(t("未说明指哪一级小巨人，也未列出申报条件", "the level of little giant and the conditions are not stated"))
            .build(),
        Incentive.builder().id(FactId.of(P + "incentive.lenient-first-inspection"))
            .label(t("入库企业环保、安全、消防首次检查原则上以整改代替处罚", "first environmental, safety and fire inspections of pool firms favour rectification over penalties"))
            .kind(IncentiveKind.FAST_TRACK).trigger(poolMembership()).fundingJurisdiction(COUNTY)
            .stacking(stacking(StackingRule.NOT_STATED, "四、(五)"))
            .source(E.at("四、(五)"))
            .note(t("重大隐患除外", "major hazards are excepted"))
            .build());
  }

  // ------------------------------------------------------------------ provisions

  private static List<Provision> provisions() {
    return List.of(
        E.provision(P + "principle.specialisation", Provision.Kind.PRINCIPLE, "二、(一)1", "专业化", "specialisation")
            .description(t("以专项技术或工艺生产专用性强的产品，在细分市场形成专业优势", "dedicated technology for specialised products, giving an edge in a niche market")).build(),
        E.provision(P + "principle.refinement", Provision.Kind.PRINCIPLE, "二、(一)2", "精细化", "refinement")
            .description(t("精细适用的技术工艺、精细高效的管理，生产精良产品", "fine-tuned technology and lean management for well-made products")).build(),
        E.provision(P + "principle.distinctiveness", Provision.Kind.PRINCIPLE, "二、(一)3", "特色化", "distinctiveness")
            .description(t("以独特工艺、配方或原料生产具有地域特点或特殊功能的产品和服务", "unique processes, formulas or materials for regional or special-purpose products and services")).build(),
        E.provision(P + "principle.novelty", Provision.Kind.PRINCIPLE, "二、(一)4", "新颖化", "novelty")
            .description(t("靠自主、联合或消化吸收式创新和成果转化，做出有自有知识产权的高新技术产品",
                "own, joint or adapted innovation for high-tech products with own intellectual property")).build(),
        E.provision(P + "focus.leading-industries", Provision.Kind.FOCUS_INDUSTRIES, "三、(一)1", "金湖县三大主导产业", "Jinhu's three leading industries")
            .addItems(t("高端装备", "high-end equipment"), t("新材料", "new materials"), t("大健康", "health")).build(),
        E.provision(P + "pool.scope", Provision.Kind.COHORT, "三、(一)1", "县培育库的选取范围", "whom the county pool draws on")
            .description(t("来自全省集群和\"531\"产业链、淮安\"3+N\"体系及本县三大主导产业的重点制造企业，以龙头、高新技术、快速成长和科技型等\"四新\"企业为主",
                "key manufacturers in the province's clusters and \"531\" chains, Huai'an's \"3+N\" system and the county's three leading industries; lead, high-tech, fast-growing and tech-based \"four new\" firms"))
            .addResponsibleUnits(MIIT_JH).build(),
        E.provision(P + "pool.yearly-review", Provision.Kind.PROCEDURE, "三、(一)3", "培育库名单每年核实调整", "yearly review of the pool list")
            .description(t("原则上每年集中核实、调整、更新一次入库企业名单", "the list of pool firms is checked, adjusted and updated once a year, in principle"))
            .addResponsibleUnits(MIIT_JH, TOWNS, STREETS, DEV_ZONE).build(),
        E.provision(P + "recommendation.yearly", Provision.Kind.PROCEDURE, "三、(三)12", "每年从库中推荐申报", "yearly recommendation from the pool")
            .description(t("县里每年挑选优秀入库企业，推荐参评单项冠军和各级小巨人", "each year the county recommends pool firms for single champion and national, provincial and city little giant"))
            .addResponsibleUnits(MIIT_JH).build(),
        E.provision(P + "leading-group", Provision.Kind.GOVERNANCE, "四、(一)", "县专精特新小巨人企业培育工作领导小组", "Jinhu leading group for cultivating little giants")
            .description(t("县政府主要负责人任组长、县分管负责人任副组长；成员为所列十一个单位；办公室在县工信局；每月开联席会，每季通报",
                "chaired by the head of the county government, the county leader in charge as deputy; the eleven members are listed; office at the bureau of industry and IT; monthly joint meetings and quarterly bulletins"))
            .addItems(MIIT_JH, NDRC_JH, t("县财政局", "Jinhu Finance Bureau"), SCIENCE_JH, t("县审批局", "Jinhu Administrative Approval Bureau"),
                MARKET_JH, COMMERCE_JH, t("县生态环境局", "Jinhu Ecology and Environment Bureau"), EMERGENCY_JH, FEDERATION_JH,
                t("县金融管理服务中心", "Jinhu Financial Management Service Centre"))
            .note(t("成员名单为封闭列举（原文无\"等\"字）", "the list of members is closed (the text has no \"等\")"))
            .addResponsibleUnits(LEADING_GROUP).build(),
        E.provision(P + "service.pairing", Provision.Kind.SERVICE, "四、(二)", "领导挂钩服务在库企业", "leaders paired with pool firms")
            .description(t("上门走访、帮助解决突出问题；不打扰、有求即应、问题按时办结", "visits and problem-solving: no disturbance without cause, an answer to every request, issues closed promptly"))
            .build(),
        E.provision(P + "service.public-services", Provision.Kind.SERVICE, "四、(四)", "入库企业专业化公共服务", "professional public services for pool firms")
            .description(t("技术、人才、成果转化、智改数转与知识产权服务；政企联络员", "technology, talent, commercialisation, smart and digital transformation and IP services; government liaison officers"))
            .build());
  }
}
