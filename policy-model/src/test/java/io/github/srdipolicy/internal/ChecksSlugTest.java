package io.github.srdipolicy.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * {@link Checks#slug} is matched by hand (issue #11, cold load); it must accept exactly what the
 * expression {@code [a-z0-9][a-z0-9._\-]*} accepted.
 */
class ChecksSlugTest {
  private static final Pattern OLD = Pattern.compile("[a-z0-9][a-z0-9._\\-]*");

  @Test
  void acceptsWhatTheExpressionAccepted() {
    List<String> ids =
        List.of(
            "a",
            "0",
            "jinhu-2022",
            "a.b_c-d",
            "a..",
            "",
            "-a",
            ".a",
            "_a",
            "A",
            "aB",
            "a b",
            "a\n",
            "é",
            "ａ",
            "a/b",
            "a:b",
            "z9",
            "{",
            "`");
    for (String id : ids) {
      boolean expected = OLD.matcher(id).matches();
      if (expected) {
        assertEquals(id, Checks.slug(id, "id"), id);
      } else {
        IllegalArgumentException e =
            assertThrows(IllegalArgumentException.class, () -> Checks.slug(id, "id"), id);
        assertEquals(
            "Invalid id: '"
                + Checks.show(id)
                + "' (must be lower-case ASCII letters, digits, '.', '-' or '_', starting with a"
                + " letter or digit)",
            e.getMessage());
      }
    }
    for (char c = 0; c < 256; c++) {
      String id = "a" + c;
      assertEquals(OLD.matcher(id).matches(), accepts(id), id);
      assertEquals(OLD.matcher(String.valueOf(c)).matches(), accepts(String.valueOf(c)), id);
    }
  }

  private static boolean accepts(String id) {
    try {
      Checks.slug(id, "id");
      return true;
    } catch (IllegalArgumentException e) {
      return false;
    }
  }
}
