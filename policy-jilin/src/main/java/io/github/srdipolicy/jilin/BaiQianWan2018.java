package io.github.srdipolicy.jilin;

import static io.github.srdipolicy.jilin.Encoding.encoded;
import static io.github.srdipolicy.jilin.Encoding.incentive;
import static io.github.srdipolicy.jilin.Encoding.measure;
import static io.github.srdipolicy.jilin.Encoding.missing;
import static io.github.srdipolicy.jilin.Encoding.noFact;
import static io.github.srdipolicy.jilin.Encoding.provision;
import static io.github.srdipolicy.jilin.Encoding.stacking;
import static io.github.srdipolicy.jilin.Encoding.t;
import static io.github.srdipolicy.jilin.Encoding.trigger;

import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.IncentiveKind;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Qualitative;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.Track;
import io.github.srdipolicy.model.TrackKind;
import io.github.srdipolicy.model.TriggerKind;
import io.github.srdipolicy.model.Unit;
import java.time.LocalDate;
import java.util.List;

/**
 * 吉工信民营〔2018〕350号, the Jilin Department of Industry and IT's 2018 "百千万" SME cultivation
 * action: three cohorts (a hundred strong private firms, a thousand SRDI SMEs, ten thousand growth
 * firms), the province's "three 100s", quarterly reporting, support and supervision, and the
 * 2018-09-28 deadline for recommendations.
 *
 * <p>Only the hundred cohort is defined by a threshold, so only it has a tier with criteria; the
 * other cohorts are provisions with their sizes. The contact person and the contact details in 五、
 * are deliberately not encoded.
 */
final class BaiQianWan2018 {
  static final String DOC = "吉工信民营〔2018〕350号";

  private BaiQianWan2018() {}

  private static SourceRef at(String clause) {
    return SourceRef.of(DOC, clause);
  }

  private static final LocalizedText LEADING_OFFICE = t("省突出发展民营经济领导小组办公室",
      "office of the provincial leading group for developing the private economy");
  private static final LocalizedText SME_CENTRE = t("省促进中小企业发展服务中心",
      "Provincial SME Development Service Centre");
  private static final LocalizedText LOCAL_BUREAUS = t("各市(州)、县(市)工信局",
      "industry and IT bureaus of the prefectures and counties");
  private static final LocalizedText DEPARTMENT = t("吉林省工业和信息化厅", "Jilin Department of Industry and IT");

  static PolicyDocument document() {
    return PolicyDocument.builder()
        .id(DocumentId.of(DOC))
        .issuer(DEPARTMENT)
        .title(t("关于开展\"百千万\"中小企业培育行动的通知", "Notice on the \"hundred, thousand, ten thousand\" SME "
            + "cultivation action"))
        .issued(LocalDate.of(2018, 8, 27))
        .published(LocalDate.of(2018, 9, 21))
        .validity(DateRange.of(LocalDate.of(2018, 8, 27), LocalDate.of(2019, 1, 1)))
        .validityNote(t("未载有效期：通知把行动定为2018年全省工信系统的工作，故自成文日起至2018年底；公开发布日为2018年9月21日",
            "no term is stated: the notice frames the action as the province's 2018 campaign, so validity runs "
                + "from the date written to the end of 2018; it was published on 21 September 2018"))
        .planPeriod(DateRange.years(2018, 2018))
        .jurisdiction(JilinSource.PROVINCE)
        .completeness(Completeness.COMPLETE)
        .completenessNote(t("正文完整；附件（推荐名单表样）未随文本提供", "the notice is complete; its annex (the "
            + "recommendation-list form) is not in the text"))
        .outline(outline())
        .addTiers(hundredTier())
        .addCriteria(hundredCriteria())
        .incentives(incentives())
        .measures(measures())
        .provisions(provisions())
        .build();
  }

