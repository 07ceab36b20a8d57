package io.github.srdipolicy.jiangsu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.params.provider.Arguments.arguments;

import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.Indicators;
import io.github.srdipolicy.model.Operator;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.model.Unit;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/** Every threshold of annexes 1, 2, 4 and 5 of 金政发〔2022〕33号: indicator, operator and bound, against its clause. */
class JinhuAnnexThresholdsTest {
  private static final Operator GE = Operator.AT_LEAST;
  private static final Operator LE = Operator.AT_MOST;
  private static final Operator IS = Operator.EQUAL_TO;
  private static final Quantity YES = Quantity.flag(true);

  private static Arguments row(String id, String clause, Operator op, Quantity bound, Indicator... indicators) {
    return arguments(id, clause, op, bound, List.of(indicators));
  }

  private static Quantity ip(int n) {
    return Quantity.count(n, Unit.IP_ITEMS);
  }

  static Stream<Arguments> thresholds() {
    String a4m = "附件4 小巨人企业 制造类 ";
    String a5g = "附件5 小巨人企业 ";
    return Stream.of(
        row("jinhu.annex1.manufacturing.patents", "附件1 制造类 3", GE, ip(2), Indicators.INVENTION_PATENTS, Indicators.UTILITY_MODEL_PATENTS),
        row("jinhu.annex1.manufacturing.main-product-share", "附件1 制造类 4", GE, Quantity.percent("40"), Indicators.MAIN_PRODUCT_SHARE),
        row("jinhu.annex1.manufacturing.market.supplier", "附件1 制造类 5", IS, YES, Indicators.IN_LEADER_SUPPLY_CHAIN),
        row("jinhu.annex1.manufacturing.growth.revenue", "附件1 制造类 6", GE, Quantity.percent("5"), Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y),
        row("jinhu.annex1.manufacturing.growth.margin", "附件1 制造类 6", GE, Quantity.percent("5"), Indicators.OPERATING_MARGIN_AVG_3Y),
        row("jinhu.annex1.innovation.patents", "附件1 创新类 2", GE, ip(1), Indicators.INVENTION_PATENTS, Indicators.UTILITY_MODEL_PATENTS),

        row("jinhu.annex2.manufacturing.size.revenue", "附件2 制造类 1", GE, Quantity.wanYuan("2000"), Indicators.MAIN_BUSINESS_REVENUE),
        row("jinhu.annex2.manufacturing.size.profit-and-tax", "附件2 制造类 1", GE, Quantity.wanYuan("500"), Indicators.PROFIT_AND_TAX),
        row("jinhu.annex2.manufacturing.rank", "附件2 制造类 2", LE, Quantity.rank(5), Indicators.MARKET_RANK_PROVINCE),
        row("jinhu.annex2.manufacturing.high-tech", "附件2 制造类 3", IS, YES, Indicators.HIGH_TECH_ENTERPRISE),
        row("jinhu.annex2.manufacturing.rnd-institution", "附件2 制造类 3", GE, Quantity.level(RecognitionLevel.CITY), Indicators.RND_INSTITUTION_LEVEL),
        row("jinhu.annex2.manufacturing.invention-patent", "附件2 制造类 3", GE, ip(1), Indicators.INVENTION_PATENTS_FILED_OR_GRANTED),
        row("jinhu.annex2.manufacturing.brand", "附件2 制造类 3", GE, Quantity.level(RecognitionLevel.CITY), Indicators.BRAND_LEVEL),
        row("jinhu.annex2.manufacturing.main-business-share", "附件2 制造类 4", GE, Quantity.percent("40"), Indicators.MAIN_BUSINESS_SHARE),
        row("jinhu.annex2.innovation.invention-patents", "附件2 创新类 2", GE, ip(1), Indicators.INVENTION_PATENTS_FILED_OR_GRANTED),
        row("jinhu.annex2.innovation.contest", "附件2 创新类 3", GE, Quantity.level(RecognitionLevel.PROVINCE), Jiangsu.INNOVATION_CONTEST_LEVEL),

        row("jinhu.annex4.product.share", "附件4 专精特新产品 1", GE, Quantity.percent("60"), Indicators.PRODUCT_SHARE_OF_MAIN_BUSINESS),
        row("jinhu.annex4.product.technology.patents", "附件4 专精特新产品 2", GE, ip(2), Indicators.INVENTION_PATENTS, Indicators.UTILITY_MODEL_PATENTS),
        row("jinhu.annex4.product.technology.know-how", "附件4 专精特新产品 2", GE, ip(1), Indicators.PROPRIETARY_TECHNOLOGIES),
        row("jinhu.annex4.product.market.rank", "附件4 专精特新产品 3", LE, Quantity.rank(10), Indicators.MARKET_RANK_NATIONAL),
        row("jinhu.annex4.product.market.supply-chain", "附件4 专精特新产品 3", IS, YES, Indicators.IN_LEADER_SUPPLY_CHAIN),
        row("jinhu.annex4.giant.manufacturing.size.revenue", a4m + "1", GE, Quantity.wanYuan("5000"), Indicators.MAIN_BUSINESS_REVENUE),
        row("jinhu.annex4.giant.manufacturing.size.profit", a4m + "1", GE, Quantity.wanYuan("400"), Indicators.TOTAL_PROFIT),
        row("jinhu.annex4.giant.manufacturing.growth.revenue", a4m + "2", GE, Quantity.percent("8"), Indicators.OPERATING_REVENUE_GROWTH_AVG_3Y),
        row("jinhu.annex4.giant.manufacturing.growth.margin", a4m + "2", GE, Quantity.percent("8"), Indicators.OPERATING_MARGIN_AVG_3Y),
        row("jinhu.annex4.giant.manufacturing.market.rank", a4m + "3", LE, Quantity.rank(5), Indicators.MARKET_RANK_NATIONAL),
        row("jinhu.annex4.giant.manufacturing.market.supply-chain", a4m + "3", IS, YES, Indicators.IN_LEADER_SUPPLY_CHAIN),
        row("jinhu.annex4.giant.manufacturing.rnd-institution", a4m + "5", GE, Quantity.level(RecognitionLevel.CITY), Indicators.RND_INSTITUTION_LEVEL),
        row("jinhu.annex4.giant.manufacturing.rnd-intensity", a4m + "6", GE, Quantity.percent("3"), Indicators.RND_INTENSITY_AVG),
        row("jinhu.annex4.giant.innovation.founded", "附件4 小巨人企业 创新类 1", GE, Quantity.calendarYear(2014), Indicators.FOUNDING_YEAR),

        row("jinhu.annex5.product.share", "附件5 专精特新产品 1", GE, Quantity.percent("50"), Indicators.PRODUCT_SHARE_OF_MAIN_BUSINESS),
        row("jinhu.annex5.product.ip", "附件5 专精特新产品 2", GE, ip(2), Indicators.INVENTION_PATENTS, Indicators.UTILITY_MODEL_PATENTS,
            Indicators.DESIGN_PATENTS, Indicators.SOFTWARE_COPYRIGHTS, Indicators.PROPRIETARY_TECHNOLOGIES),
        row("jinhu.annex5.giant.revenue", a5g + "1", GE, Quantity.wanYuan("5000"), Indicators.MAIN_BUSINESS_REVENUE),
        row("jinhu.annex5.giant.rank", a5g + "1", LE, Quantity.rank(10), Indicators.MARKET_RANK_PROVINCE),
        row("jinhu.annex5.giant.growth", a5g + "2", GE, Quantity.percent("5"), Indicators.MAIN_BUSINESS_GROWTH_AVG_2Y),
        row("jinhu.annex5.giant.debt", a5g + "2", LE, Quantity.percent("70"), Indicators.DEBT_TO_ASSET_RATIO),
        row("jinhu.annex5.giant.high-tech", a5g + "3", IS, YES, Indicators.HIGH_TECH_ENTERPRISE),
        row("jinhu.annex5.giant.rnd-institution", a5g + "3", GE, Quantity.level(RecognitionLevel.CITY), Indicators.RND_INSTITUTION_LEVEL));
  }

