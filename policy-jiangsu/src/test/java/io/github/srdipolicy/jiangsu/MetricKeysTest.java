package io.github.srdipolicy.jiangsu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Target;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The metric key of every target. Keys are shared across modules so that a caller can line up the
 * same metric in different documents: {@code kind.level-thing}, the level left out for national
 * tiers (as policy-jilin does: {@code firms.provincial-srdi-sme}, {@code firms.little-giant}).
 */
class MetricKeysTest {
  static Stream<Arguments> keys() {
    return Stream.of(
        arguments("jiangsu.2023.target.single-champions", "firms.single-champion"),
        arguments("jiangsu.2023.target.little-giants", "firms.little-giant"),
        arguments("jiangsu.2023.target.srdi-smes", "firms.provincial-srdi-sme"),
        arguments("jiangsu.2023.target.innovative-smes", "firms.innovative-sme"),
        arguments("jiangsu.2023.target.rnd-intensity", "ratio.rnd-intensity"),
        arguments(
            "jiangsu.2023.target.high-value-patents-per-firm", "ip.high-value-patents-per-firm"),
        arguments(
            "jiangsu.2023.target.smart-digital-coverage",
            "ratio.smart-digital-transformation-coverage"),
        arguments("jiangsu.2023.target.key-process-nc-rate", "ratio.key-process-nc-rate"),
        arguments(
            "jiangsu.2023.target.digital-management-rate", "ratio.digital-management-penetration"),
        arguments(
            "jiangsu.2023.target.digital-rnd-tool-rate", "ratio.digital-rnd-tool-penetration"),
        arguments(
            "jiangsu.2023.target.revenue-share", "ratio.srdi-revenue-share-of-industrial-smes"),
        arguments("jiangsu.2023.target.key-chain-coverage", "ratio.key-chain-supporting-coverage"),
        arguments(
            "jiangsu.2023.target.national-service-platforms",
            "facilities.national-sme-public-service-demo-platform"),
        arguments(
            "jiangsu.2023.target.national-startup-bases",
            "facilities.national-small-micro-innovation-demo-base"),
        arguments(
            "jiangsu.2023.target.provincial-service-platforms",
            "facilities.provincial-sme-public-service-demo-platform"),
        arguments(
            "jiangsu.2023.target.provincial-startup-bases",
            "facilities.provincial-small-micro-innovation-demo-base"),
        arguments("jiangsu.2023.target.key-project-share", "ratio.srdi-share-of-key-tech-projects"),
        arguments(
            "jiangsu.2023.target.rnd-institution-coverage",
            "ratio.srdi-firms-with-provincial-rnd-institution"),
        arguments("jiangsu.2023.target.lead-firms", "firms.supported-lead-firm"),
        arguments(
            "jiangsu.2023.target.provincial-sme-clusters",
            "clusters.provincial-sme-characteristic"),
        arguments(
            "jiangsu.2023.target.national-sme-clusters", "clusters.national-sme-characteristic"),
        arguments("jiangsu.2023.target.quality-awards", "items.quality-awards"),
        arguments("jiangsu.2023.target.jiangsu-jingpin-firms", "firms.jiangsu-jingpin"),
        arguments(
            "jiangsu.2023.target.patent-demo-centres",
            "facilities.provincial-high-value-patent-demo-centre"),
        arguments(
            "jiangsu.2023.target.ip-standardisation", "ratio.srdi-ip-management-standardised"),
        arguments(
            "jiangsu.2023.target.free-diagnosis-coverage",
            "ratio.srdi-free-diagnosis-and-integration-standard"),
        arguments("jiangsu.2023.target.smart-workshops", "facilities.smart-workshop"),
        arguments(
            "jiangsu.2023.target.smart-factories", "facilities.smart-manufacturing-demo-factory"),
        arguments("jiangsu.2023.target.cloud-firms", "firms.star-rated-cloud"),
        arguments("jiangsu.2023.target.new-credit", "money.new-credit-to-srdi-firms"),
        arguments("jiangsu.2023.target.listing-reserve", "firms.listing-reserve"),
        arguments("jiangsu.2023.target.srdi-board", "listings.jiangsu-equity-exchange-srdi-board"),
        arguments("jiangsu.2023.target.listed-firms", "listings.stock-exchange"),
        arguments("jiangsu.2023.target.service-commissioners", "persons.service-commissioners"),
        arguments("jiangsu.2023.target.commissioner-ratio", "ratio.service-commissioners-per-firm"),
        arguments("jinhu.2022.target.national-little-giants", "firms.little-giant"),
        arguments("jinhu.2022.target.provincial-little-giants", "firms.provincial-little-giant"),
        arguments("jinhu.2022.target.city-little-giants", "firms.city-little-giant"),
        arguments("jinhu.2022.target.pool-size", "firms.county-cultivation-pool"),
        arguments("jinhu.2022.target.provincial-pool", "firms.provincial-cultivation-pool"),
        arguments("jinhu.2022.target.city-pool", "firms.city-cultivation-pool"),
        arguments(
            "jinhu.2022.target.rnd-institutions", "facilities.provincial-or-above-rnd-institution"),
        arguments(
            "jinhu.2022.target.first-set-equipment", "items.provincial-first-set-major-equipment"),
        arguments(
            "jinhu.2022.target.smart-workshops", "facilities.provincial-or-above-smart-workshop"),
        arguments(
            "jinhu.2022.target.internet-benchmark-factories",
            "facilities.city-or-above-industrial-internet-benchmark-factory"),
        arguments("jinhu.2022.target.people-trained", "persons.trained"),
        arguments("jinhu.2022.target.energy-saving-firms", "firms.energy-saving-circular-retrofit"),
        arguments("jinhu.2022.target.quality-awards", "items.quality-awards"),
        arguments("jinhu.2022.target.jiangsu-jingpin", "items.jiangsu-jingpin"),
        arguments("jinhu.2022.target.invention-patents", "ip.invention-patents"),
        arguments("jinhu.2022.target.standards", "items.standards-led-or-joined"),
        arguments(
            "jinhu.2022.target.service-platforms",
            "facilities.provincial-sme-public-service-demo-platform"),
        arguments(
            "jinhu.2022.target.startup-base",
            "facilities.provincial-small-micro-innovation-demo-base"));
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("keys")
  void metricKey(String id, String key) {
    assertEquals(key, CatalogueTest.CATALOG.fact(FactId.of(id), Target.class).metricKey());
  }

  @Test
  void everyTargetIsInTheTable() {
    Set<String> table = keys().map(a -> (String) a.get()[0]).collect(Collectors.toSet());
    Set<String> encoded =
        Stream.of("苏政办发〔2023〕3号", "金政发〔2022〕33号")
            .flatMap(d -> CatalogueTest.CATALOG.document(DocumentId.of(d)).targets().stream())
            .map(t -> t.id().toString())
            .collect(Collectors.toSet());
    assertEquals(table, encoded);
  }

  @Test
  void keysFollowTheSharedScheme() {
    Set<String> kinds =
        Set.of(
            "firms",
            "ratio",
            "ip",
            "facilities",
            "clusters",
            "items",
            "money",
            "persons",
            "listings");
    keys()
        .map(a -> (String) a.get()[1])
        .forEach(
            k -> {
              assertTrue(k.matches("[a-z]+\\.[a-z0-9]+(-[a-z0-9]+)*"), k + " is kind.slug");
              assertTrue(kinds.contains(k.substring(0, k.indexOf('.'))), k);
            });
  }
}
