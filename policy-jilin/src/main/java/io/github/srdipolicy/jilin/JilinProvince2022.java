package io.github.srdipolicy.jilin;

import static io.github.srdipolicy.jilin.Encoding.byEndOf;
import static io.github.srdipolicy.jilin.Encoding.encoded;
import static io.github.srdipolicy.jilin.Encoding.measure;
import static io.github.srdipolicy.jilin.Encoding.missing;
import static io.github.srdipolicy.jilin.Encoding.noFact;
import static io.github.srdipolicy.jilin.Encoding.provision;
import static io.github.srdipolicy.jilin.Encoding.t;
import static io.github.srdipolicy.jilin.Encoding.value;

import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.Commitment;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.ImmutableProvision;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
import io.github.srdipolicy.model.TargetComparator;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierLadder;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.national.NationalTiers;
import java.time.LocalDate;
import java.util.List;

/**
 * 吉政发〔2022〕1号, the Jilin provincial government's opinions on the SRDI gradient cultivation
 * project: directions, targets to the end of 2025 and the four-level cultivation pools.
 *
 * <p>The source text stops inside 二、(一)4, so the document is {@link Completeness#PARTIAL}; the
 * five later projects that 二、 announces are outline clauses that are not available. Unnumbered
 * items (the dashes of 一、(三)) are numbered 第1项, 第2项 … in order of appearance.
 */
final class JilinProvince2022 {
  static final String DOC = "吉政发〔2022〕1号";

  private JilinProvince2022() {}

  private static SourceRef at(String clause) {
    return SourceRef.of(DOC, clause);
  }

  // Provincial departments named as responsible units in 二、(一).
  private static final LocalizedText GXT = t("省工业和信息化厅", "Provincial Department of Industry and IT");
  private static final LocalizedText NYT = t("省农业农村厅", "Provincial Department of Agriculture and Rural Affairs");
  private static final LocalizedText ZJT = t("省住房城乡建设厅", "Provincial Department of Housing and Urban-Rural Development");
  private static final LocalizedText SWT = t("省商务厅", "Provincial Department of Commerce");
  private static final LocalizedText WLT = t("省文化和旅游厅", "Provincial Department of Culture and Tourism");
  private static final LocalizedText NYJ = t("省能源局", "Provincial Energy Bureau");
  private static final LocalizedText CITIES = t("各市(州)政府", "governments of the prefectures");
  private static final LocalizedText COUNTIES = t("各县(市)政府", "governments of the counties and county-level cities");

  static PolicyDocument document() {
    return PolicyDocument.builder()
        .id(DocumentId.of(DOC))
        .issuer(t("吉林省人民政府", "Jilin Provincial People's Government"))
        .title(t("关于实施\"专精特新\"中小企业高质量发展梯度培育工程的意见",
            "Opinions on implementing the SRDI SME high-quality development gradient cultivation project"))
        .validity(DateRange.of(LocalDate.of(2022, 1, 1), LocalDate.of(2026, 1, 1)))
        .validityNote(t("文本未载发文日期与有效期：按文号取2022年1月1日起；目标均截至2025年底，故以2026年1月1日为止",
            "the text gives neither the date of issue nor a term: validity is taken from 1 January 2022 (the year "
                + "in the document number) to the end of 2025, the horizon of all its targets"))
        .jurisdiction(JilinSource.PROVINCE)
        .completeness(Completeness.PARTIAL)
        .completenessNote(t("原文在二、(一)4中截断：第4项后半（单项冠军部分、责任单位）、其余五项工程及之后各部分均缺失",
            "the source text breaks off inside 二、(一)4: the rest of item 4 (the single-champion part, responsible "
                + "units), the other five projects and anything after them are missing"))
        .outline(outline())
        .addTiers(seedTier(), prefectureTier(), provincialTier())
        .addLadders(ladder())
        .targets(targets())
        .addMeasures(measure("jilin.gradient.task.graded-cultivation", Measure.Kind.TASK, at("二、(一)"),
                "实施分级培育工程", "project 1: graded cultivation")
            .summary(t("按企业规模、特点与成长性设不同标准，全省统筹、逐级培育、动态调整，形成四级培育库",
                "separate standards by size, traits and growth; planned centrally, cultivated by level, advanced "
                    + "together and managed dynamically, in four levels of cultivation pools"))
            .addActions(t("培育优质种子企业", "cultivate seed enterprises (item 1)"),
                t("培育市(州)级专精特新中小企业", "cultivate prefecture SRDI SMEs (item 2)"),
                t("培育省级专精特新中小企业", "cultivate provincial SRDI SMEs (item 3)"),
                t("培育国家级小巨人和单项冠军企业", "cultivate national little giants and single champions (item 4)"))
            .note(t("工程整体未列责任单位，见各项", "no responsible units for the project as a whole; see its items"))
            .build())
        .provisions(provisions())
        .build();
  }

