package io.github.srdipolicy.jilin;

import static io.github.srdipolicy.jilin.Encoding.byEndOf;
import static io.github.srdipolicy.jilin.Encoding.encoded;
import static io.github.srdipolicy.jilin.Encoding.incentive;
import static io.github.srdipolicy.jilin.Encoding.measure;
import static io.github.srdipolicy.jilin.Encoding.noFact;
import static io.github.srdipolicy.jilin.Encoding.overYears;
import static io.github.srdipolicy.jilin.Encoding.provision;
import static io.github.srdipolicy.jilin.Encoding.stacking;
import static io.github.srdipolicy.jilin.Encoding.t;
import static io.github.srdipolicy.jilin.Encoding.trigger;
import static io.github.srdipolicy.jilin.Encoding.value;

import io.github.srdipolicy.model.Clause;
import io.github.srdipolicy.model.Commitment;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.ImmutableMeasure;
import io.github.srdipolicy.model.ImmutablePoolFirm;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.IncentiveKind;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.PoolFirm;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Stacking;
import io.github.srdipolicy.model.StackingRule;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.model.TargetBasis;
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
import java.util.Optional;

/**
 * 蛟政发〔2022〕4号, Jiaohe's implementation plan for 吉政发〔2022〕1号: targets, first-recognition and
 * technology-centre rewards, subsidies, four work tasks with their responsible units, safeguards,
 * the seed-enterprise pool of annex 1 and the task list of annex 2.
 *
 * <p>Clause paths: unnumbered items inside a task are numbered 第1项, 第2项 … in order of
 * appearance, split where annex 2 splits the same task into rows; annex 2 rows are numbered
 * within their task ({@code 附件2 (二)3} is the third row of task (二)), and each work task or item
 * cites its annex 2 row through {@link Measure#alsoListedIn()} instead of being encoded twice.
 * In annex 1 the column of officials' names is deliberately not encoded; blank cells are empty
 * values.
 */
final class Jiaohe2022 {
  static final String DOC = "蛟政发〔2022〕4号";

  private Jiaohe2022() {}

  private static SourceRef at(String clause) {
    return SourceRef.of(DOC, clause);
  }

  // Jiaohe's units named as 责任单位; all are bodies of 蛟河市 unless stated.
  private static final LocalizedText GXJ = t("工信局", "Bureau of Industry and Information Technology");
  private static final LocalizedText GXJ_JRB = t("工信局（金融办）", "Bureau of Industry and IT (financial affairs office)");
  private static final LocalizedText NYJ = t("农业农村局", "Bureau of Agriculture and Rural Affairs");
  private static final LocalizedText ZJJ = t("住建局", "Bureau of Housing and Urban-Rural Development");
  private static final LocalizedText SWJ = t("商务局", "Bureau of Commerce");
  private static final LocalizedText WGLJ = t("文广旅局", "Bureau of Culture, Radio, Television and Tourism");
  private static final LocalizedText FGJ = t("发改局", "Development and Reform Bureau");
  private static final LocalizedText CZJ = t("财政局", "Finance Bureau");
  private static final LocalizedText JYJ = t("教育局", "Education Bureau");
  private static final LocalizedText SJJ = t("市监局", "Market Regulation Bureau");
  private static final LocalizedText SFJ = t("司法局", "Justice Bureau");
  private static final LocalizedText RSJ = t("人社局", "Human Resources and Social Security Bureau");
  private static final LocalizedText ZZB = t("组织部", "Organisation Department");
  private static final LocalizedText XCB = t("宣传部", "Publicity Department");
  private static final LocalizedText PBOC = t("人民银行", "People's Bank of China (local branch)");
  private static final LocalizedText CBIRC = t("吉林银保监分局蛟河监管组",
      "Jiaohe supervision team of the Jilin banking and insurance regulatory branch");
  private static final LocalizedText LEADING_OFFICE = t("促进中小企业（民营经济）发展工作领导小组办公室",
      "office of the leading group for promoting SME (private economy) development");
  private static final LocalizedText LEADING_MEMBERS = t("领导小组相关成员单位",
      "member units of the leading group concerned");

  /** The group within which a firm gets one first-recognition reward only. */
  static final String FIRST_RECOGNITION_GROUP = "jiaohe.first-recognition";

  static PolicyDocument document() {
    List<Measure> measures = new ArrayList<>(tasks());
    measures.addAll(safeguards());
    return PolicyDocument.builder()
        .id(DocumentId.of(DOC))
        .issuer(t("蛟河市人民政府", "Jiaohe Municipal People's Government"))
        .title(t("关于印发蛟河市促进\"专精特新\"中小企业高质量发展工作实施方案的通知",
            "Notice issuing Jiaohe's implementation plan for promoting the high-quality development of SRDI SMEs"))
        .issued(LocalDate.of(2022, 4, 28))
        .validity(DateRange.of(LocalDate.of(2022, 4, 28), LocalDate.of(2026, 1, 1)))
        .validityNote(t("未载有效期：自印发日起，至其目标所在的\"十四五\"末（2025年底）止",
            "no term is stated: from the date of issue to the end of the 14th Five-Year Plan (end of 2025), the "
                + "horizon of its targets"))
        .planPeriod(DateRange.years(2021, 2025))
        .jurisdiction(JilinSource.COUNTY)
        .addImplementsDocuments(DocumentId.of(JilinProvince2022.DOC))
        .completeness(Completeness.COMPLETE)
        .outline(outline())
        .addTiers(seedTier(), jilinCityTier())
        .addLadders(ladder())
        .incentives(incentives())
        .targets(targets())
        .measures(measures)
        .provisions(provisions())
        .poolFirms(poolFirms())
        .build();
  }

