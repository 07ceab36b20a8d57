package io.github.srdipolicy.jiangsu;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.Comparison;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Status;
import io.github.srdipolicy.model.SumComparison;
import io.github.srdipolicy.testing.DataFilesContract;
import java.util.Arrays;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Every threshold and yes/no test of annexes 1, 2, 4 and 5 of 金政发〔2022〕33号, as the generated review
 * sheet shows it (id | clause | indicator | operator word | bound with unit), against the annex
 * tables; the comments give the clause text each group was checked against.
 */
class JinhuAnnexThresholdsTest {
  private static final String KEY_ROWS =
      """
      // 附件1 制造类3: 拥有2项以上有效专利（发明或实用新型）
      jinhu.annex1.manufacturing.patents | 附件1 制造类 3 | invention-patents + utility-model-patents | at-least | 2项
      // 附件1 制造类4, 6: 40%以上; 营业收入平均增长率5%以上或平均营业利润率5%以上
      jinhu.annex1.manufacturing.main-product-share | 附件1 制造类 4 | main-product-share | at-least | 40%
      // 附件1 制造类5: 或是与龙头大型企业形成协作配套关系
      jinhu.annex1.manufacturing.market.supplier | 附件1 制造类 5 | in-leader-supply-chain | status | yes
      jinhu.annex1.manufacturing.growth.revenue | 附件1 制造类 6 | operating-revenue-growth-avg-3y | at-least | 5%
      jinhu.annex1.manufacturing.growth.margin | 附件1 制造类 6 | operating-margin-avg-3y | at-least | 5%
      // 附件1 创新类2: 1项以上有效专利（发明或实用新型）
      jinhu.annex1.innovation.patents | 附件1 创新类 2 | invention-patents + utility-model-patents | at-least | 1项
      // 附件2 制造类1: 主营业务收入2000万元以上，或利税总额500万元以上
      jinhu.annex2.manufacturing.size.revenue | 附件2 制造类 1 | main-business-revenue | at-least | 2000万元
      jinhu.annex2.manufacturing.size.profit-and-tax | 附件2 制造类 1 | profit-and-tax | at-least | 500万元
      // 附件2 制造类2, 4: 省内排名前五; 主营业务收入占40%以上
      jinhu.annex2.manufacturing.rank | 附件2 制造类 2 | market-rank-province | at-most | 5位
      // 附件2 制造类3: 应为国家高新技术企业；市级以上研发机构；发明专利；市级以上品牌
      jinhu.annex2.manufacturing.high-tech | 附件2 制造类 3 | high-tech-enterprise | status | yes
      jinhu.annex2.manufacturing.rnd-institution | 附件2 制造类 3 | rnd-institution-level | at-least | 2 level
      jinhu.annex2.manufacturing.invention-patent | 附件2 制造类 3 | invention-patents-filed-or-granted | at-least | 1项
      jinhu.annex2.manufacturing.brand | 附件2 制造类 3 | brand-level | at-least | 2 level
      jinhu.annex2.manufacturing.main-business-share | 附件2 制造类 4 | main-business-share | at-least | 40%
      // 附件2 创新类2-3: 申报或授权的发明专利1项以上; 省级以上创新类大赛
      jinhu.annex2.innovation.invention-patents | 附件2 创新类 2 | invention-patents-filed-or-granted | at-least | 1项
      jinhu.annex2.innovation.contest | 附件2 创新类 3 | innovation-contest-level | at-least | 3 level
      // 附件4 产品1-3: 60%以上; 2项发明（或实用新型）专利或专有技术; 国内前10位或进入龙头企业供应链
      jinhu.annex4.product.share | 附件4 专精特新产品 1 | product-share-of-main-business | at-least | 60%
      jinhu.annex4.product.technology.patents | 附件4 专精特新产品 2 | invention-patents + utility-model-patents | at-least | 2项
      jinhu.annex4.product.technology.know-how | 附件4 专精特新产品 2 | proprietary-technologies | at-least | 1项
      jinhu.annex4.product.market.rank | 附件4 专精特新产品 3 | market-rank-national | at-most | 10位
      jinhu.annex4.product.market.supply-chain | 附件4 专精特新产品 3 | in-leader-supply-chain | status | yes
      // 附件4 小巨人制造类1-6: 5000万元以上（含）或利润400万元以上（含）; 8%; 前5位或供应链; 市级以上研发机构; 不低于3%
      jinhu.annex4.giant.manufacturing.size.revenue | 附件4 小巨人企业 制造类 1 | main-business-revenue | at-least | 5000万元
      jinhu.annex4.giant.manufacturing.size.profit | 附件4 小巨人企业 制造类 1 | total-profit | at-least | 400万元
      jinhu.annex4.giant.manufacturing.growth.revenue | 附件4 小巨人企业 制造类 2 | operating-revenue-growth-avg-3y | at-least | 8%
      jinhu.annex4.giant.manufacturing.growth.margin | 附件4 小巨人企业 制造类 2 | operating-margin-avg-3y | at-least | 8%
      jinhu.annex4.giant.manufacturing.market.rank | 附件4 小巨人企业 制造类 3 | market-rank-national | at-most | 5位
      jinhu.annex4.giant.manufacturing.market.supply-chain | 附件4 小巨人企业 制造类 3 | in-leader-supply-chain | status | yes
      jinhu.annex4.giant.manufacturing.rnd-institution | 附件4 小巨人企业 制造类 5 | rnd-institution-level | at-least | 2 level
      jinhu.annex4.giant.manufacturing.rnd-intensity | 附件4 小巨人企业 制造类 6 | rnd-intensity-avg | at-least | 3%
      // 附件4 创新类1: 2014年（包括2014年）后成立
      jinhu.annex4.giant.innovation.founded | 附件4 小巨人企业 创新类 1 | founding-year | at-least | 2014 calendar-year
      // 附件5 产品1-2: 50%以上; 专利、软件著作权或专有技术2项以上
      jinhu.annex5.product.share | 附件5 专精特新产品 1 | product-share-of-main-business | at-least | 50%
      jinhu.annex5.product.ip | 附件5 专精特新产品 2 | invention-patents + utility-model-patents + design-patents + software-copyrights + proprietary-technologies | at-least | 2项
      // 附件5 小巨人1-3: 5000万元以上（含）, 全省前十名; 增长率5%以上, 资产负债率不高于70%; 高新技术企业, 市级以上研发机构
      jinhu.annex5.giant.revenue | 附件5 小巨人企业 1 | main-business-revenue | at-least | 5000万元
      jinhu.annex5.giant.rank | 附件5 小巨人企业 1 | market-rank-province | at-most | 10位
      jinhu.annex5.giant.growth | 附件5 小巨人企业 2 | main-business-growth-avg-2y | at-least | 5%
      jinhu.annex5.giant.debt | 附件5 小巨人企业 2 | debt-to-asset-ratio | at-most | 70%
      jinhu.annex5.giant.high-tech | 附件5 小巨人企业 3 | high-tech-enterprise | status | yes
      jinhu.annex5.giant.rnd-institution | 附件5 小巨人企业 3 | rnd-institution-level | at-least | 2 level
      """
          .lines()
          .filter(l -> !l.strip().startsWith("//"))
          .map(String::strip)
          .collect(Collectors.joining("\n"));