  static List<Clause> outline() {
    return List.of(
        noFact("文头", "索引号、发文机关与日期", "index number, issuer and dates",
            "已记入文件元数据", "recorded as the document's metadata"),
        noFact("导语", "主送机关与发文目的", "addressees and purpose",
            "目的表述；行动年份记为计划期", "statement of purpose; the action's year is recorded as the plan period"),
        encoded("一、", "总体要求", "general requirements"),
        encoded("二、", "发展目标：升级、成长、培育三线并举", "goals: upgrading, growth and cultivation together"),
        noFact("三、", "主要任务", "main tasks", "章标题", "section heading"),
        encoded("三、(一)", "百强民营企业集团培育", "the hundred strong private enterprise groups"),
        encoded("三、(二)", "千户专精特新中小企业培育", "the thousand SRDI SMEs"),
        encoded("三、(三)", "万户成长型中小微企业服务", "the ten thousand growth small and micro firms"),
        noFact("四、", "工作措施", "working measures", "章标题", "section heading"),
        encoded("四、(一)", "加强组织领导", "leadership"),
        encoded("四、(二)", "分级负责培育机制", "cultivation by level of government"),
        encoded("四、(三)", "强化政策支持", "policy support"),
        encoded("四、(四)", "考核机制", "assessment"),
        encoded("五、", "推荐名单报送期限", "deadline for recommendation lists"),
        noFact("五、联系方式", "联系人与联系方式", "contact person and details",
            "个人联系信息，有意不编码", "personal contact details, deliberately not encoded"),
        missing("附件", "\"百千万\"企业推荐名单", "recommendation list form",
            "文本只有附件标题，表样未提供", "only the annex title is in the text; the form itself is not"),
        noFact("落款", "落款", "signature", "发文机关与日期已记入元数据", "issuer and date are metadata"));
  }

  // ------------------------------------------------------------------ the hundred cohort

  private static Tier hundredTier() {
    return Tier.builder().id(JilinTiers.HUNDRED_STRONG_PRIVATE)
        .name(t("百强民营企业培育对象", "hundred strong private enterprises (cultivation group)"))
        .jurisdiction(JilinSource.PROVINCE).level(JurisdictionLevel.PROVINCE)
        .description(t("重点是主营业务收入超过10亿元的民营企业，工业企业居多，逐户施策，使其成长为领军企业和企业集团",
            "mainly private firms with main-business revenue above 1 billion yuan, industrial firms at the core, "
                + "each with its own plan, to grow into leading firms and groups"))
        .source(at("三、(一)"))
        .build();
  }

  private static EligibilityCriteria hundredCriteria() {
    SourceRef source = at("三、(一)");
    String id = "jilin.baiqianwan.criteria.hundred-strong";
    return EligibilityCriteria.builder().id(FactId.of(id)).tier(JilinTiers.HUNDRED_STRONG_PRIVATE)
        .label(t("百强民营企业培育对象的重点范围", "focus range of the hundred strong private enterprises"))
        .addTracks(Track.builder().id(FactId.of(id + ".general")).kind(TrackKind.GENERAL)
            .label(t("民营且主营业务收入超10亿元", "private, main-business revenue above 1 billion yuan"))
            .condition(AllOf.builder().id(FactId.of(id + ".all")).source(source)
                .label(t("以下两项均满足", "both of the following"))
                .addConditions(Comparison.builder().id(FactId.of(id + ".revenue")).source(source)
                        .label(t("主营业务收入超10亿元", "main-business revenue above 1 billion yuan"))
                        .indicator(Indicators.MAIN_BUSINESS_REVENUE.id()).operator(Operator.GREATER_THAN)
                        .threshold(Quantity.yiYuan("10"))
                        .note(t("\"超\"不含本数；年度未说明，按上一完整年度读",
                            "超 excludes the bound; the year is not stated, read as the last full year"))
                        .build(),
                    Qualitative.builder().id(FactId.of(id + ".private")).source(source)
                        .label(t("民营企业", "a private enterprise")).declaration("private-enterprise")
                        .assessment(Qualitative.Assessment.DECLARATION)
                        .build())
                .build())
            .build())
        .addCaveats(t("\"以…为重点\"：收入界限划定的是重点范围，并非严格的入选门槛",
                "the revenue bound marks the focus of the group, not a strict entry rule"),
            t("以工业企业为主体，农业、建筑业、服务业企业同样在内", "mainly industrial firms, with agricultural, "
                + "construction and service firms included"))
        .source(source)
        .build();
  }