  static List<Clause> outline() {
    List<Clause> outline = new ArrayList<>(List.of(
        noFact("通知", "印发通知", "transmittal notice",
            "审议通过与印发的表述，日期与机关已记入元数据", "approval and issue; date and issuer are metadata"),
        noFact("方案导语", "方案导语", "preamble of the plan",
            "目的与依据；所落实的吉政发〔2022〕1号已记入元数据",
            "purpose and basis; the implemented 吉政发〔2022〕1号 is recorded in the metadata"),
        noFact("一、", "总体要求", "general requirements", "章标题", "section heading"),
        encoded("一、(一)", "指导思想", "guiding thought"),
        noFact("一、(二)", "发展方向", "development directions", "标题；四个方向分别编码于其下",
            "heading; the four directions are encoded under its parts"),
        encoded("一、(二)专", "突出\"专\"", "specialised"),
        encoded("一、(二)精", "突出\"精\"", "refined"),
        encoded("一、(二)特", "突出\"特\"", "distinctive"),
        encoded("一、(二)新", "突出\"新\"", "innovative"),
        noFact("一、(三)", "发展目标", "development goals", "标题", "heading"),
        encoded("一、(三)1", "体量规模：十四五及2022年企业数目标", "scale: firm counts for the 14th FYP and 2022"),
        encoded("一、(三)2", "主体质量：上市挂牌目标", "quality: listing target"),
        encoded("一、(三)3", "创新能力：研发与科技人员比例", "innovation: R&D and technical-staff ratios"),
        encoded("一、(三)4", "公共服务：平台与培训", "public services: platforms and training"),
        noFact("二、", "工作任务", "work tasks", "章标题", "section heading"),
        encoded("二、(一)", "分级培育", "task 1: graded cultivation"),
        encoded("二、(一)第1项", "建立种子企业库并推动晋级", "seed pool and promotion"),
        encoded("二、(一)第2项", "首次认定奖励", "first-recognition rewards"),
        encoded("二、(二)", "创新提升", "task 2: innovation"),
        encoded("二、(二)第1项", "首台套等研发投入与企业技术中心奖励", "first-of-kind R&D and technology-centre rewards"),
        encoded("二、(二)第2项", "科技创新供需对接与技术合同补助", "supply-demand matching and technology-contract subsidy"),
        encoded("二、(二)第3项", "公共服务平台与智能化设备", "public platforms and smart equipment"),
        encoded("二、(二)第4项", "品牌推广", "brand promotion"),
        encoded("二、(二)第5项", "精益管理", "lean management"),
        encoded("二、(三)", "金融服务", "task 3: finance"),
        encoded("二、(四)", "人才培养", "task 4: talent"),
        encoded("二、(四)第1项", "技能人才培养", "skills and training bases"),
        encoded("二、(四)第2项", "引进学子与高校毕业生补贴", "graduate recruitment and allowance"),
        encoded("二、(四)第3项", "人才招聘会", "job fairs"),
        noFact("三、", "保障措施", "safeguards", "章标题", "section heading"),
        encoded("三、(一)", "加强组织领导", "leadership"),
        encoded("三、(二)", "组建服务专班", "service teams"),
        encoded("三、(三)", "建立工作机制（调度）", "working mechanism (scheduling)"),
        encoded("三、(四)", "加大宣传力度", "publicity"),
        noFact("附件", "附件目录", "list of annexes", "仅列附件名称", "names of the annexes only"),
        noFact("附件1", "附件1标题与表头", "annex 1 title and column headings", "各行另行编码",
            "the rows are encoded one by one"),
        noFact("附件1 包保领导", "附件1\"包保领导\"列", "annex 1 column of responsible officials",
            "官员姓名，有意不编码", "names of officials, deliberately not encoded")));
    for (int serial = 1; serial <= 12; serial++) {
      outline.add(encoded("附件1 序号" + serial, "种子企业库第" + serial + "行", "seed pool row " + serial));
    }
    outline.addAll(List.of(
        encoded("附件1 备注", "动态管理备注", "note on dynamic management"),
        noFact("附件2", "附件2标题与表头", "annex 2 title and column headings",
            "各行作为正文任务的另见处引用；任务(一)首行后的三个空行无内容",
            "the rows are cited as restatements of the tasks in 二、; the three blank rows after task (一)'s first "
                + "row hold nothing"),
        encoded("附件2 (一)1", "任务(一)第1行：种子库与晋级", "task (一) row 1: seed pool and promotion"),
        encoded("附件2 (一)2", "任务(一)第2行：首次认定奖励", "task (一) row 2: first-recognition rewards"),
        encoded("附件2 (二)1", "任务(二)第1行：研发投入与技术中心奖励", "task (二) row 1: R&D and technology-centre rewards"),
        encoded("附件2 (二)2", "任务(二)第2行：供需对接与技术合同补助", "task (二) row 2: matching and contract subsidy"),
        encoded("附件2 (二)3", "任务(二)第3行：平台服务与设备", "task (二) row 3: platforms and equipment"),
        encoded("附件2 (二)4", "任务(二)第4行：品牌推广", "task (二) row 4: brand promotion"),
        encoded("附件2 (二)5", "任务(二)第5行：精益管理", "task (二) row 5: lean management"),
        encoded("附件2 (三)", "任务(三)：金融服务", "task (三): finance"),
        encoded("附件2 (四)1", "任务(四)第1行：技能人才", "task (四) row 1: skills"),
        encoded("附件2 (四)2", "任务(四)第2行：引进学子与毕业生补贴", "task (四) row 2: graduates"),
        encoded("附件2 (四)3", "任务(四)第3行：人才招聘会", "task (四) row 3: job fairs"),
        noFact("抄送", "抄送", "copied to", "抄送机关，无可编码事实", "recipients of copies; nothing to encode")));
    return outline;
  }

  // ------------------------------------------------------------------ tiers and ladder

  private static Tier seedTier() {
    return Tier.builder().id(JilinTiers.JIAOHE_SEED_ENTERPRISE)
        .name(t("蛟河市级优质\"种子企业\"", "Jiaohe seed enterprise"))
        .jurisdiction(JilinSource.COUNTY).level(JurisdictionLevel.COUNTY)
        .description(t("蛟河本级的种子企业培育库，主要面向高成长的中小企业和产业特色鲜明的科技型中小企业；附件1列入12户，"
                + "名单动态调整",
            "Jiaohe's seed-enterprise pool, mainly high-growth SMEs and technology SMEs with a distinctive "
                + "industry; annex 1 lists 12 firms; membership is managed dynamically"))
        .source(at("二、(一)"))
        .note(t("即吉政发〔2022〕1号二、(一)1所说的本地种子企业库（层级 jilin.seed-enterprise）在蛟河的实例",
            "Jiaohe's instance of the local seed pools of 吉政发〔2022〕1号 二、(一)1 (tier jilin.seed-enterprise)"))
        .build();
  }

