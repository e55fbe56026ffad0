package org.passage.markdown;

import java.util.Arrays;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The heading a link most likely meant when its anchor names none: headings get renamed and
 * links to them go stale (the Rust book has a dozen). Compared by words: the candidate must hold
 * at least half of the anchor's words.
 */
public final class Anchors {
  private Anchors() {}

  public static Optional<String> nearest(String anchor, Collection<String> candidates) {
    Set<String> words = words(anchor);
    if (words.isEmpty()) {
      return Optional.empty();
    }
    String best = null;
    double bestContained = 0;
    double bestJaccard = 0;
    for (String c : candidates) {
      Set<String> other = words(c);
      Set<String> common = new HashSet<>(words);
      common.retainAll(other);
      double contained = common.size() / (double) words.size();
      Set<String> union = new HashSet<>(words);
      union.addAll(other);
      double jaccard = common.size() / (double) union.size();
      boolean better = contained > bestContained || (contained == bestContained && jaccard > bestJaccard)
          || (contained == bestContained && jaccard == bestJaccard && best != null && c.compareTo(best) < 0);
      if (better) {
        best = c;
        bestContained = contained;
        bestJaccard = jaccard;
      }
    }
    return bestContained >= 0.5 ? Optional.ofNullable(best) : Optional.empty();
  }

  private static Set<String> words(String id) {
    Set<String> out = new HashSet<>(Arrays.asList(id.split("[-_]+")));
    out.remove("");
    out.removeAll(List.of("a", "an", "the", "of", "and", "or", "to", "in", "with", "for"));
    return out;
  }
}
