package io.github.srdipolicy.internal;

import java.util.Collection;
import java.util.Optional;

/** Finds the known key a mistyped one most likely meant, for "did you mean" hints in messages. */
public final class Suggest {
  private Suggest() {}

  /**
   * Returns the known key closest to the given one by edit distance, if it is close enough to be a
   * likely typo: at most a third of the key's length, and at least 1, edits away.
   *
   * @param given the key given, not null
   * @param known the known keys, not null
   * @return the closest known key, empty if none is close, never null
   */
  public static Optional<String> closest(String given, Collection<String> known) {
    if (given.length() > 200) {
      return Optional.empty(); // not a typo; and the distance is quadratic in the length
    }
    int limit = Math.max(1, given.length() / 3);
    String best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (String k : known) {
      int d = distance(given, k, limit);
      if (d <= limit && (d < bestDistance || (d == bestDistance && k.compareTo(best) < 0))) {
        best = k;
        bestDistance = d;
      }
    }
    return Optional.ofNullable(best);
  }

  /**
   * Returns " (did you mean 'x'?)" for the closest known key, or an empty string.
   *
   * @param given the key given, not null
   * @param known the known keys, not null
   * @return the hint, never null
   */
  public static String hint(String given, Collection<String> known) {
    return closest(given, known).map(k -> " (did you mean '" + k + "'?)").orElse("");
  }

  /** Levenshtein distance, giving up (returning limit + 1) once it must exceed the limit. */
  static int distance(String a, String b, int limit) {
    if (Math.abs(a.length() - b.length()) > limit) {
      return limit + 1;
    }
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      int rowMin = cur[0];
      for (int j = 1; j <= b.length(); j++) {
        int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
        cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
        rowMin = Math.min(rowMin, cur[j]);
      }
      if (rowMin > limit) {
        return limit + 1;
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }
}