  private static Tier jilinCityTier() {
    return Tier.builder().id(JilinTiers.JILIN_CITY_SRDI_SME)
        .name(t("吉林市级\"专精特新\"中小企业", "Jilin City SRDI SME"))
        .jurisdiction(JilinSource.CITY).level(JurisdictionLevel.PREFECTURE)
        .description(t("由吉林市按其培育标准认定；标准本身不在已编码文件中",
            "recognised by Jilin City under its own standard, which no encoded document sets out"))
        .source(at("二、(一)"))
        .note(t("吉政发〔2022〕1号二、(一)2的市(州)级层级在吉林市的实例；因未编码吉林市文件而在此定义",
            "Jilin City's instance of the prefecture tier of 吉政发〔2022〕1号 二、(一)2; defined here because no "
                + "Jilin City document is encoded"))
        .build();
  }

  private static TierLadder ladder() {
    return TierLadder.builder().id(FactId.of("jiaohe.ladder"))
        .jurisdiction(JilinSource.COUNTY)
        .label(t("蛟河种子企业—吉林市级—省级—国家级小巨人",
            "Jiaohe seed enterprise, Jilin City SRDI, provincial SRDI, national little giant"))
        .addRungs(JilinTiers.JIAOHE_SEED_ENTERPRISE, JilinTiers.JILIN_CITY_SRDI_SME, JilinTiers.PROVINCIAL_SRDI_SME,
            NationalTiers.LITTLE_GIANT)
        .source(at("二、(一)"))
        .build();
  }

  // ------------------------------------------------------------------ targets

  private static List<Target> targets() {
    SourceRef scale = at("一、(三)1");
    LocalizedText periodNote = t("\"期间培育\"读作期内新认定的户数；文本未写\"新增\"",
        "\"cultivated during\" is read as firms newly recognised in the period; the text does not say 新增");
    LocalizedText ratioNote = t("蛟河的省级专精特新企业；未说明逐户还是总体，按总体读",
        "Jiaohe's provincial SRDI SMEs; not stated whether per firm or in aggregate, read as the aggregate");
    return List.of(
        value(overYears(2021, 2025, "jiaohe.target.fyp14.seed-enterprises", scale, JilinSource.COUNTY,
                "firms.county-cultivation-pool", "十四五期间确定的重点培育种子企业数", "seed enterprises designated in the "
                    + "14th FYP").tier(JilinTiers.JIAOHE_SEED_ENTERPRISE)
                .note(t("未写\"以上\"，按确数；未说明是否含已入库企业；附件1目前列入12户",
                    "no \"or more\" is written, so the figure is exact; not stated whether firms already in the "
                        + "pool count; annex 1 lists 12 so far")),
            TargetComparator.EXACTLY, Quantity.count(20, Unit.ENTERPRISES), TargetBasis.NOT_STATED, Commitment.FIRM),
        value(overYears(2021, 2025, "jiaohe.target.fyp14.jilin-city-srdi", scale, JilinSource.COUNTY,
                "firms.city-srdi-sme", "十四五期间培育的吉林市级专精特新中小企业数",
                "Jilin City SRDI SMEs cultivated in the 14th FYP").tier(JilinTiers.JILIN_CITY_SRDI_SME)
                .note(periodNote),
            TargetComparator.AT_LEAST, Quantity.count(10, Unit.ENTERPRISES), TargetBasis.NEW, Commitment.FIRM),
        value(overYears(2021, 2025, "jiaohe.target.fyp14.provincial-srdi", scale, JilinSource.COUNTY,
                "firms.provincial-srdi-sme", "十四五期间培育的省级专精特新中小企业数",
                "provincial SRDI SMEs cultivated in the 14th FYP").tier(JilinTiers.PROVINCIAL_SRDI_SME)
                .note(periodNote),
            TargetComparator.AT_LEAST, Quantity.count(6, Unit.ENTERPRISES), TargetBasis.NEW, Commitment.FIRM),
        value(overYears(2021, 2025, "jiaohe.target.fyp14.little-giant", scale, JilinSource.COUNTY,
                "firms.little-giant", "十四五期间晋升的国家级小巨人企业数",
                "national little giants reached in the 14th FYP").tier(NationalTiers.LITTLE_GIANT).note(periodNote),
            TargetComparator.AT_LEAST, Quantity.count(1, Unit.ENTERPRISES), TargetBasis.NEW, Commitment.ASPIRATIONAL),
        value(overYears(2022, 2022, "jiaohe.target.2022.jilin-city-srdi", scale, JilinSource.COUNTY,
                "firms.city-srdi-sme", "2022年培育的吉林市级专精特新中小企业数",
                "Jilin City SRDI SMEs cultivated in 2022").tier(JilinTiers.JILIN_CITY_SRDI_SME).note(periodNote),
            TargetComparator.AT_LEAST, Quantity.count(3, Unit.ENTERPRISES), TargetBasis.NEW, Commitment.FIRM),
        value(overYears(2022, 2022, "jiaohe.target.2022.provincial-srdi", scale, JilinSource.COUNTY,
                "firms.provincial-srdi-sme", "2022年培育的省级专精特新中小企业数",
                "provincial SRDI SMEs cultivated in 2022").tier(JilinTiers.PROVINCIAL_SRDI_SME).note(periodNote),
            TargetComparator.AT_LEAST, Quantity.count(2, Unit.ENTERPRISES), TargetBasis.NEW, Commitment.FIRM),
        value(byEndOf(2025, "jiaohe.target.listings", at("一、(三)2"), JilinSource.COUNTY,
                "listings.stock-exchange-or-neeq", "在主板、沪深北交易所上市或在新三板挂牌的专精特新企业户数",
                "SRDI SMEs listed on a main board, quoted on the NEEQ or listed in Shanghai, Shenzhen or Beijing")
                .note(t("三类合计一个目标", "one combined target for the three kinds of listing")),
            TargetComparator.AT_LEAST, Quantity.count(1, Unit.ENTERPRISES), TargetBasis.CUMULATIVE,
            Commitment.ASPIRATIONAL),
        value(byEndOf(2025, "jiaohe.target.rnd-intensity", at("一、(三)3"), JilinSource.COUNTY,
                "ratio.rnd-intensity", "省级专精特新企业研发投入强度（对销售收入）",
                "R&D spending of provincial SRDI SMEs as a share of sales")
                .tier(JilinTiers.PROVINCIAL_SRDI_SME).note(ratioNote),
            TargetComparator.AT_LEAST, Quantity.percent("2"), TargetBasis.CUMULATIVE, Commitment.FIRM),
        value(byEndOf(2025, "jiaohe.target.tech-staff-share", at("一、(三)3"), JilinSource.COUNTY,
                "ratio.tech-staff-share", "省级专精特新企业科技人员占全体职工的比重",
                "technical staff of provincial SRDI SMEs as a share of all employees")
                .tier(JilinTiers.PROVINCIAL_SRDI_SME).note(ratioNote),
            TargetComparator.AT_LEAST, Quantity.percent("10"), TargetBasis.CUMULATIVE, Commitment.FIRM),
        value(byEndOf(2025, "jiaohe.target.training", at("一、(三)4"), JilinSource.COUNTY,
                "person-times.trained", "专精特新企业人才培训累计人次",
                "cumulative training of SRDI SME staff of all kinds")
                .note(t("累计的起算时间未说明；按人次计，同一人可重复计入，故与按人数计的指标（persons.trained）分开",
                    "the start of the running total is not stated; counted in person-times, so one person may count "
                        + "more than once, hence a key apart from head counts (persons.trained)")),
            TargetComparator.AT_LEAST, Quantity.count(300, Unit.PERSON_TIMES), TargetBasis.CUMULATIVE,
            Commitment.FIRM));
  }