  static List<Clause> outline() {
    return List.of(
        noFact("导语", "主送机关与发文目的", "addressees and purpose",
            "仅为主送与目的表述", "addressees and a statement of purpose only"),
        noFact("一、", "总体要求", "general requirements", "章标题", "section heading"),
        encoded("一、(一)", "指导思想", "guiding thought"),
        noFact("一、(二)", "发展方向", "development directions", "标题；四个方向分别编码于其下",
            "heading; the four directions are encoded under its parts"),
        encoded("一、(二)专", "突出\"专\"", "specialised"),
        encoded("一、(二)精", "突出\"精\"", "refined"),
        encoded("一、(二)特", "突出\"特\"", "distinctive"),
        encoded("一、(二)新", "突出\"新\"", "innovative"),
        noFact("一、(三)", "发展目标（导语）", "development goals (lead-in)", "仅为总括表述",
            "a general statement introducing the targets"),
        encoded("一、(三)第1项", "体量规模目标", "targets of scale"),
        encoded("一、(三)第2项", "主体质量目标（挂牌上市）", "targets of quality (listings)"),
        encoded("一、(三)第3项", "创新能力目标", "targets of innovation capacity"),
        encoded("一、(三)第4项", "公共服务目标", "targets of public services"),
        encoded("二、", "主要任务：六大工程", "main tasks: six projects"),
        encoded("二、(一)", "分级培育工程", "project 1: graded cultivation"),
        encoded("二、(一)1", "培育优质种子企业", "seed enterprises"),
        encoded("二、(一)2", "培育市(州)级专精特新中小企业", "prefecture SRDI SMEs"),
        encoded("二、(一)3", "培育省级专精特新中小企业", "provincial SRDI SMEs"),
        encoded("二、(一)4", "培育国家级小巨人和单项冠军企业（截断前部分）",
            "national little giants and single champions (part before the cut)"),
        missing("二、(一)4 其余", "第4项余下部分及其后各项", "rest of item 4 and any later items",
            "原文在此截断", "the source text breaks off here"),
        missing("二、(二)", "第二项工程", "project 2", "原文截断，标题与内容均缺失",
            "truncated: title and content missing"),
        missing("二、(三)", "第三项工程", "project 3", "原文截断，标题与内容均缺失",
            "truncated: title and content missing"),
        missing("二、(四)", "第四项工程", "project 4", "原文截断，标题与内容均缺失",
            "truncated: title and content missing"),
        missing("二、(五)", "第五项工程", "project 5", "原文截断，标题与内容均缺失",
            "truncated: title and content missing"),
        missing("二、(六)", "第六项工程", "project 6", "原文截断，标题与内容均缺失",
            "truncated: title and content missing"),
        missing("其余部分", "二、之后的各部分（如有）", "any sections after 二、",
            "原文截断，是否存在及内容不详", "truncated: whether such sections exist is unknown"));
  }

