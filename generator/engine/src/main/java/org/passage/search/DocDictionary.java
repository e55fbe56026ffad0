package org.passage.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.lucene.index.StoredFields;

/**
 * The preset DEFLATE dictionary of the document shards: the most frequent words of the stored
 * text, separated by spaces, the most frequent last (nearest to the data), at most {@link #BYTES}
 * bytes of UTF-8. Words are counted in the pages among an even sample of at most {@link #SAMPLE}
 * documents: enough to find a few thousand frequent words, without reading a large site's text twice.
 */
final class DocDictionary {
  /** At most this many bytes of frequent words preset the document shards' DEFLATE dictionary. */
  static final int BYTES = 16 * 1024;
  /** At most this many evenly spaced documents are read to choose the dictionary's words. */
  static final int SAMPLE = 5000;

  private DocDictionary() {}

  /** {@code sf} is read in increasing document order. */
  static byte[] of(StoredFields sf, int maxDoc) throws IOException {
    Map<String, Integer> counts = new HashMap<>();
    int stride = Math.max(1, maxDoc / SAMPLE);
    for (int doc = 0; doc < maxDoc; doc += stride) {
      StoredDoc d = StoredDoc.read(sf, doc);
      if (!d.isPage()) {
        continue; // a page's text already holds its sections' text
      }
      String text = d.body();
      for (int i = 0, n = text.length(); i < n;) {
        while (i < n && isSpace(text.charAt(i))) {
          i++;
        }
        int start = i;
        while (i < n && !isSpace(text.charAt(i))) {
          i++;
        }
        if (i > start) {
          counts.merge(text.substring(start, i), 1, Integer::sum);
        }
      }
    }
    // Words seen once never enter the dictionary: leaving them out before sorting (most of a
    // site's distinct words) gives the same bytes for a fraction of the sort.
    List<Map.Entry<String, Integer>> sorted = new ArrayList<>();
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (e.getValue() >= 2) {
        sorted.add(e);
      }
    }
    sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
    List<byte[]> words = new ArrayList<>();
    int size = 0;
    for (Map.Entry<String, Integer> e : sorted) {
      if (e.getValue() < 2) {
        break;
      }
      byte[] b = (e.getKey() + " ").getBytes(StandardCharsets.UTF_8);
      if (size + b.length > BYTES) {
        break;
      }
      words.add(b);
      size += b.length;
    }
    byte[] dict = new byte[size];
    int at = size;
    for (byte[] b : words) {
      at -= b.length;
      System.arraycopy(b, 0, dict, at, b.length);
    }
    return dict;
  }

  /** What {@code \\s} matches in a Java regex. */
  private static boolean isSpace(char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
  }
}