  // ------------------------------------------------------------------ incentives

  private static List<Incentive> incentives() {
    SourceRef rewards = at("二、(一)第2项");
    Stacking highestOnce = Stacking.builder().rule(StackingRule.HIGHEST_LEVEL_ONCE).group(FIRST_RECOGNITION_GROUP)
        .source(rewards).build();
    LocalizedText onceNote = t("蛟河本级奖励，在省级资金扶持之外另行给予。括注规定多次获认定的企业只拿一笔、取较高级别，按本库计算器读作："
            + "截至计算日，同组只给最高一级的一笔，较低级别的不予给付；另一读法是晋级时补足差额（总额相同，分次给付）",
        "paid by Jiaohe itself, on top of any provincial funding. \"A firm recognised repeatedly gets one reward, at "
            + "the higher level\" is read as the library's calculator does: over the history up to the date asked, "
            + "only the largest reward of the group is due and lower ones are withheld; the alternative reading is a "
            + "top-up, paying the difference on each promotion (same total, paid in steps)");
    List<LocalizedText> rewardUnits = List.of(GXJ, NYJ, ZJJ, SWJ, WGLJ, FGJ, CZJ);
    SourceRef techCentres = at("二、(二)第1项");
    Stacking onTopOfProvince = Stacking.builder().rule(StackingRule.CUMULATIVE_WITH_HIGHER_LEVELS)
        .source(techCentres).build();
    LocalizedText techNote = t("\"新认定\"读作在本方案有效期内新获认定；在省级一次性奖励之外给予",
        "\"newly recognised\" is read as recognised while the plan is in force; paid on top of the provincial "
            + "one-off reward");
    List<LocalizedText> techUnits = List.of(GXJ, CZJ);
    SourceRef finance = at("二、(三)");
    List<LocalizedText> financeUnits = List.of(GXJ_JRB, PBOC, CBIRC, CZJ, SWJ);
    return List.of(
        firstRecognition("jilin-city", JilinTiers.JILIN_CITY_SRDI_SME, "5", "首次认定吉林市级专精特新中小企业奖励",
            "reward for first recognition as a Jilin City SRDI SME", rewards, highestOnce, onceNote, rewardUnits),
        firstRecognition("provincial", JilinTiers.PROVINCIAL_SRDI_SME, "10", "首次认定省级专精特新中小企业奖励",
            "reward for first recognition as a Jilin provincial SRDI SME", rewards, highestOnce, onceNote,
            rewardUnits),
        firstRecognition("national", NationalTiers.LITTLE_GIANT, "20", "首次认定国家级专精特新小巨人企业奖励",
            "reward for first recognition as a national little giant", rewards, highestOnce, onceNote, rewardUnits),
        institution("provincial-tech-centre", RecognitionLevel.PROVINCE, "10", "新认定省级企业技术中心奖励",
            "reward for a newly recognised provincial enterprise technology centre", "新认定省级企业技术中心",
            "a provincial enterprise technology centre is newly recognised", techCentres, onTopOfProvince, techNote,
            techUnits),
        institution("national-tech-centre", RecognitionLevel.NATIONAL, "20", "新认定国家级企业技术中心奖励",
            "reward for a newly recognised national enterprise technology centre", "新认定国家级企业技术中心",
            "a national enterprise technology centre is newly recognised", techCentres, onTopOfProvince, techNote,
            techUnits),
        institution("national-innovation-demo", RecognitionLevel.NATIONAL, "20", "新认定国家技术创新示范企业奖励",
            "reward for newly recognised national technology innovation demonstration enterprises",
            "新认定为国家技术创新示范企业", "the firm is newly recognised as a national technology innovation "
                + "demonstration enterprise", techCentres, onTopOfProvince, techNote, techUnits),
        incentive("jiaohe.subsidy.technology-contract", IncentiveKind.CAPPED_SUBSIDY, at("二、(二)第2项"),
                JilinSource.COUNTY, "技术开发或转让合同补助", "subsidy for technology development or transfer contracts")
            .cap(Quantity.wanYuan("20"))
            .trigger(trigger(TriggerKind.TECHNOLOGY_CONTRACT, "企业与高校或科研院所订立技术开发、转让合同，且成果已落地转化",
                "a technology development or transfer contract with a university or research institute is signed "
                    + "and put into practice"))
            .stacking(stacking(StackingRule.NOT_STATED, at("二、(二)第2项")))
            .addResponsibleUnits(GXJ, JYJ, CZJ)
            .note(t("补助以合同实际成交金额为基数，比例未说明，只给上限（含20万元）；出资层级未写明，按蛟河本级记",
                "based on the contract value actually transacted; the rate is not stated, only the cap (20万元 "
                    + "included); which budget pays is not written, recorded as Jiaohe"))
            .build(),
        incentive("jiaohe.allowance.graduates", IncentiveKind.ALLOWANCE, at("二、(四)第2项"), JilinSource.COUNTY,
                "高校毕业生连续补贴", "allowance for university graduates over consecutive years")
            .years(5)
            .trigger(trigger(TriggerKind.GRADUATE_HIRED, "高校毕业生首份工作在蛟河的专精特新企业，劳动合同期限至少五年（含五年），"
                    + "社保按规定缴纳",
                "a university graduate takes a first job in Jiaohe with an SRDI firm on a contract of five years "
                    + "or more (five included), with social insurance paid"))
            .stacking(stacking(StackingRule.NOT_STATED, at("二、(四)第2项")))
            .addResponsibleUnits(RSJ)
            .note(t("补贴金额未说明；出资层级未写明，因系本市方案中的\"我市\"补贴，按蛟河本级记；受益人是毕业生而非企业；"
                    + "与落实《吉林市引进万名学子\"助企兴业行动\"实施办法》同列",
                "the amount is not stated; which budget pays is not written either, and since the plan speaks of "
                    + "graduates employed in \"our city\" it is recorded as Jiaohe; the beneficiary is the graduate, "
                    + "not the firm; stated next to the implementation of Jilin City's graduate-recruitment measures"))
            .build(),
        incentive("jiaohe.fee-discount.guarantee", IncentiveKind.FEE_DISCOUNT, finance, JilinSource.COUNTY,
                "政府性融资担保费率优惠", "guarantee fee discount by government financing guarantee bodies")
            .trigger(trigger(TriggerKind.OTHER, "专精特新中小企业申请政府性融资担保",
                "an SRDI SME seeks a guarantee from a government financing guarantee body"))
            .stacking(stacking(StackingRule.NOT_STATED, finance))
            .responsibleUnits(financeUnits)
            .note(t("由市里鼓励引导担保机构实行，优惠幅度未说明", "the city encourages the guarantee bodies to adopt "
                + "it; the size of the discount is not stated"))
            .build(),
        incentive("jiaohe.fast-track.loan-renewal", IncentiveKind.FAST_TRACK, finance, JilinSource.COUNTY,
                "无还本续贷与提前审批", "loan renewal without prior repayment, approved in advance")
            .trigger(trigger(TriggerKind.OTHER, "符合条件的专精特新中小企业贷款到期续贷",
                "an eligible SRDI SME's loan falls due for renewal"))
            .stacking(stacking(StackingRule.NOT_STATED, finance))
            .responsibleUnits(financeUnits)
            .note(t("由金融机构提供，市里予以鼓励；条件未具体说明", "offered by financial institutions at the city's "
                + "encouragement; the conditions are not specified"))
            .build());
  }