  // ------------------------------------------------------------------ tiers and ladder

  private static Tier seedTier() {
    return Tier.builder().id(JilinTiers.SEED_ENTERPRISE)
        .name(t("优质\"种子企业\"", "seed enterprise"))
        .jurisdiction(JilinSource.PROVINCE).level(JurisdictionLevel.COUNTY)
        .description(t("省里统一定标准；市(州)与县(市)两级结合当地产业布局挖掘企业，各建本地种子企业库",
            "the province sets the standard; prefectures and their counties identify firms along their local "
                + "industry plans and keep local seed-enterprise pools"))
        .source(at("二、(一)1"))
        .note(t("由市(州)和县(市)两级挖掘，层级记为最低一级（县）；各地的库（如蛟河）是本层的具体实例",
            "identified by prefectures and counties alike, so the level is recorded as the lowest (county); local "
                + "pools such as Jiaohe's are instances of this tier"))
        .build();
  }

  private static Tier prefectureTier() {
    return Tier.builder().id(JilinTiers.PREFECTURE_SRDI_SME)
        .name(t("市(州)级\"专精特新\"中小企业", "prefecture SRDI SME"))
        .jurisdiction(JilinSource.PROVINCE).level(JurisdictionLevel.PREFECTURE)
        .description(t("各市(州)自定标准，每年批量认定，主要从种子企业中选，并建本级库",
            "each prefecture sets its own standard and recognises a batch every year, mainly from seed "
                + "enterprises, keeping a prefecture pool"))
        .source(at("二、(一)2"))
        .note(t("全省通用的类别；具体某市(州)的本级（如吉林市级）另有层级", "a province-wide category; a given "
            + "prefecture's own tier (e.g. Jilin City's) is defined separately"))
        .build();
  }

  private static Tier provincialTier() {
    return Tier.builder().id(JilinTiers.PROVINCIAL_SRDI_SME)
        .name(t("省级\"专精特新\"中小企业", "Jilin provincial SRDI SME"))
        .jurisdiction(JilinSource.PROVINCE).level(JurisdictionLevel.PROVINCE)
        .description(t("依省级认定标准每年批量认定，主要从市(州)级专精特新企业中选，入省级库",
            "recognised every year under the provincial standard, mainly from prefecture SRDI SMEs, into a "
                + "provincial pool"))
        .source(at("二、(一)3"))
        .build();
  }

  private static TierLadder ladder() {
    return TierLadder.builder().id(FactId.of("jilin.gradient.ladder"))
        .jurisdiction(JilinSource.PROVINCE)
        .label(t("四级培育库（种子—市(州)级—省级—国家级小巨人），其上为单项冠军",
            "the four pool levels (seed, prefecture, provincial, national little giant), with the single champion "
                + "above them as named in the heading of 二、(一)4 and in 一、(一)"))
        .addRungs(JilinTiers.SEED_ENTERPRISE, JilinTiers.PREFECTURE_SRDI_SME, JilinTiers.PROVINCIAL_SRDI_SME,
            NationalTiers.LITTLE_GIANT, NationalTiers.SINGLE_CHAMPION)
        .source(at("二、(一)"))
        .build();
  }

  // ------------------------------------------------------------------ targets