  // ------------------------------------------------------------------ incentives

  private static List<Incentive> incentives() {
    SourceRef source = at("四、(三)");
    LocalizedText noAmount = t("只规定优先，未定金额或比例；责任单位未写明，按发文的省工信厅记",
        "priority only; no amount or share is stated; no responsible unit is named, recorded as the issuing "
            + "department");
    return List.of(
        priority("funds", "省级专项资金优先支持培育企业项目",
            "priority for provincial special funds (key industries; SME and private economy guidance)", source,
            noAmount),
        priority("fairs", "优先参加中博会、投资贸易和展览展销", "priority at the China SME Expo, investment, trade "
            + "and sales fairs", source, noAmount),
        priority("platform-services", "优先列为中小企业公共服务平台网络服务对象",
            "priority as clients of the SME public-service platform network", source,
            t("所列服务六类：信息、担保、电商、创业、人才、法律咨询；未定金额；责任单位未写明，按发文的省工信厅记",
                "services: information, financing guarantees, e-commerce, start-up guidance, training, legal advice; "
                    + "no amount is stated; no responsible unit is named, recorded as the issuing department")));
  }

  private static Incentive priority(String key, String zh, String en, SourceRef source, LocalizedText note) {
    return incentive("jilin.baiqianwan.priority." + key, IncentiveKind.PRIORITY_SERVICE, source,
            JilinSource.PROVINCE, zh, en)
        .trigger(trigger(TriggerKind.POOL_MEMBERSHIP, "列入\"百千万\"培育企业", "the firm is in the \"百千万\" "
            + "cultivation pools"))
        .stacking(stacking(StackingRule.NOT_STATED, source))
        .addResponsibleUnits(DEPARTMENT)
        .note(note)
        .build();
  }

  // ------------------------------------------------------------------ measures

  private static List<Measure> measures() {
    return List.of(
        measure("jilin.baiqianwan.safeguard.local-responsibility", Measure.Kind.SAFEGUARD, at("四、(一)"),
                "市县目标责任机制", "local target responsibility")
            .addActions(t("把任务拆细到人、责任落实到位、按类别推进", "break the tasks down, assign staff and "
                    + "responsibility, advance by category"),
                t("省、市、县三级联动推进", "link province, prefecture and county work"))
            .addResponsibleUnits(LOCAL_BUREAUS)
            .build(),
        measure("jilin.baiqianwan.reporting.quarterly", Measure.Kind.REPORTING, at("四、(二)"),
                "季度上报培育工作情况", "quarterly report on the cultivation work")
            .summary(t("跟踪培育企业运行并定期调度；每个季度结束后，于次月20日前报送本地进展，培育库随时更新",
                "monitor the firms, review regularly, report each quarter by the 20th of the following month, and "
                    + "keep the pools up to date"))
            .addResponsibleUnits(LOCAL_BUREAUS)
            .note(t("上报主体与对象均未写明：主体按上下文为各地工信部门，对象按上下文为省促进中小企业发展服务中心；"
                    + "\"20日前\"是否含当日未说明，按含当日读",
                "neither who reports nor to whom is stated: from the context, the local industry and IT bureaus "
                    + "report to the provincial SME service centre; whether \"before the 20th\" includes the 20th is "
                    + "not stated, read as including it"))
            .build(),
        measure("jilin.baiqianwan.safeguard.policy-support", Measure.Kind.SAFEGUARD, at("四、(三)"),
                "差异化扶持与政策倾斜", "differentiated support and policy tilt")
            .addActions(t("研究针对大企业培育、中小企业壮大和小微企业生成的差异化政策", "work out differentiated "
                    + "policies for growing large firms, strengthening SMEs and creating small firms"),
                t("政策、项目、资源向\"百千万\"培育企业倾斜（优先事项见 jilin.baiqianwan.priority.*）",
                    "tilt policies, projects and resources to the cultivated firms (priorities: "
                        + "jilin.baiqianwan.priority.*)"))
            .addResponsibleUnits(t("各地工信部门", "local industry and IT departments"))
            .build());
  }

