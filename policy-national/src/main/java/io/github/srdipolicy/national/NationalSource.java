package io.github.srdipolicy.national;

import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.model.Completeness;
import io.github.srdipolicy.model.Confidence;
import io.github.srdipolicy.model.DateRange;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.JurisdictionCode;
import io.github.srdipolicy.model.JurisdictionLevel;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Tier;
import io.github.srdipolicy.model.TierSubject;
import java.time.LocalDate;
import java.util.List;

/**
 * Contributes the national documents and tiers to the catalogue. Registered in
 * {@code META-INF/services/io.github.srdipolicy.catalog.PolicySource}.
 */
public final class NationalSource implements PolicySource {
  /** 《优质中小企业梯度培育管理暂行办法》. */
  static final String GRADIENT_2022 = "工信部企业〔2022〕63号";
  /** 《制造业单项冠军企业培育提升专项行动实施方案》. */
  static final String CHAMPION_2016 = "工信部产业〔2016〕105号";

  /** Creates the source; called by {@link java.util.ServiceLoader}. */
  public NationalSource() {}

  @Override
  public String name() {
    return "policy-national";
  }

  @Override
  public List<Jurisdiction> jurisdictions() {
    return List.of();
  }

  @Override
  public List<PolicyDocument> documents() {
    return List.of(gradient2022(), champion2016());
  }

  private static SourceRef ref(String doc, String clause, Confidence confidence) {
    return SourceRef.of(doc, clause, confidence);
  }

  private static PolicyDocument gradient2022() {
    SourceRef tiers = ref(GRADIENT_2022, "总则", Confidence.SECONDARY_C);
    return PolicyDocument.builder()
        .id(DocumentId.of(GRADIENT_2022))
        .issuer(LocalizedText.of("工业和信息化部", "Ministry of Industry and Information Technology"))
        .title(LocalizedText.of("优质中小企业梯度培育管理暂行办法", "Interim measures for the gradient cultivation of quality SMEs"))
        .validity(DateRange.of(LocalDate.of(2022, 6, 1), LocalDate.of(2026, 4, 1)))
        .validityNote(LocalizedText.of("2022年6月印发，具体日期未确认；以月初计", "issued in June 2022, exact day not confirmed; taken as the first of the month"))
        .jurisdiction(JurisdictionCode.CN)
        .completeness(Completeness.REFERENCE_ONLY)
        .confidence(Confidence.SECONDARY_C)
        .addTiers(Tier.builder().id(NationalTiers.INNOVATIVE_SME)
            .name(LocalizedText.of("创新型中小企业", "innovative SME"))
            .jurisdiction(JurisdictionCode.CN).level(JurisdictionLevel.NATIONAL).source(tiers)
            .description(LocalizedText.of("由省级主管部门按国家标准评价公告", "assessed and published by the provinces under the national standard"))
            .build())
        .addTiers(Tier.builder().id(NationalTiers.SRDI_SME)
            .name(LocalizedText.of("专精特新中小企业", "SRDI SME"))
            .jurisdiction(JurisdictionCode.CN).level(JurisdictionLevel.NATIONAL).source(tiers)
            .description(LocalizedText.of("由省级主管部门按国家标准认定", "recognised by the provinces under the national standard"))
            .build())
        .addTiers(Tier.builder().id(NationalTiers.LITTLE_GIANT)
            .name(LocalizedText.of("专精特新\"小巨人\"企业", "little giant"))
            .jurisdiction(JurisdictionCode.CN).level(JurisdictionLevel.NATIONAL).source(tiers)
            .description(LocalizedText.of("由工业和信息化部认定", "recognised by MIIT"))
            .build())
        .build();
  }

  private static PolicyDocument champion2016() {
    SourceRef tier = ref(CHAMPION_2016, "全文", Confidence.SECONDARY_C);
    return PolicyDocument.builder()
        .id(DocumentId.of(CHAMPION_2016))
        .issuer(LocalizedText.of("工业和信息化部", "Ministry of Industry and Information Technology"))
        .title(LocalizedText.of("制造业单项冠军企业培育提升专项行动实施方案", "Action plan for cultivating manufacturing single champions"))
        .validity(DateRange.from(LocalDate.of(2016, 1, 1)))
        .validityNote(LocalizedText.of("2016年印发，具体日期未确认", "issued in 2016, exact date not confirmed"))
        .jurisdiction(JurisdictionCode.CN)
        .completeness(Completeness.REFERENCE_ONLY)
        .confidence(Confidence.SECONDARY_C)
        .addTiers(Tier.builder().id(NationalTiers.SINGLE_CHAMPION)
            .name(LocalizedText.of("制造业单项冠军企业", "manufacturing single champion (enterprise)"))
            .jurisdiction(JurisdictionCode.CN).level(JurisdictionLevel.NATIONAL).source(tier).build())
        .addTiers(Tier.builder().id(NationalTiers.SINGLE_CHAMPION_PRODUCT)
            .name(LocalizedText.of("制造业单项冠军产品", "manufacturing single champion (product)"))
            .jurisdiction(JurisdictionCode.CN).level(JurisdictionLevel.NATIONAL).subject(TierSubject.PRODUCT)
            .source(tier).build())
        .build();
  }
}