  private static List<Target> targets() {
    String scale = "一、(三)第1项";
    String quality = "一、(三)第2项";
    String innovation = "一、(三)第3项";
    String service = "一、(三)第4项";
    LocalizedText stockNote = t("文本未说明是否含已有企业", "the text does not say whether firms already "
        + "recognised count");
    LocalizedText ratioNote = t("未说明按企业逐户还是按省级企业总体计算；按总体读", "not stated whether per firm "
        + "or over all provincial SRDI SMEs together; read as the aggregate");
    return List.of(
        value(byEndOf(2025, "jilin.gradient.target.single-champions", at(scale), JilinSource.PROVINCE,
                "firms.single-champion", "国家制造业单项冠军企业数", "national manufacturing single champions")
                .tier(NationalTiers.SINGLE_CHAMPION).note(stockNote),
            TargetComparator.EXACTLY, Quantity.count(10, Unit.ENTERPRISES), TargetBasis.NOT_STATED,
            Commitment.ASPIRATIONAL),
        value(byEndOf(2025, "jilin.gradient.target.little-giants", at(scale), JilinSource.PROVINCE,
                "firms.little-giant", "国家级专精特新小巨人企业数", "national little giants")
                .tier(NationalTiers.LITTLE_GIANT).note(stockNote),
            TargetComparator.EXACTLY, Quantity.count(100, Unit.ENTERPRISES), TargetBasis.NOT_STATED,
            Commitment.ASPIRATIONAL),
        value(byEndOf(2025, "jilin.gradient.target.provincial-srdi", at(scale), JilinSource.PROVINCE,
                "firms.provincial-srdi-sme", "省级专精特新中小企业数", "provincial SRDI SMEs")
                .tier(JilinTiers.PROVINCIAL_SRDI_SME).note(stockNote),
            TargetComparator.EXACTLY, Quantity.count(1500, Unit.ENTERPRISES), TargetBasis.NOT_STATED,
            Commitment.FIRM),
        value(byEndOf(2025, "jilin.gradient.target.prefecture-srdi", at(scale), JilinSource.PROVINCE,
                "firms.city-srdi-sme", "市(州)级专精特新中小企业数", "prefecture SRDI SMEs")
                .tier(JilinTiers.PREFECTURE_SRDI_SME).note(stockNote),
            TargetComparator.EXACTLY, Quantity.count(3000, Unit.ENTERPRISES), TargetBasis.NOT_STATED,
            Commitment.FIRM),
        value(byEndOf(2025, "jilin.gradient.target.seed-enterprises", at(scale), JilinSource.PROVINCE,
                "firms.county-cultivation-pool", "优质种子企业数", "seed enterprises")
                .tier(JilinTiers.SEED_ENTERPRISE)
                .note(t("文本未说明是否含已有企业；种子企业在市(州)和县(市)的本地库中，与其他地区的县级培育库共用同一指标键",
                    "the text does not say whether firms already in a pool count; seed enterprises sit in the "
                        + "prefectures' and counties' local pools, so the metric key is the one shared with county "
                        + "cultivation pools elsewhere")),
            TargetComparator.EXACTLY, Quantity.count(10000, Unit.ENTERPRISES), TargetBasis.NOT_STATED,
            Commitment.FIRM),
        value(byEndOf(2025, "jilin.gradient.target.neeq-listings", at(quality), JilinSource.PROVINCE,
                "listings.neeq", "新三板挂牌的专精特新企业户数", "SRDI SMEs quoted on the NEEQ"),
            TargetComparator.AT_LEAST, Quantity.count(20, Unit.ENTERPRISES), TargetBasis.CUMULATIVE,
            Commitment.ASPIRATIONAL),
        value(byEndOf(2025, "jilin.gradient.target.exchange-listings", at(quality), JilinSource.PROVINCE,
                "listings.stock-exchange", "沪、深、北交易所上市的专精特新企业户数",
                "SRDI SMEs listed on the Shanghai, Shenzhen or Beijing stock exchange"),
            TargetComparator.AT_LEAST, Quantity.count(15, Unit.ENTERPRISES), TargetBasis.CUMULATIVE,
            Commitment.ASPIRATIONAL),
        value(byEndOf(2025, "jilin.gradient.target.rnd-intensity", at(innovation), JilinSource.PROVINCE,
                "ratio.rnd-intensity", "省级专精特新企业研发投入强度（对销售收入）",
                "R&D spending of provincial SRDI SMEs as a share of sales")
                .tier(JilinTiers.PROVINCIAL_SRDI_SME).note(ratioNote),
            TargetComparator.AT_LEAST, Quantity.percent("2"), TargetBasis.CUMULATIVE, Commitment.FIRM),
        value(byEndOf(2025, "jilin.gradient.target.tech-staff-share", at(innovation), JilinSource.PROVINCE,
                "ratio.tech-staff-share", "省级专精特新企业科技人员占全体职工的比重",
                "technical staff of provincial SRDI SMEs as a share of all employees")
                .tier(JilinTiers.PROVINCIAL_SRDI_SME).note(ratioNote),
            TargetComparator.AT_LEAST, Quantity.percent("10"), TargetBasis.CUMULATIVE, Commitment.FIRM),
        value(byEndOf(2025, "jilin.gradient.target.national-service-platforms", at(service), JilinSource.PROVINCE,
                "facilities.national-sme-public-service-demo-platform", "国家级中小企业公共服务示范平台数",
                "national SME public-service demonstration platforms"),
            TargetComparator.AT_LEAST, Quantity.count(30, Unit.FACILITIES), TargetBasis.CUMULATIVE,
            Commitment.ASPIRATIONAL),
        value(byEndOf(2025, "jilin.gradient.target.national-incubation-bases", at(service), JilinSource.PROVINCE,
                "facilities.national-incubation-demo-base", "国家级双创孵化示范基地数",
                "national entrepreneurship and innovation incubation demonstration bases"),
            TargetComparator.AT_LEAST, Quantity.count(30, Unit.FACILITIES), TargetBasis.CUMULATIVE,
            Commitment.ASPIRATIONAL),
        value(byEndOf(2025, "jilin.gradient.target.provincial-incubation-platforms", at(service),
                JilinSource.PROVINCE, "facilities.provincial-incubation-platform", "省级双创孵化平台数",
                "provincial entrepreneurship and innovation incubation platforms"),
            TargetComparator.AT_LEAST, Quantity.count(500, Unit.FACILITIES), TargetBasis.CUMULATIVE,
            Commitment.ASPIRATIONAL),
        value(byEndOf(2025, "jilin.gradient.target.research-facility-openness", at(service), JilinSource.PROVINCE,
                "ratio.research-facility-openness", "公办高校和科研院所的科研设施仪器对专精特新企业的开放比例",
                "share of research facilities and instruments of public colleges and institutes open to SRDI SMEs"),
            TargetComparator.AT_LEAST, Quantity.percent("100"), TargetBasis.CUMULATIVE, Commitment.FIRM),
        value(byEndOf(2025, "jilin.gradient.target.medical-device-testing", at(service), JilinSource.PROVINCE,
                "ratio.medical-device-testing-in-province", "省内医疗器械产品检测率",
                "share of medical-device products tested within the province")
                .note(t("检测率的分母未说明", "the base of the rate is not stated")),
            TargetComparator.AT_LEAST, Quantity.percent("90"), TargetBasis.CUMULATIVE, Commitment.ASPIRATIONAL),
        value(byEndOf(2025, "jilin.gradient.target.training", at(service), JilinSource.PROVINCE,
                "person-times.trained", "专精特新企业人才培训累计人次",
                "cumulative training of SRDI SME staff of all kinds")
                .note(t("累计的起算时间未说明；按人次计，同一人可重复计入，故与按人数计的指标（persons.trained）分开",
                    "the start of the running total is not stated; counted in person-times, so one person may count "
                        + "more than once, hence a key apart from head counts (persons.trained)")),
            TargetComparator.AT_LEAST, Quantity.count(50000, Unit.PERSON_TIMES), TargetBasis.CUMULATIVE,
            Commitment.FIRM));
  }

