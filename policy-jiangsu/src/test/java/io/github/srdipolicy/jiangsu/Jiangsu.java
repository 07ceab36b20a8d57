package io.github.srdipolicy.jiangsu;

import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;

/**
 * The Jinhu document id the tests refer to, and the indicator the Jinhu file adds, read from the
 * file.
 */
final class Jiangsu {
  static final String JINHU_DOC = "金政发〔2022〕33号";

  static final Indicator INNOVATION_CONTEST_LEVEL =
      new JiangsuSource()
          .indicators().stream()
              .filter(i -> i.id().equals(IndicatorId.of("innovation-contest-level")))
              .findFirst()
              .orElseThrow();

  private Jiangsu() {}
}
