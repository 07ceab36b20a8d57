package io.github.srdipolicy.assessment;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.CriteriaInputs;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import io.github.srdipolicy.model.ValueKind;
import java.math.BigDecimal;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The wording of every question, in one place: indicators from their name, unit, window and range;
 * declarations from the label of the qualitative condition that asks for them (until the catalogue
 * carries a declaration registry with its own question text); tiers from their name.
 */
final class Questions {
  private static final List<Question.Choice> YES_NO =
      List.of(
          Question.Choice.of("yes", LocalizedText.of("是", "yes")),
          Question.Choice.of("no", LocalizedText.of("否", "no")));

  private final Catalog catalog;
  private final Map<String, LocalizedText> declarations = new HashMap<>();

  /** The wording of each input, made once: only the tiers and the score change between firms. */
  private final Map<InputRef, ImmutableQuestion> wording =
      new java.util.concurrent.ConcurrentHashMap<>();

  /** The short name of each input, made once. */
  private final Map<InputRef, LocalizedText> names = new java.util.concurrent.ConcurrentHashMap<>();

  Questions(Catalog catalog) {
    this.catalog = catalog;
    for (EligibilityCriteria c : catalog.facts(EligibilityCriteria.class)) {
      CriteriaInputs.declarations(c, declarations);
    }
  }

  /** A short name for an input, for one-line summaries. */
  LocalizedText shortName(InputRef input) {
    LocalizedText n = names.get(input);
    return n != null ? n : names.computeIfAbsent(input, this::name);
  }

  private LocalizedText name(InputRef input) {
    switch (input.kind()) {
      case INDICATOR:
        return catalog
            .indicators()
            .find(IndicatorId.of(input.id()))
            .map(Indicator::name)
            .orElse(LocalizedText.of(input.id(), input.id()));
      case DECLARATION:
        return declarations.getOrDefault(input.id(), LocalizedText.of(input.id(), input.id()));
      default:
        return catalog.tier(TierId.of(input.id())).name();
    }
  }

  /** The question for an input, with the tiers it bears on and its weight. */
  Question question(InputRef input, List<TierId> affects, List<TierId> decides, double score) {
    // A plain read first: computeIfAbsent may lock the map's bin even when the key is there.
    ImmutableQuestion w = wording.get(input);
    if (w == null) {
      w = wording.computeIfAbsent(input, this::wording);
    }
    return w.withAffects(affects).withDecides(decides).withScore(score);
  }

  private ImmutableQuestion wording(InputRef input) {
    Question.Builder b = Question.builder().input(input).score(0);
    LocalizedText short_ = shortName(input);
    LocalizedText name = LocalizedText.of(short_.zh(), capitalised(short_.en()));
    switch (input.kind()) {
      case INDICATOR:
        {
          Indicator ind = catalog.indicators().get(IndicatorId.of(input.id()));
          b.window(Definitions.window(ind.window())).definition(ind.definition());
          Unit unit = ind.unit();
          if (unit == Unit.FLAG) {
            b.kind(Question.Kind.YES_NO)
                .choices(YES_NO)
                .text(LocalizedText.of(name.zh() + "：是否？", name.en() + ": yes or no?"));
          } else if (unit.kind() == ValueKind.LEVEL) {
            b.kind(Question.Kind.LEVEL)
                .minimum(BigDecimal.ZERO)
                .maximum(BigDecimal.valueOf(5))
                .text(
                    LocalizedText.of(
                        name.zh() + "：获认定的最高级别（0—5）？",
                        name.en() + ": the highest level recognised (0 to 5)?"));
            for (RecognitionLevel l : RecognitionLevel.values()) {
              b.addChoices(Question.Choice.of(String.valueOf(l.rank()), l.label()));
            }
          } else if (unit.kind() == ValueKind.CALENDAR_YEAR) {
            b.kind(Question.Kind.YEAR)
                .unit(unit)
                .text(LocalizedText.of(name.zh() + "：哪一年？", name.en() + ": which year?"));
          } else if (unit.kind() == ValueKind.DATE) {
            b.kind(Question.Kind.DATE)
                .unit(unit)
                .text(
                    LocalizedText.of(
                        name.zh() + "：哪一天（YYYY-MM-DD）？", name.en() + ": which day (YYYY-MM-DD)?"));
          } else {
            String zhUnit = unit.zhSymbol().isEmpty() ? "" : "（" + unit.zhSymbol() + "）";
            String enUnit =
                unit.enSymbol().isEmpty()
                    ? ""
                    : unit.kind() == ValueKind.MONEY
                        ? " (" + unit.zhSymbol() + ", " + unit.enSymbol() + ")"
                        : " (" + unit.enSymbol() + ")";
            b.kind(Question.Kind.NUMBER)
                .unit(unit)
                .text(
                    LocalizedText.of(
                        name.zh() + zhUnit + "是多少？", capitalised(name.en()) + enUnit + "?"));
            ind.minimum().ifPresent(m -> b.minimum(inUnit(m, unit)));
            ind.maximum().ifPresent(m -> b.maximum(inUnit(m, unit)));
          }
          break;
        }
      case DECLARATION:
        b.kind(Question.Kind.YES_NO)
            .choices(YES_NO)
            .text(
                LocalizedText.of(
                    "企业是否符合：" + name.zh() + "？",
                    "Does this hold for the firm: " + name.en() + "?"));
        break;
      default:
        b.kind(Question.Kind.TIER)
            .text(
                LocalizedText.of(
                    "是否已获认定为" + name.zh() + "？是则填认定日期（YYYY-MM-DD），否则填\"否\"",
                    "Is the firm recognised as "
                        + name.en()
                        + "? If so, the date of recognition (YYYY-MM-DD), else 'no'"));
    }
    return (ImmutableQuestion) b.build();
  }

  private static String capitalised(String s) {
    return s.isEmpty() ? s : Character.toUpperCase(s.charAt(0)) + s.substring(1);
  }

  private static BigDecimal inUnit(BigDecimal base, Unit unit) {
    BigDecimal v = base.divide(unit.factor()).stripTrailingZeros();
    return v.scale() < 0 ? v.setScale(0) : v;
  }
}
