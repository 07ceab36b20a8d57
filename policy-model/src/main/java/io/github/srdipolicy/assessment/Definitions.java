package io.github.srdipolicy.assessment;

import io.github.srdipolicy.catalog.Catalog;
import io.github.srdipolicy.engine.CriteriaInputs;
import io.github.srdipolicy.model.EligibilityCriteria;
import io.github.srdipolicy.model.Indicator;
import io.github.srdipolicy.model.IndicatorId;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.ValueKind;
import io.github.srdipolicy.model.Window;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The definitions users trip on, as data with their text: the recognition levels 0 to 5, what each
 * indicator window means, and which revenue a tier's criteria read (operating revenue 营业收入 or
 * main-business revenue 主营业务收入 are different figures). Stateless.
 */
public final class Definitions {
  private static final Map<Window, LocalizedText> WINDOWS = new EnumMap<>(Window.class);

  static {
    WINDOWS.put(
        Window.CURRENT,
        LocalizedText.of("当前状态（申报时）", "the current state, at the time of application"));
    WINDOWS.put(
        Window.PRIOR_YEAR,
        LocalizedText.of("上一个完整会计年度的数值", "the figure of the last complete financial year"));
    WINDOWS.put(
        Window.AVERAGE_LAST_2_YEARS,
        LocalizedText.of(
            "最近两个完整会计年度的平均值", "the average over the last two complete financial years"));
    WINDOWS.put(
        Window.EACH_OF_LAST_2_YEARS,
        LocalizedText.of(
            "最近两个完整会计年度中每一年都须达到：填两年中较低的一年",
            "each of the last two complete financial years must meet it: give the lower of the two years"));
    WINDOWS.put(
        Window.SUM_LAST_2_YEARS,
        LocalizedText.of(
            "最近两个完整会计年度的合计（比率为两年合计之比）",
            "the total over the last two complete financial years (a ratio is of the two-year totals)"));
    WINDOWS.put(
        Window.AVERAGE_LAST_3_YEARS,
        LocalizedText.of(
            "最近三个完整会计年度的平均值", "the average over the last three complete financial years"));
    WINDOWS.put(
        Window.WITHIN_LAST_3_YEARS,
        LocalizedText.of("最近三年内累计发生的数值", "what occurred in total within the last three years"));
    WINDOWS.put(
        Window.WITHIN_LAST_5_YEARS,
        LocalizedText.of("最近五年内累计发生的数值", "what occurred in total within the last five years"));
    WINDOWS.put(
        Window.CUMULATIVE,
        LocalizedText.of("截至申报时累计拥有的数量", "the total held up to the time of application"));
  }

  private Definitions() {}

  /**
   * Returns the recognition levels a {@link ValueKind#LEVEL} indicator takes, 0 (none) to 5
   * (international), each "at least" the ones below it.
   *
   * @return six definitions keyed by rank, never null
   */
  public static List<Definition> recognitionLevels() {
    List<Definition> result = new ArrayList<>();
    for (RecognitionLevel l : RecognitionLevel.values()) {
      result.add(Definition.of(String.valueOf(l.rank()), l.label(), levelMeaning(l)));
    }
    return List.copyOf(result);
  }

  private static LocalizedText levelMeaning(RecognitionLevel l) {
    if (l == RecognitionLevel.NONE) {
      return LocalizedText.of("0：未在任何级别获认定", "0: not recognised at any level");
    }
    return LocalizedText.of(
        l.rank()
            + "：由"
            + l.label().zh()
            + "认定（或评定）；要求\""
            + l.label().zh()
            + "及以上\"时，"
            + l.rank()
            + "至5级都满足",
        l.rank()
            + ": recognised (or rated) at "
            + l.label().en()
            + " level; a requirement of \""
            + l.label().en()
            + " or above\" is met by ranks "
            + l.rank()
            + " to 5");
  }

  /**
   * Returns what an indicator window means: which period or date the figure refers to.
   *
   * @param window the window, not null
   * @return the meaning, never null
   */
  public static LocalizedText window(Window window) {
    return WINDOWS.get(window);
  }

  /**
   * Returns every window with its meaning.
   *
   * @return one definition per window, keyed by its name, never null
   */
  public static List<Definition> windows() {
    List<Definition> result = new ArrayList<>();
    for (Window w : Window.values()) {
      result.add(Definition.of(w.name(), LocalizedText.of(w.name(), w.name()), WINDOWS.get(w)));
    }
    return List.copyOf(result);
  }

  /**
   * Returns the revenue figures a tier's criteria in force read, each with its meaning, so that a
   * firm gives operating revenue where it is asked for and main-business revenue where that is.
   *
   * @param catalog the catalogue, not null
   * @param tier the tier, not null
   * @param date the date documents must be in force on, not null
   * @return one definition per revenue indicator read, keyed by indicator id, never null
   * @throws IllegalArgumentException if the tier is unknown
   */
  public static List<Definition> revenueRead(Catalog catalog, TierId tier, LocalDate date) {
    Set<IndicatorId> read = new LinkedHashSet<>();
    for (EligibilityCriteria c : catalog.criteriaFor(tier, date)) {
      CriteriaInputs.of(c).stream()
          .filter(i -> i.kind() == io.github.srdipolicy.engine.InputRef.Kind.INDICATOR)
          .map(i -> IndicatorId.of(i.id()))
          .forEach(read::add);
    }
    List<Definition> result = new ArrayList<>();
    for (IndicatorId id : read) {
      Indicator ind = catalog.indicators().get(id);
      if (ind.kind() == ValueKind.MONEY && id.toString().contains("revenue")) {
        LocalizedText w = window(ind.window());
        LocalizedText meaning =
            ind.definition()
                .map(d -> LocalizedText.of(w.zh() + "；" + d.zh(), w.en() + "; " + d.en()))
                .orElse(w);
        result.add(Definition.of(id.toString(), ind.name(), meaning));
      }
    }
    return List.copyOf(result);
  }
}