  private static Incentive firstRecognition(String key, TierId tier, String wan, String zh, String en,
      SourceRef source, Stacking rule, LocalizedText note, List<LocalizedText> units) {
    return incentive("jiaohe.reward.first-recognition." + key, IncentiveKind.ONE_OFF_REWARD, source,
            JilinSource.COUNTY, zh, en)
        .amount(Quantity.wanYuan(wan))
        .trigger(Trigger.builder().kind(TriggerKind.FIRST_RECOGNITION).tier(tier)
            .description(t("首次被认定", "first recognition at this tier")).build())
        .stacking(rule).responsibleUnits(units).note(note)
        .build();
  }

  private static Incentive institution(String key, RecognitionLevel level, String wan, String zh, String en,
      String triggerZh, String triggerEn, SourceRef source, Stacking rule, LocalizedText note,
      List<LocalizedText> units) {
    return incentive("jiaohe.reward." + key, IncentiveKind.ONE_OFF_REWARD, source, JilinSource.COUNTY, zh, en)
        .amount(Quantity.wanYuan(wan))
        .trigger(Trigger.builder().kind(TriggerKind.INSTITUTION_RECOGNITION).level(level)
            .description(t(triggerZh, triggerEn)).build())
        .stacking(rule).responsibleUnits(units).note(note)
        .build();
  }

  // ------------------------------------------------------------------ tasks and safeguards