  @Test
  void keyRowsOfTheReviewSheet_matchTheAnnexes() {
    String[] ids = KEY_ROWS.lines().map(r -> r.split(" \\| ")[0]).toArray(String[]::new);
    assertEquals(
        KEY_ROWS,
        String.join("\n", DataFilesContract.keyRows(new JiangsuSource(), "jinhu-2022.yaml", ids)));
    for (String id : ids) {
      assertEquals(
          DocumentId.of(Jiangsu.JINHU_DOC),
          CatalogueTest.CATALOG
              .fact(io.github.srdipolicy.model.FactId.of(id), Condition.class)
              .source()
              .document());
    }
  }

  @Test
  void everyThresholdOfTheAnnexesIsInTheTable() {
    Set<String> encoded = new TreeSet<>();
    Consumer<Condition> visit =
        new Consumer<>() {
          @Override
          public void accept(Condition c) {
            if (c instanceof Comparison || c instanceof SumComparison || c instanceof Status) {
              encoded.add(c.id().toString());
            } else if (c instanceof AllOf) {
              ((AllOf) c).conditions().forEach(this);
            } else if (c instanceof AnyOf) {
              ((AnyOf) c).conditions().forEach(this);
            }
          }
        };
    for (EligibilityCriteria c :
        CatalogueTest.CATALOG.document(DocumentId.of(Jiangsu.JINHU_DOC)).criteria()) {
      c.common().ifPresent(visit);
      c.tracks().forEach(t -> visit.accept(t.condition()));
    }
    assertEquals(
        KEY_ROWS
            .lines()
            .map(r -> r.split(" \\| ")[0])
            .collect(Collectors.toCollection(TreeSet::new)),
        encoded);
  }

  @Test
  void everyAnnexConditionCitesAnAnnexClause() {
    for (EligibilityCriteria c :
        CatalogueTest.CATALOG.document(DocumentId.of(Jiangsu.JINHU_DOC)).criteria()) {
      String annex = c.source().clause();
      Consumer<Condition> visit =
          new Consumer<>() {
            @Override
            public void accept(Condition x) {
              assertTrue(
                  x.source().clause().startsWith(annex),
                  x.id() + " cites " + x.source().clause() + " outside " + annex);
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
    assertTrue(
        Arrays.asList("附件1", "附件2", "附件4", "附件5")
            .containsAll(
                CatalogueTest.CATALOG.document(DocumentId.of(Jiangsu.JINHU_DOC)).criteria().stream()
                    .map(c -> c.source().clause())
                    .collect(Collectors.toSet())));
  }
}