  // ------------------------------------------------------------------ provisions

  private static List<Provision> provisions() {
    return List.of(
        provision("jilin.gradient.principle.guiding", Provision.Kind.PRINCIPLE, at("一、(一)"),
                "指导思想：围绕产业链的延伸、拓展、增强与补齐", "guiding thought: the industrial chain as main thrust")
            .description(t("着眼产业链的延伸、拓展、增强和补缺，培育带有吉林产业特色的专精特新企业，并推动其向国家级小巨人和"
                    + "制造业单项冠军迈进",
                "extend, widen, strengthen and fill industrial chains; grow SRDI SMEs with Jilin's industrial "
                    + "character and push them towards national little giant and manufacturing single champion"))
            .build(),
        direction("zhuan", "一、(二)专", "突出\"专\"", "specialised",
            t("聚焦主营业务，增强专业化的生产、服务和配套能力，为大企业、重大项目及产业链供应零部件与配套服务",
                "focus on the core business and build specialised production, service and supply capacity for "
                    + "large firms, projects and chains")),
        focus("zhuan", "一、(二)专", "\"专\"的重点产业：培育配套专家，提升本地配套比例",
            "focus industries of \"specialised\": supply specialists, higher local supply rate",
            t("汽车", "automobiles"), t("石化", "petrochemicals"), t("轨道客车", "rail passenger vehicles")),
        direction("jing", "一、(二)精", "突出\"精\"", "refined",
            t("生产、管理和服务做精做细，凭口碑、性价比与品质赢得细分市场",
                "refined production, management and service, winning niche markets on reputation, value and "
                    + "quality")),
        focus("jing", "一、(二)精", "\"精\"的重点产业：培育细分领域的骨干企业，扩大市场份额",
            "focus industries of \"refined\": niche backbone firms, higher market share",
            t("医药健康", "medicine and health"), t("食品", "food"), t("装备", "equipment"),
            t("电子信息", "electronics and information"), t("新材料", "new materials"),
            t("现代种业", "modern seed industry")),
        direction("te", "一、(二)特", "突出\"特\"", "distinctive",
            t("依托本地资源、传统技艺与地域文化，用独到的工艺、技术、配方或原料，打造有地方或企业特色的产品",
                "use local resources, traditional crafts and regional culture, with unique processes, "
                    + "techniques, recipes or materials, for products with a local or firm-specific character")),
        focus("te", "一、(二)特", "\"特\"的重点产业：培育精深加工企业，提高附加值",
            "focus industries of \"distinctive\": deep-processing firms, higher added value",
            t("农产品加工", "agricultural product processing"),
            t("地方特色资源加工", "processing of local characteristic resources")),
        direction("xin", "一、(二)新", "突出\"新\"", "innovative",
            t("在技术、管理与商业模式上创新，形成新的增长点和竞争优势",
                "innovate in technology, management and business model, creating new growth and advantages")),
        focusBuilder("xin", "一、(二)新", "\"新\"的重点领域：推动一批创新型企业",
            "focus areas of \"innovative\": a batch of innovative firms",
            t("关键核心技术研发", "R&D of key core technologies"),
            t("建立现代企业制度", "modern corporate governance"),
            t("借助信息技术创新商业模式", "business-model innovation through IT"))
            .note(t("此处列的是活动领域而非产业", "these are areas of activity rather than industries")).build(),
        provision("jilin.gradient.cohort.ten-hundred-thousand", Provision.Kind.COHORT, at("一、(三)第1项"),
                "\"十百千万\"优质企业群体", "the \"ten, hundred, thousand, ten thousand\" group of quality firms")
            .description(t("以各层级企业数目标组成的梯队", "the echelon formed by the tier-count targets"))
            .note(t("我们读作：十=单项冠军10户，百=小巨人100户，千=省级1500户与市(州)级3000户，万=种子企业10000户",
                "our reading: ten = 10 single champions, hundred = 100 little giants, thousand = 1500 provincial "
                    + "and 3000 prefecture SRDI SMEs, ten thousand = 10000 seed enterprises"))
            .build(),
        provision("jilin.gradient.projects", Provision.Kind.OTHER, at("二、"), "主要任务为六大工程",
                "the main tasks are six projects")
            .quantity(Quantity.count(6, Unit.ITEMS))
            .note(t("原文截断，只有第一项工程（部分）可读", "the text is truncated: only (part of) the first "
                + "project is readable"))
            .build(),
        provision("jilin.gradient.procedure.seed", Provision.Kind.PROCEDURE, at("二、(一)1"),
                "种子企业：省定标准，市县挖掘建库", "seed enterprises: provincial standard, local pools")
            .description(t("标准由省里定；市(州)和县(市)按当地产业布局，主要从省内产业链上的重点企业、高成长企业和"
                    + "特色孵化基地培育出的科技型企业中挖掘，各建本地库",
                "the province sets the standard; prefectures and counties, along their industry plans, look mainly "
                    + "at key SMEs of the provincial chains, high-growth SMEs and technology SMEs hatched in "
                    + "distinctive incubation bases, and keep local seed pools"))
            .addItems(t("省内产业链上的重点中小企业", "key SMEs of the provincial industrial chains"),
                t("高成长性中小企业", "high-growth SMEs"),
                t("特色鲜明的创业孵化基地培育出的科技型中小企业",
                    "technology SMEs hatched in incubation bases with a distinctive industry"))
            .addResponsibleUnits(GXT, NYT, ZJT, SWT, WLT, NYJ, CITIES, COUNTIES)
            .note(t("入库频次未说明（市、省两级为每年认定）", "how often firms enter is not stated (the prefecture "
                + "and provincial levels recognise yearly)"))
            .build(),
        provision("jilin.gradient.procedure.prefecture", Provision.Kind.PROCEDURE, at("二、(一)2"),
                "市(州)级：各市(州)定标准，每年认定", "prefecture level: own standard, yearly recognition")
            .description(t("各市(州)自设本级标准，每年分批认定，人选多出自种子企业，并建市(州)级库",
                "each prefecture sets its standard and every year recognises a batch, mainly seed enterprises, "
                    + "into its pool"))
            .addResponsibleUnits(CITIES)
            .build(),
        provision("jilin.gradient.procedure.provincial", Provision.Kind.PROCEDURE, at("二、(一)3"),
                "省级：省定标准，每年认定", "provincial level: provincial standard, yearly recognition")
            .description(t("省级标准下每年分批认定，人选多出自市(州)级专精特新企业，并建省级库",
                "under the provincial standard, every year a batch is recognised, mainly from prefecture SRDI "
                    + "SMEs, into the provincial pool"))
            .addResponsibleUnits(GXT, NYT, ZJT, SWT, WLT, NYJ)
            .build(),
        provision("jilin.gradient.procedure.national", Provision.Kind.PROCEDURE, at("二、(一)4"),
                "国家级：从省级企业中择优推荐", "national level: the best provincial firms are put forward")
            .description(t("在省级专精特新企业中挑选优秀者，推荐申报国家级小巨人，并建立国家级小巨人企业库",
                "the best provincial SRDI SMEs are selected and recommended for the national little-giant "
                    + "evaluation; a pool of national little giants is kept"))
            .note(t("标题亦提及单项冠军，但相关内容和责任单位在截断处之后，未知",
                "the heading also names the single champion, but its part and the responsible units come after "
                    + "the cut and are unknown"))
            .build());
  }

  private static Provision direction(String key, String clause, String zh, String en, LocalizedText what) {
    return provision("jilin.gradient.direction." + key, Provision.Kind.DIRECTION, at(clause), zh, en)
        .description(what).build();
  }

  private static ImmutableProvision.Builder focusBuilder(String key, String clause,
      String zh, String en, LocalizedText... items) {
    return provision("jilin.gradient.focus." + key, Provision.Kind.FOCUS_INDUSTRIES, at(clause), zh, en)
        .addItems(items);
  }

  private static Provision focus(String key, String clause, String zh, String en, LocalizedText... items) {
    return focusBuilder(key, clause, zh, en, items).build();
  }
}
