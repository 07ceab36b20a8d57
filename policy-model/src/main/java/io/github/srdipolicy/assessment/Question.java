package io.github.srdipolicy.assessment;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import io.github.srdipolicy.engine.InputRef;
import io.github.srdipolicy.model.LocalizedText;
import io.github.srdipolicy.model.Quantity;
import io.github.srdipolicy.model.RecognitionLevel;
import io.github.srdipolicy.model.TierId;
import io.github.srdipolicy.model.Unit;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.immutables.value.Value;

/**
 * A missing input, asked as a question: its text in Chinese and English, what kind of answer it
 * takes (unit, range, choices), the tiers whose outcome it bears on and how much answering it is
 * worth. {@link #answer(String)} reads a typed answer, checking it. Immutable and thread-safe.
 */
@Value.Immutable
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@JsonSerialize(as = ImmutableQuestion.class)
@JsonDeserialize(as = ImmutableQuestion.class)
public abstract class Question {
  /** What kind of answer a question takes. */
  public enum Kind {
    /** A decimal amount in {@link Question#unit()}. */
    NUMBER,
    /** A calendar year such as 2014. */
    YEAR,
    /** A date, YYYY-MM-DD. */
    DATE,
    /** Yes or no. */
    YES_NO,
    /**
     * A recognition level, 0 (none) to 5 (international): see {@link
     * Definitions#recognitionLevels()}.
     */
    LEVEL,
    /** Whether a tier is held: the date of recognition, or no. */
    TIER
  }

  /** One allowed answer of a closed question. */
  @Value.Immutable
  @JsonSerialize(as = ImmutableChoice.class)
  @JsonDeserialize(as = ImmutableChoice.class)
  public abstract static class Choice {
    /**
     * Returns the value to type.
     *
     * @return the value, never null
     */
    public abstract String value();

    /**
     * Returns what it means.
     *
     * @return the label, never null
     */
    public abstract LocalizedText label();

    /**
     * Creates a choice.
     *
     * @param value the value, not null
     * @param label the label, not null
     * @return the choice, never null
     */
    public static Choice of(String value, LocalizedText label) {
      return ImmutableChoice.builder().value(value).label(label).build();
    }
  }

  /**
   * Returns the input asked for.
   *
   * @return the input, never null
   */
  public abstract InputRef input();

  /**
   * Returns the question.
   *
   * @return the text, never null
   */
  public abstract LocalizedText text();

  /**
   * Returns the kind of answer.
   *
   * @return the kind, never null
   */
  public abstract Kind kind();

  /**
   * Returns the unit a {@link Kind#NUMBER} answer is in.
   *
   * @return the unit, never null
   */
  public abstract Optional<Unit> unit();

  /**
   * Returns the smallest valid answer, in {@link #unit()}.
   *
   * @return the inclusive minimum, never null
   */
  public abstract Optional<BigDecimal> minimum();

  /**
   * Returns the largest valid answer, in {@link #unit()}.
   *
   * @return the inclusive maximum, never null
   */
  public abstract Optional<BigDecimal> maximum();

  /**
   * Returns the allowed answers of a closed question.
   *
   * @return the choices, empty for open questions, never null
   */
  public abstract List<Choice> choices();

  /**
   * Returns what period or date the figure refers to, for indicators.
   *
   * @return the window's meaning, never null
   */
  public abstract Optional<LocalizedText> window();

  /**
   * Returns the indicator's definition, where the name is not enough.
   *
   * @return the definition, never null
   */
  public abstract Optional<LocalizedText> definition();

  /**
   * Returns the undetermined tiers whose missing inputs include this one.
   *
   * @return the tiers, bottom first, never null
   */
  public abstract List<TierId> affects();

  /**
   * Returns the tiers this is the last missing input of: answering decides them.
   *
   * @return the tiers, never null
   */
  public abstract List<TierId> decides();

  /**
   * Returns the weight the ranking gave: each undetermined tier shares its weight (higher for
   * lower, nearer rungs) among its missing inputs.
   *
   * @return the score, zero for inputs no undetermined tier needs
   */
  public abstract double score();