  // ------------------------------------------------------------------ provisions

  private static List<Provision> provisions() {
    return List.of(
        provision("jilin.baiqianwan.principle.general", Provision.Kind.PRINCIPLE, at("一、"),
                "优化服务、分类扶持，培育优质骨干民营企业", "better services and support by category for backbone "
                    + "private firms")
            .description(t("以供给侧改革为主轴，做大经济总量，带动民营企业转型升级",
                "with supply-side structural reform as the main line, grow the economy and upgrade private firms"))
            .build(),
        provision("jilin.baiqianwan.principle.three-in-one", Provision.Kind.PRINCIPLE, at("二、"),
                "升级、成长、培育三线并举，形成企业梯队", "upgrading, growth and cultivation together, forming an "
                    + "echelon of firms")
            .addItems(t("百强民营企业培育发展：打造大企业和企业集团", "hundred strong: large firms and groups"),
                t("千户专精特新中小企业培育：推动技术、管理和经营模式创新",
                    "thousand SRDI SMEs: innovation in technology, management and business model"),
                t("万户成长型小微企业培育：促进加快发展", "ten thousand growth small firms: faster growth"))
            .build(),
        provision("jilin.baiqianwan.cohort.hundred", Provision.Kind.COHORT, at("三、(一)"), "百强民营企业",
                "the hundred strong private enterprises")
            .quantity(Quantity.count(100, Unit.ENTERPRISES))
            .description(t("定义见层级 jilin.hundred-strong-private 及其条件", "defined by tier "
                + "jilin.hundred-strong-private and its criteria"))
            .build(),
        provision("jilin.baiqianwan.service.hundred", Provision.Kind.SERVICE, at("三、(一)"), "百强企业的扶持方式",
                "support for the hundred strong")
            .addItems(t("一企一策", "a plan for each firm"), t("引导加快创新", "a push to innovate faster"),
                t("支持参与标准制定", "support for taking part in standard setting"),
                t("培育吉林省名牌", "cultivating Jilin famous brands"))
            .build(),
        provision("jilin.baiqianwan.cohort.thousand", Provision.Kind.COHORT, at("三、(二)"), "千户专精特新中小企业",
                "the thousand SRDI SMEs")
            .quantity(Quantity.count(1000, Unit.ENTERPRISES))
            .description(t("主导产业的配套企业、优势产业的细分骨干企业，以及新动能企业中的创新型示范企业",
                "supply specialists of the leading industries, niche backbone firms of the advantage industries and "
                    + "innovative demonstration firms among the new-momentum firms"))
            .build(),
        provision("jilin.baiqianwan.focus.leading-industries", Provision.Kind.FOCUS_INDUSTRIES, at("三、(二)"),
                "主导产业：培育专业化的配套强企", "leading industries: strong, specialised suppliers")
            .addItems(t("汽车", "automobiles"), t("石化", "petrochemicals"), t("农产品加工", "agricultural product "
                + "processing"))
            .build(),
        provision("jilin.baiqianwan.focus.advantage-industries", Provision.Kind.FOCUS_INDUSTRIES, at("三、(二)"),
                "优势产业：培育细分行业骨干企业", "advantage industries: niche backbone firms")
            .addItems(t("医药健康", "medicine and health"), t("食品", "food"), t("装备", "equipment"),
                t("新材料", "new materials"), t("电子信息", "electronics and information"))
            .build(),
        provision("jilin.baiqianwan.procedure.srdi-recognition", Provision.Kind.PROCEDURE, at("三、(二)"),
                "组织专精特新认定，制定培育规范与标准", "run SRDI recognition with cultivation rules and standards")
            .addResponsibleUnits(DEPARTMENT)
            .note(t("由谁组织未写明，按发文的省工信厅记；认定标准本身不在文中", "who runs it is not stated, recorded as the "
                + "issuing department; the standard itself is not in the text"))
            .build(),
        provision("jilin.baiqianwan.cohort.ten-thousand", Provision.Kind.COHORT, at("三、(三)"),
                "万户成长型中小微企业", "the ten thousand growth small and micro firms")
            .quantity(Quantity.count(10000, Unit.ENTERPRISES))
            .description(t("从全省的创业孵化基地、特色工业园区等平台中，挑出增长快、前景好的起步阶段中小微企业",
                "start-up small and micro firms that grow fast and look promising, chosen through incubation bases, "
                    + "characteristic industrial parks and similar platforms"))
            .note(t("选择标准为定性的，无数量门槛", "the selection is qualitative, without numeric thresholds"))
            .build(),
        provision("jilin.baiqianwan.service.growth-firms", Provision.Kind.SERVICE, at("三、(三)"),
                "为成长型企业提供的公共服务", "public services for the growth firms")
            .addItems(t("融资担保", "financing guarantees"), t("人才培养", "training"), t("技术支持", "technical "
                    + "support"), t("信息咨询", "information"), t("创业辅导", "start-up coaching"),
                t("市场开拓", "market development"), t("管理咨询", "management consulting"),
                t("法律维权", "legal protection"))
            .description(t("由综合性及社会化服务机构提供", "provided by general and private service organisations"))
            .build(),
        provision("jilin.baiqianwan.governance.coordination", Provision.Kind.GOVERNANCE, at("四、(一)"),
                "综合协调与日常组织", "coordination and day-to-day organisation")
            .description(t("领导小组办公室综合协调，委托服务中心负责日常组织", "the leading group's office coordinates "
                + "and entrusts the service centre with day-to-day organisation"))
            .addResponsibleUnits(LEADING_OFFICE, SME_CENTRE)
            .build(),
        provision("jilin.baiqianwan.procedure.levels", Provision.Kind.PROCEDURE, at("四、(二)"),
                "省市分级负责，分建信息库", "province and prefectures each keep their own information pool")
            .addItems(t("省级：\"三个100\"形成省级信息库", "province: the \"three 100s\" form the provincial pool"),
                t("市(州)：建立本地区培育信息库", "prefectures: a local pool each"),
                t("在全省中小企业公共服务平台网络上汇成全省信息库", "a province-wide pool on the SME public-service platform "
                    + "network"))
            .build(),
        hundredOf("large-private", "省级重点：100户民营大企业", "provincial focus: 100 large private firms"),
        hundredOf("srdi", "省级重点：100户专精特新中小企业", "provincial focus: 100 SRDI SMEs"),
        hundredOf("growth", "省级重点：100户成长型小微企业", "provincial focus: 100 growth small and micro firms"),
        provision("jilin.baiqianwan.governance.supervision", Provision.Kind.GOVERNANCE, at("四、(四)"),
                "督查与考核", "supervision and assessment")
            .addItems(t("省级适时督查并通报，政策向开展好的地区倾斜", "the province inspects, publishes the results "
                    + "and favours regions that do well"),
                t("各市(州)指导和考核县(市、区)", "prefectures guide and assess their counties"))
            .addResponsibleUnits(DEPARTMENT, t("各市(州)工信局", "industry and IT bureaus of the prefectures"))
            .note(t("文中称\"省级层面\"和\"厅内\"，读作吉林省工业和信息化厅", "the text says \"the provincial level\" "
                + "and \"within the department\"; read as the Jilin Department of Industry and IT"))
            .build(),
        provision("jilin.baiqianwan.deadline.recommendations", Provision.Kind.DEADLINE, at("五、"),
                "报送\"百千万\"企业推荐名单", "submit the recommendation lists")
            .date(LocalDate.of(2018, 9, 28))
            .description(t("于该日前报送省促进中小企业发展服务中心", "to the provincial SME service centre before "
                + "this date"))
            .addResponsibleUnits(LOCAL_BUREAUS)
            .note(t("\"前\"是否含当日未说明，按含当日读", "whether 前 includes the day itself is not stated; read "
                + "as including it"))
            .build());
  }

  private static Provision hundredOf(String key, String zh, String en) {
    return provision("jilin.baiqianwan.cohort.province-100." + key, Provision.Kind.COHORT, at("四、(二)"), zh, en)
        .quantity(Quantity.count(100, Unit.ENTERPRISES))
        .description(t("省级\"三个100\"之一", "one of the province's \"three 100s\""))
        .build();
  }
}
