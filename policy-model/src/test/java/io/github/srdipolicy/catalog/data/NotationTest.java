package io.github.srdipolicy.catalog.data;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.github.srdipolicy.model.Unit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;

/**
 * {@link Notation#parseAmount} is matched by hand (issue #11, cold load); it must accept exactly
 * what the regular expression it replaced accepted, with the same number text and unit.
 */
class NotationTest {
  /** The expression the loader used before, kept here as the reference. */
  private static final Pattern OLD =
      Pattern.compile("(-?[0-9]+(?:\\.[0-9]+)?(?:E[+-]?[0-9]+)?) ?(\\S+)");

  private static Optional<Notation.Amount> old(String text) {
    Map<String, Unit> units = new HashMap<>();
    for (Unit u : Unit.values()) {
      units.put(Notation.amount("", u).strip(), u);
    }
    Matcher m = OLD.matcher(text.strip());
    if (!m.matches() || !units.containsKey(m.group(2))) {
      return Optional.empty();
    }
    return Optional.of(new Notation.Amount(m.group(1), units.get(m.group(2))));
  }

  @Test
  void readsAmountsAsWritten() {
    assertEquals(Optional.of(new Notation.Amount("2000", Unit.WAN_YUAN)), parse("2000万元"));
    assertEquals(Optional.of(new Notation.Amount("40", Unit.PERCENT)), parse(" 40% "));
    assertEquals(Optional.of(new Notation.Amount("3", Unit.LEVEL)), parse("3 level"));
    assertEquals(Optional.of(new Notation.Amount("-1.50", Unit.YUAN)), parse("-1.50 元"));
    assertEquals(Optional.of(new Notation.Amount("1E+3", Unit.YUAN)), parse("1E+3元"));
    assertEquals(Optional.of(new Notation.Amount("0.5", Unit.FRACTION)), parse("0.5 fraction"));
  }

  @Test
  void rejectsWhatTheExpressionRejected() {
    for (String s :
        List.of(
            "", "  ", "2000", "万元", "-万元", "1.万元", ".5万元", "1E万元", "1e3万元", "1  万元", "1\t万元",
            "1 万 元", "1,000万元", "１万元", "+1万元", "1 kilo")) {
      assertEquals(old(s), parse(s), s);
      assertEquals(Optional.empty(), parse(s), s);
    }
  }

  @Test
  void agreesWithTheExpressionOnEdgeCases() {
    List<String> cases = new ArrayList<>();
    String[] numbers = {
      "0", "-0", "12", "1.5", "1.", "1.5.5", "1E5", "1E-5", "1E+", "1.5E2", "--1"
    };
    String[] gaps = {"", " ", "  ", "\t", "\u3000"};
    for (String n : numbers) {
      for (String gap : gaps) {
        for (Unit u : Unit.values()) {
          cases.add(n + gap + Notation.amount("", u).strip());
        }
        cases.add(n + gap + "E5");
        cases.add(n + gap + "万元 ");
        cases.add(n + gap + "万\u3000元");
      }
    }
    for (String s : cases) {
      assertEquals(old(s), parse(s), s);
    }
  }

  @Property(tries = 2000)
  void agreesWithTheExpression(@ForAll("texts") String text) {
    assertEquals(old(text), parse(text), text);
  }

  @Provide
  Arbitrary<String> texts() {
    List<String> pieces = new ArrayList<>(List.of("0", "7", "-", ".", "E", "+", " ", "\t", "x"));
    for (Unit u : Unit.values()) {
      pieces.add(Notation.amount("", u).strip());
    }
    return Arbitraries.of(pieces).list().ofMaxSize(6).map(l -> String.join("", l));
  }

  private static Optional<Notation.Amount> parse(String s) {
    return Notation.parseAmount(s);
  }
}