  @ParameterizedTest(name = "{0} ({1})")
  @MethodSource("thresholds")
  void threshold(String id, String clause, Operator op, Quantity bound, List<Indicator> indicators) {
    Condition c = CatalogueTest.CATALOG.fact(FactId.of(id), Condition.class);
    assertEquals(clause, c.source().clause());
    assertEquals(DocumentId.of(Jiangsu.JINHU_DOC), c.source().document());
    List<String> ids = indicators.stream().map(i -> i.id().toString()).toList();
    if (c instanceof Comparison) {
      Comparison x = (Comparison) c;
      assertEquals(ids, List.of(x.indicator().toString()));
      assertEquals(op, x.operator());
      assertEquals(bound.unit(), x.threshold().unit());
      assertTrue(bound.isSameValueAs(x.threshold()), x.threshold() + " is not " + bound);
    } else {
      SumComparison x = (SumComparison) c;
      assertEquals(ids, x.indicators().stream().map(Object::toString).toList());
      assertEquals(op, x.operator());
      assertTrue(bound.isSameValueAs(x.threshold()), x.threshold() + " is not " + bound);
    }
  }

  @Test
  void everyThresholdOfTheAnnexesIsInTheTable() {
    Set<String> encoded = new TreeSet<>();
    Consumer<Condition> visit = new Consumer<>() {
      @Override
      public void accept(Condition c) {
        if (c instanceof Comparison || c instanceof SumComparison) {
          encoded.add(c.id().toString());
        } else if (c instanceof AllOf) {
          ((AllOf) c).conditions().forEach(this);
        } else if (c instanceof AnyOf) {
          ((AnyOf) c).conditions().forEach(this);
        }
      }
    };
    for (EligibilityCriteria c : CatalogueTest.CATALOG.document(DocumentId.of(Jiangsu.JINHU_DOC)).criteria()) {
      c.common().ifPresent(visit);
      c.tracks().forEach(t -> visit.accept(t.condition()));
    }
    assertEquals(thresholds().map(a -> (String) a.get()[0]).collect(Collectors.toCollection(TreeSet::new)), encoded);
  }

  @Test
  void everyAnnexConditionCitesAnAnnexClause() {
    for (EligibilityCriteria c : CatalogueTest.CATALOG.document(DocumentId.of(Jiangsu.JINHU_DOC)).criteria()) {
      String annex = c.source().clause();
      Consumer<Condition> visit = new Consumer<>() {
        @Override
        public void accept(Condition x) {
          assertTrue(x.source().clause().startsWith(annex), x.id() + " cites " + x.source().clause() + " outside " + annex);
          if (x instanceof AllOf) {
            ((AllOf) x).conditions().forEach(this);
          } else if (x instanceof AnyOf) {
            ((AnyOf) x).conditions().forEach(this);
          }
        }
      };
      c.common().ifPresent(visit);
      c.tracks().forEach(t -> visit.accept(t.condition()));
    }
    assertTrue(Arrays.asList("附件1", "附件2", "附件4", "附件5").containsAll(
        CatalogueTest.CATALOG.document(DocumentId.of(Jiangsu.JINHU_DOC)).criteria().stream().map(c -> c.source().clause())
            .collect(Collectors.toSet())));
  }
}
