package io.github.srdipolicy.jiangsu;

import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.Window;
import java.math.BigDecimal;
import java.util.List;

/** Indicators the Jiangsu documents need beyond the standard vocabulary. */
final class JiangsuIndicators {
  private JiangsuIndicators() {}

  /**
   * 参加过的创新类大赛的最高级别: Jinhu's pool asks for experience in a provincial-or-higher innovation
   * contest (附件2 创新类 3), a level the engine can compare rather than a yes/no declaration.
   */
  static final Indicator INNOVATION_CONTEST_LEVEL = Indicator.builder()
      .id(IndicatorId.of("innovation-contest-level"))
      .name(LocalizedText.of("参加过的创新类大赛的最高级别", "highest level of innovation contest the firm has entered"))
      .unit(Unit.LEVEL).window(Window.CUMULATIVE)
      .minimum(new BigDecimal("0")).maximum(new BigDecimal("5"))
      .definition(LocalizedText.of("曾参赛即可，不要求获奖", "having entered counts; no prize is required"))
      .build();

  static List<Indicator> all() {
    return List.of(INNOVATION_CONTEST_LEVEL);
  }
}