  private static List<Measure> tasks() {
    FactId cultivation = FactId.of("jiaohe.task.graded-cultivation");
    FactId innovation = FactId.of("jiaohe.task.innovation");
    FactId talent = FactId.of("jiaohe.task.talent");
    return List.of(
        measure(cultivation.toString(), Measure.Kind.TASK, at("二、(一)"), "分级培育、扶企壮大",
                "graded cultivation to help firms grow")
            .addResponsibleUnits(GXJ, NYJ, ZJJ, SWJ, WGLJ, FGJ, CZJ)
            .build(),
        item(cultivation, "pool", "二、(一)第1项", "附件2 (一)1", "建立种子企业库并推动晋级",
                "build the seed pool and move firms up", GXJ, NYJ, ZJJ, SWJ, WGLJ, FGJ)
            .addActions(t("建立蛟河本级种子企业库，主要吸纳高成长中小企业和产业特色鲜明的科技型中小企业",
                    "build a Jiaohe seed pool, mainly of high-growth SMEs and technology SMEs with a distinctive "
                        + "industry"),
                t("对照吉林市、省和国家各级标准，帮助企业逐级晋升为吉林市级、省级专精特新乃至国家级小巨人",
                    "move firms up to Jilin City SRDI, provincial SRDI and national little giant under each "
                        + "level's standard"),
                t("为首次被认定的企业争取政策支持", "seek policy support for firms recognised for the first time"))
            .build(),
        item(cultivation, "rewards", "二、(一)第2项", "附件2 (一)2", "给予首次认定奖励",
                "pay first-recognition rewards", GXJ, NYJ, ZJJ, SWJ, WGLJ, FGJ, CZJ)
            .summary(t("见奖励 jiaohe.reward.first-recognition.*", "see incentives jiaohe.reward.first-recognition.*"))
            .note(t("附件2本行没有正文括注里重复认定只奖一次、取高级别的限制；以正文为准",
                "this annex row leaves out the bracket on one reward at the higher level; the body governs"))
            .build(),
        measure(innovation.toString(), Measure.Kind.TASK, at("二、(二)"), "创新提升企业科技水平",
                "innovation to raise technology levels")
            .addResponsibleUnits(GXJ, CZJ, JYJ, SJJ, SFJ)
            .build(),
        item(innovation, "first-of-kind", "二、(二)第1项", "附件2 (二)1", "首台套等研发投入与技术中心奖励",
                "first-of-kind R&D and technology-centre rewards", GXJ, CZJ)
            .addActions(t("鼓励企业在首台(套)重大装备、首批次关键零部件与新材料、首版次软件上多投研发",
                    "encourage R&D on first sets of major equipment, first batches of key parts and new materials, "
                        + "and first versions of software"),
                t("帮企业申请研发投入补贴", "seek R&D subsidies for the firms"),
                t("对新认定的企业技术中心和技术创新示范企业给予一次性奖励（见 jiaohe.reward.*）",
                    "pay one-off rewards for newly recognised technology centres and demonstration enterprises "
                        + "(see jiaohe.reward.*)"))
            .build(),
        item(innovation, "supply-demand", "二、(二)第2项", "附件2 (二)2", "科技创新供需对接与技术合同补助",
                "technology supply-demand matching and contract subsidy", GXJ, JYJ, CZJ)
            .addActions(t("建立科技创新供需机制：向省内高校院所征集成果转移目录，向企业征集研发需求目录并对接",
                    "match supply and demand: collect transferable results from universities and institutes and "
                        + "R&D needs from the firms, and pair them"),
                t("鼓励企业同高校院所订立技术开发、转让合同并转化成果，给予补助（见 jiaohe.subsidy.technology-contract）",
                    "encourage technology contracts with universities and institutes, with a subsidy (see "
                        + "jiaohe.subsidy.technology-contract)"))
            .build(),
        item(innovation, "platforms-equipment", "二、(二)第3项", "附件2 (二)3", "公共服务平台与智能化设备",
                "public platforms and smart equipment", GXJ)
            .addActions(t("借助省工业技术研究院、中科院（吉林）科技产业服务平台这类公共平台为企业服务",
                    "serve the firms through platforms such as the provincial industrial technology research "
                        + "institute and the CAS (Jilin) technology industry service platform"),
                t("支持企业添置数控机床、工业机器人、整条生产线以及研发与检测设备",
                    "encourage purchases of CNC machines, industrial robots, production lines and R&D or testing "
                        + "equipment"))
            .build(),
        item(innovation, "brand", "二、(二)第4项", "附件2 (二)4", "品牌推广计划", "brand promotion plan", SJJ)
            .addActions(t("开展专精特新企业品牌推广，带动产品质量和品牌提升", "run a brand promotion plan for SRDI firms to "
                + "lift quality and brands"))
            .note(t("附件2在本行前重复了序号(二)", "annex 2 repeats the number (二) before this row"))
            .build(),
        item(innovation, "lean", "二、(二)第5项", "附件2 (二)5", "精益管理", "lean management", GXJ, SFJ)
            .addActions(t("推广精益管理，开展\"精益管理企业行\"活动", "spread lean management through the "
                    + "\"精益管理企业行\" campaign"),
                t("协助企业健全公司治理", "help firms improve corporate governance"))
            .build(),
        measure("jiaohe.task.finance", Measure.Kind.TASK, at("二、(三)"), "金融服务与融资环境",
                "services for a sound financing environment")
            .addActions(t("定期摸排融资需求，建立银企交流平台，银企对接活动每季一场", "survey financing needs and "
                    + "hold a bank-firm matchmaking event every quarter"),
                t("鼓励银行加大信贷支持", "encourage banks to lend more"),
                t("鼓励无还本续贷、提前审批（见 jiaohe.fast-track.loan-renewal）",
                    "encourage renewals without prior repayment, approved in advance (see "
                        + "jiaohe.fast-track.loan-renewal)"),
                t("推动政府性担保机构给这些企业降低费率（见 jiaohe.fee-discount.guarantee）",
                    "steer government guarantee bodies to discount fees (see jiaohe.fee-discount.guarantee)"),
                t("为支持成效明显的担保机构争取上级奖补", "seek higher-level rewards for guarantee bodies that "
                    + "help effectively"),
                t("带企业参加国内外贸易展会", "take firms to trade fairs at home and abroad"))
            .addResponsibleUnits(GXJ_JRB, PBOC, CBIRC, CZJ, SWJ)
            .addAlsoListedIn(at("附件2 (三)"))
            .note(t("附件2本行的责任单位为工信局（金融办）、人民银行、银保监、商务局，未列财政局",
                "annex 2 names 工信局（金融办）, 人民银行, 银保监 and 商务局 for this row, without the Finance Bureau"))
            .build(),
        measure(talent.toString(), Measure.Kind.TASK, at("二、(四)"), "人才引进与培养机制",
                "talent: attracting and training people")
            .addResponsibleUnits(JYJ, RSJ, ZZB, CZJ, NYJ, GXJ, SWJ, WGLJ, ZJJ, FGJ)
            .build(),
        item(talent, "skills", "二、(四)第1项", "附件2 (四)1", "技能人才培养", "skills and training bases",
                JYJ, NYJ, GXJ, SWJ, WGLJ, ZJJ, FGJ)
            .addActions(t("支持职业技能大赛和人才评选，培养乡土技能人才和吉林工匠",
                    "support skills contests and talent awards to grow local experts and Jilin craftsmen"),
                t("支持院校同企业联合培养高技能人才，共建实训与见习基地",
                    "support colleges and firms in training highly skilled staff, with practice and internship "
                        + "bases"))
            .build(),
        item(talent, "graduates", "二、(四)第2项", "附件2 (四)2", "引进学子与毕业生补贴",
                "graduate recruitment and allowance", RSJ)
            .addActions(t("执行吉林市引进学子的办法，以行政和事业编制引才后派驻企业服务",
                    "apply Jilin City's graduate-recruitment measures, hiring on civil-service and public-institution "
                        + "posts and seconding the recruits to the firms"),
                t("符合条件的高校毕业生可连续多年领取补贴（见 jiaohe.allowance.graduates）",
                    "pay eligible graduates an allowance over several years (see jiaohe.allowance.graduates)"))
            .build(),
        item(talent, "job-fairs", "二、(四)第3项", "附件2 (四)3", "人才招聘会", "job fairs")
            .addActions(t("定期为专精特新企业办人才招聘会，并为企业与院校搭建对接渠道",
                "hold regular job fairs for SRDI firms and a matching platform with colleges"))
            .note(t("附件2本行未载责任单位（表格在此与抄送行混排）；适用任务(四)的责任单位",
                "annex 2 gives no unit for this row (the table runs into the copy line); the units of task (四) apply"))
            .build());
  }