  /**
   * Reads a typed answer: a number in the unit, a year, a date, yes or no (是/否), a level 0 to 5 or
   * its name, or for a tier the date of recognition or no.
   *
   * @param text what the user typed, not null
   * @return the answer, never null
   * @throws IllegalArgumentException saying what is expected if the text is not a valid answer
   */
  public Answer answer(String text) {
    String t = text.strip();
    switch (kind()) {
      case YES_NO:
        {
          boolean yes = yesNo(t);
          return input().kind() == InputRef.Kind.DECLARATION
              ? Answer.declaration(input().id(), yes)
              : Answer.value(input(), Quantity.flag(yes));
        }
      case LEVEL:
        return Answer.value(input(), Quantity.level(level(t)));
      case YEAR:
        {
          BigDecimal y = number(t);
          if (y.scale() > 0 && y.stripTrailingZeros().scale() > 0) {
            throw new IllegalArgumentException("'" + t + "' is not a year (expected e.g. 2014)");
          }
          checkRange(y);
          return Answer.value(input(), Quantity.calendarYear(y.intValueExact()));
        }
      case DATE:
        return Answer.value(input(), Quantity.date(date(t)));
      case TIER:
        if (isNo(t)) {
          return Answer.tierNotHeld(input().id());
        }
        return Answer.tierHeld(input().id(), date(t));
      default:
        {
          BigDecimal n = number(t);
          checkRange(n);
          return Answer.value(input(), Quantity.of(n, unit().orElseThrow()));
        }
    }
  }

  private void checkRange(BigDecimal n) {
    String unitText = unit().map(u -> u.zhSymbol().isEmpty() ? "" : " " + u.zhSymbol()).orElse("");
    minimum()
        .filter(min -> n.compareTo(min) < 0)
        .ifPresent(
            min -> {
              throw new IllegalArgumentException(
                  "'"
                      + n.toPlainString()
                      + "' is too small (at least "
                      + min.stripTrailingZeros().toPlainString()
                      + unitText
                      + ")");
            });
    maximum()
        .filter(max -> n.compareTo(max) > 0)
        .ifPresent(
            max -> {
              throw new IllegalArgumentException(
                  "'"
                      + n.toPlainString()
                      + "' is too large (at most "
                      + max.stripTrailingZeros().toPlainString()
                      + unitText
                      + ")");
            });
  }

  private BigDecimal number(String t) {
    try {
      return new BigDecimal(t.replace(",", "").replace("，", ""));
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException(
          "'"
              + t
              + "' is not a number"
              + unit()
                  .filter(u -> !u.zhSymbol().isEmpty())
                  .map(u -> " (answer in " + u.zhSymbol() + ")")
                  .orElse(""));
    }
  }

  private static LocalDate date(String t) {
    try {
      return LocalDate.parse(t);
    } catch (DateTimeParseException e) {
      throw new IllegalArgumentException(
          "'" + t + "' is not a date (expected YYYY-MM-DD, or 'no')");
    }
  }

  private static boolean isNo(String t) {
    String s = t.toLowerCase(Locale.ROOT);
    return s.equals("n") || s.equals("no") || s.equals("否") || s.equals("0") || s.equals("false");
  }

  private static boolean yesNo(String t) {
    String s = t.toLowerCase(Locale.ROOT);
    if (s.equals("y") || s.equals("yes") || s.equals("是") || s.equals("1") || s.equals("true")) {
      return true;
    }
    if (isNo(t)) {
      return false;
    }
    throw new IllegalArgumentException("'" + t + "' is not yes or no (y/n, 是/否)");
  }

  private static RecognitionLevel level(String t) {
    for (RecognitionLevel l : RecognitionLevel.values()) {
      if (t.equals(String.valueOf(l.rank()))
          || t.equalsIgnoreCase(l.label().en())
          || t.equals(l.label().zh())) {
        return l;
      }
    }
    throw new IllegalArgumentException(
        "'"
            + t
            + "' is not a recognition level (0 none, 1 county, 2 city, "
            + "3 provincial, 4 national, 5 international)");
  }

  /**
   * Returns a builder.
   *
   * @return a new builder, never null
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Builds {@link Question} values: set the attributes, then {@code build()} checks and returns
   * one.
   */
  public static final class Builder extends ImmutableQuestion.Builder {
    Builder() {}
  }
}
