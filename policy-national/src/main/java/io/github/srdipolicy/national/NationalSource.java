package io.github.srdipolicy.national;

import io.github.srdipolicy.catalog.PolicySource;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Jurisdiction;
import io.github.srdipolicy.model.PolicyDocument;
import java.util.List;

/**
 * Contributes the national documents, tiers and indicators to the catalogue. Registered in
 * {@code META-INF/services/io.github.srdipolicy.catalog.PolicySource}.
 *
 * <p>The documents, each dated so that {@code catalog.criteriaFor(tier, date)} answers which
 * national criteria were in force on a date:
 * <ul>
 *   <li>the little-giant and the single-champion conditions as annex 3 of 金政发〔2022〕33号 cites
 *       them in April 2022 (seed text, confidence SEED);</li>
 *   <li>工信部企业〔2022〕63号, the three tiers and their criteria from June 2022 (SECONDARY_C, some S);</li>
 *   <li>工信部产业〔2016〕105号 and 工信部政法〔2023〕138号 for the single champion (C; the 2023 criteria S);</li>
 *   <li>财建〔2021〕2号, the central funding of 2021–2025 (C; the per-firm amount S);</li>
 *   <li>工信部企业〔2026〕2号, the 2026 replacement, from 2026-04-01 (S only).</li>
 * </ul>
 * Every source reference states its confidence; secondary ones carry a provenance note.
 */
public final class NationalSource implements PolicySource {
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
  public List<Indicator> indicators() {
    return NationalIndicators.all();
  }

  @Override
  public List<PolicyDocument> documents() {
    return List.of(
        Champion.plan2016(),
        Funding2021.document(),
        Cited2022.littleGiantDocument(),
        Cited2022.championDocument(),
        Gradient2022.document(),
        Champion.rules2023(),
        Gradient2026.document());
  }
}
