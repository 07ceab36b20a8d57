package io.github.srdipolicy.jilin;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.model.AllOf;
import io.github.srdipolicy.model.AnyOf;
import io.github.srdipolicy.model.Condition;
import io.github.srdipolicy.model.DocumentId;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.FactId;
import io.github.srdipolicy.model.Incentive;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Measure;
import io.github.srdipolicy.model.PolicyDocument;
import io.github.srdipolicy.model.PoolFirm;
import io.github.srdipolicy.model.Provision;
import io.github.srdipolicy.model.SourceRef;
import io.github.srdipolicy.model.Target;
import io.github.srdipolicy.national.NationalSource;
import java.util.ArrayList;
import java.util.List;

/** The catalogue the tests share, and small readers over it. */
final class Fixtures {
  static final Catalog CATALOG = Catalog.of(new NationalSource(), new JilinSource());

  static final String PROVINCE_2022 = "吉政发〔2022〕1号";
  static final String JIAOHE_2022 = "蛟政发〔2022〕4号";
  static final String BAIQIANWAN_2018 = "吉工信民营〔2018〕350号";

  private Fixtures() {}

  static PolicyDocument doc(String id) {
    return CATALOG.document(DocumentId.of(id));
  }

  static <T> T fact(String id, Class<T> type) {
    return CATALOG.fact(FactId.of(id), type);
  }

  static Target target(String id) {
    return fact(id, Target.class);
  }

  static Incentive incentive(String id) {
    return fact(id, Incentive.class);
  }

  static Provision provision(String id) {
    return fact(id, Provision.class);
  }

  static Measure measure(String id) {
    return fact(id, Measure.class);
  }

  static List<String> zh(List<LocalizedText> texts) {
    return texts.stream().map(LocalizedText::zh).toList();
  }

  /**
   * Every source reference a document's facts and tiers carry, conditions and restatements
   * included.
   */
  static List<SourceRef> sources(PolicyDocument d) {
    List<SourceRef> refs = new ArrayList<>();
    d.tiers().forEach(t -> refs.add(t.source()));
    d.ladders().forEach(l -> refs.add(l.source()));
    for (EligibilityCriteria c : d.criteria()) {
      refs.add(c.source());
      c.common().ifPresent(x -> conditions(x, refs));
      c.tracks().forEach(t -> conditions(t.condition(), refs));
    }
    for (Incentive i : d.incentives()) {
      refs.add(i.source());
      refs.add(i.stacking().source());
    }
    d.targets().forEach(t -> refs.add(t.source()));
    for (Measure m : d.measures()) {
      refs.add(m.source());
      refs.addAll(m.alsoListedIn());
    }
    d.provisions().forEach(p -> refs.add(p.source()));
    d.poolFirms().forEach((PoolFirm f) -> refs.add(f.source()));
    return refs;
  }

  private static void conditions(Condition c, List<SourceRef> refs) {
    refs.add(c.source());
    if (c instanceof AllOf) {
      ((AllOf) c).conditions().forEach(x -> conditions(x, refs));
    } else if (c instanceof AnyOf) {
      ((AnyOf) c).conditions().forEach(x -> conditions(x, refs));
    }
  }
}