  /** An item of a work task, restated as a row of annex 2; responsible units as that row lists them. */
  private static ImmutableMeasure.Builder item(FactId parent, String key, String clause,
      String annexRow, String zh, String en, LocalizedText... units) {
    return measure(parent + "." + key, Measure.Kind.TASK, at(clause), zh, en)
        .parent(parent).addResponsibleUnits(units).addAlsoListedIn(at(annexRow));
  }

  private static List<Measure> safeguards() {
    return List.of(
        measure("jiaohe.safeguard.leadership", Measure.Kind.SAFEGUARD, at("三、(一)"), "加强组织领导", "leadership")
            .summary(t("由蛟河促进中小企业（民营经济）发展的领导小组统筹推进，并设协调机制",
                "Jiaohe's leading group for promoting SME (private economy) development drives the work and sets up "
                    + "coordination"))
            .addResponsibleUnits(LEADING_OFFICE)
            .build(),
        measure("jiaohe.safeguard.service-teams", Measure.Kind.SAFEGUARD, at("三、(二)"), "组建服务专班",
                "service teams")
            .addActions(t("各专班挖掘培育本领域的种子企业", "each team finds and nurtures seed firms in its field"),
                t("按省、吉林市认定标准做好推荐", "each team recommends firms under the provincial and Jilin City "
                    + "standards"))
            .addResponsibleUnits(NYJ, GXJ, ZJJ, SWJ, WGLJ, FGJ)
            .build(),
        measure("jiaohe.reporting.scheduling", Measure.Kind.REPORTING, at("三、(三)"), "定期调度制度",
                "regular scheduling")
            .summary(t("由领导小组办公室牵头，定期检查各专班进展", "the leading group's office reviews the service "
                + "teams' progress on a fixed rhythm"))
            .addActions(t("季调度", "a scheduling review every quarter"),
                t("半年例会", "a regular meeting every half year"),
                t("年度总结", "a summary every year"),
                t("企业提出的问题提交市政府处理", "problems raised by firms go to the city government"))
            .addResponsibleUnits(LEADING_OFFICE)
            .build(),
        measure("jiaohe.safeguard.publicity", Measure.Kind.SAFEGUARD, at("三、(四)"), "加大宣传力度", "publicity")
            .summary(t("借助电视、广播、网站和新媒体宣传政策措施", "publicise the measures through television, radio, "
                + "websites and new media"))
            .addResponsibleUnits(XCB, GXJ, LEADING_MEMBERS)
            .build());
  }

  // ------------------------------------------------------------------ provisions

  private static List<Provision> provisions() {
    return List.of(
        provision("jiaohe.principle.guiding", Provision.Kind.PRINCIPLE, at("一、(一)"),
                "指导思想：以产业链为主攻方向，推动向国家级小巨人发展",
                "guiding thought: the industrial chain as main thrust, towards national little giants")
            .description(t("着眼产业链的延伸、拓展、增强和补缺，培育带有蛟河产业特色的专精特新企业，推动其成长为国家级小巨人",
                "extend, widen, strengthen and fill industrial chains; grow SRDI SMEs with Jiaohe's industrial "
                    + "character and push them towards national little giant"))
            .build(),
        direction("zhuan", "一、(二)专", "突出\"专\"", "specialised", t("聚焦主营业务，为大企业、重大项目及产业链配套",
            "focus on the core business and supply large firms, projects and chains")),
        focus("zhuan", "一、(二)专", "\"专\"的重点产业：培育配套专家", "focus industries of \"specialised\": supply "
            + "specialists", t("装备制造", "equipment manufacturing"), t("石材加工", "stone processing")),
        direction("jing", "一、(二)精", "突出\"精\"", "refined", t("精细化生产、管理和服务，在细分市场取得优势",
            "refined production, management and service to win niche markets")),
        focus("jing", "一、(二)精", "\"精\"的重点产业：培育细分行业骨干企业", "focus industries of \"refined\": niche "
            + "backbone firms", t("医药健康", "medicine and health"), t("食品", "food"), t("装备", "equipment"),
            t("新材料", "new materials"), t("现代种业", "modern seed industry")),
        direction("te", "一、(二)特", "突出\"特\"", "distinctive", t("利用特色资源和传统技艺，做出地方或企业特色产品",
            "use local resources and traditional crafts for products with a local or firm-specific character")),
        focus("te", "一、(二)特", "\"特\"的重点产业：培育精深加工企业", "focus industries of \"distinctive\": "
            + "deep-processing firms", t("农产品加工", "agricultural product processing"),
            t("地方特色资源加工", "processing of local characteristic resources")),
        direction("xin", "一、(二)新", "突出\"新\"", "innovative", t("开展技术、管理和商业模式创新",
            "innovate in technology, management and business model")),
        focus("xin", "一、(二)新", "\"新\"的重点领域：推动一批创新型企业（领域而非产业）", "focus areas of \"innovative\" "
            + "(areas of activity, not industries)", t("关键核心技术研发", "R&D of key core technologies"),
            t("建立现代企业制度", "modern corporate governance"),
            t("借助信息技术创新商业模式", "business-model innovation through IT")),
        provision("jiaohe.service.platform-operators", Provision.Kind.SERVICE, at("一、(三)4"),
                "培育公共服务与双创平台，为运营主体争取政策", "grow service and incubation platforms and seek policy "
                    + "support for their operators")
            .addItems(t("中小企业公共服务平台", "SME public-service platforms"),
                t("双创孵化示范基地", "incubation demonstration bases"), t("双创孵化平台", "incubation platforms"))
            .description(t("帮达标的平台运营方申请省和国家政策支持", "seek provincial and national support for "
                + "eligible operators"))
            .build(),
        provision("jiaohe.service.bank-firm-matchmaking", Provision.Kind.SERVICE, at("二、(三)"), "银企对接活动",
                "bank-firm matchmaking events")
            .quantity(Quantity.count(1, Unit.EVENTS))
            .description(t("每季度一次", "one every quarter"))
            .addResponsibleUnits(GXJ_JRB, PBOC, CBIRC, CZJ, SWJ)
            .note(t("责任单位按任务(三)整体所列，原文未逐项分派", "the units are those of task (三) as a whole; the "
                + "text does not assign them item by item"))
            .build(),
        provision("jiaohe.governance.service-teams", Provision.Kind.GOVERNANCE, at("三、(二)"), "六个服务专班",
                "six service teams")
            .quantity(Quantity.count(6, Unit.ITEMS))
            .addItems(t("农业", "agriculture"), t("工业", "industry"), t("建筑", "construction"),
                t("商贸", "commerce"), t("文旅", "culture and tourism"), t("能源", "energy"))
            .build(),
        provision("jiaohe.pool.dynamic-management", Provision.Kind.PROCEDURE, at("附件1 备注"),
                "种子企业库动态管理", "the seed pool is managed dynamically")
            .description(t("入库企业随其发展情况适时增减", "the firms in the pool are adjusted as they develop"))
            .build());
  }

