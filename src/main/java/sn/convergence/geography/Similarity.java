package sn.convergence.geography;

/** String similarity for spelling variants: 1 - edit distance / longer length. */
final class Similarity {

  private Similarity() {}

  /** 1.0 for equal strings, 0.0 when nothing is shared; symmetric. */
  static double ratio(String a, String b) {
    int longer = Math.max(a.length(), b.length());
    if (longer == 0) {
      return 1.0;
    }
    return 1.0 - (double) editDistance(a, b) / longer;
  }

  /** Levenshtein distance with unit costs, in O(|a|·|b|) time and O(|b|) space. */
  static int editDistance(String a, String b) {
    int[] previous = new int[b.length() + 1];
    int[] current = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      previous[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      current[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        current[j] = Math.min(substitution, Math.min(previous[j] + 1, current[j - 1] + 1));
      }
      int[] swap = previous;
      previous = current;
      current = swap;
    }
    return previous[b.length()];
  }
}