  private static Provision direction(String key, String clause, String zh, String en, LocalizedText what) {
    return provision("jiaohe.direction." + key, Provision.Kind.DIRECTION, at(clause), zh, en).description(what)
        .build();
  }

  private static Provision focus(String key, String clause, String zh, String en, LocalizedText... items) {
    return provision("jiaohe.focus." + key, Provision.Kind.FOCUS_INDUSTRIES, at(clause), zh, en).addItems(items)
        .build();
  }

  // ------------------------------------------------------------------ annex 1

  private static final LocalizedText PHARMA = t("医药", "pharmaceuticals");
  private static final LocalizedText METAL_BUILDING = t("冶金建材", "metallurgy and building materials");
  private static final LocalizedText AGRI_PROCESSING = t("农副产品加工", "agricultural and sideline product processing");
  private static final LocalizedText IN_CITY_POOL = t("已纳入吉林市培育库", "in Jilin City's cultivation pool");

  private static List<PoolFirm> poolFirms() {
    RecognitionLevel province = RecognitionLevel.PROVINCE;
    RecognitionLevel city = RecognitionLevel.CITY;
    return List.of(
        firm(1, "长白山制药股份有限公司", PHARMA, province, 2, IN_CITY_POOL, 2022, 2023).build(),
        firm(2, "吉林添正生物科技股份有限公司", PHARMA, city, 19,
            t("2021年已获省级认定，国家级为拟培育", "recognised at provincial level in 2021; to be cultivated for "
                + "national level"), 2022, null)
            .note(t("认定级别一栏把省级与国家级两项连写，读作2021年已获省级、国家级为拟培育；"
                    + "已是省级却仍列2022年拟培育吉林市级，照表记录",
                "the status cell runs the provincial recognition and the national plan together, read as provincial "
                    + "since 2021 and national planned; although already provincial, the row still plans Jilin City "
                    + "level for 2022, recorded as listed"))
            .build(),
        firm(3, "吉林市松江塑料管道设备有限责任公司", METAL_BUILDING, city, 25, IN_CITY_POOL, 2022, 2022).build(),
        firm(4, "蛟河市天翔炭业有限公司", METAL_BUILDING, null, 6, IN_CITY_POOL, 2022, 2023).build(),
        firm(5, "吉林天一昊宇食品科技有限公司", AGRI_PROCESSING, null, 1, null, 2023, 2024).build(),
        firm(6, "吉林金亿食品有限责任公司", AGRI_PROCESSING, null, null, null, 2024, 2025).build(),
        firm(7, "吉林省松花湖管业有限公司", METAL_BUILDING, city, 13,
            t("2021年已获省级认定", "recognised at provincial level in 2021"), 2022, null)
            .note(t("已是省级却仍列2022年拟培育吉林市级，照表记录", "although already provincial, the row still plans "
                + "Jilin City level for 2022, recorded as listed"))
            .build(),
        firm(8, "长白山酒业集团有限公司", t("葡萄酒制造", "wine making"), null, 1, null, 2023, 2025).build(),
        firm(9, "吉林得利斯食品有限公司", AGRI_PROCESSING, city, null, null, 2023, 2023).build(),
        firm(10, "吉林开普科立辉动力有限公司", t("装备制造", "equipment manufacturing"), city, 18, IN_CITY_POOL, 2022,
            2022).build(),
        firm(11, "吉林鸿源绿洲环保科技有限公司", t("废弃资源综合利用", "comprehensive use of waste resources"), null, 4,
            IN_CITY_POOL, 2023, 2024).build(),
        firm(12, "吉林旺普家具有限公司", t("家具制造", "furniture making"), null, null, null, 2024, 2025).build());
  }

  /** One row of annex 1, still open for a note; null stands for a blank cell. Every firm is listed as producing. */
  private static ImmutablePoolFirm.Builder firm(int serial, String name, LocalizedText industry,
      RecognitionLevel techCentre, Integer patents, LocalizedText srdiStatus, Integer cityYear,
      Integer provinceYear) {
    return PoolFirm.builder()
        .id(FactId.of(String.format("jiaohe.pool.firm-%02d", serial)))
        .serial(serial).name(name).industry(industry)
        .technologyCentre(Optional.ofNullable(techCentre))
        .patents(Optional.ofNullable(patents))
        .operatingStatus(PoolFirm.OperatingStatus.PRODUCING)
        .srdiStatus(Optional.ofNullable(srdiStatus))
        .plannedCityYear(Optional.ofNullable(cityYear))
        .plannedProvinceYear(Optional.ofNullable(provinceYear))
        .source(at("附件1 序号" + serial));
  }
}
