package org.passage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * The words shards, for "did you mean": one shard per word length (UTF-16 units), shortest first,
 * as a word more than {@link SearchFields#MAX_EDITS} units longer or shorter is never close
 * enough. What was written: the shards' folder and the length of each shard's words.
 */
record WordShards(String prefix, List<Integer> lengths) {
  /** A surface word and the number of pages it occurs on. */
  private record Word(String text, int docFreq) {}

  static WordShards write(ExportFolder out, LeafReader leaf) throws IOException {
    TreeMap<Integer, List<Word>> byLength = new TreeMap<>();
    Terms terms = leaf == null ? null : leaf.terms(SearchFields.WORD);
    if (terms != null) {
      TermsEnum te = terms.iterator();
      for (BytesRef t = te.next(); t != null; t = te.next()) {
        String word = t.utf8ToString();
        byLength.computeIfAbsent(word.length(), k -> new ArrayList<>()).add(new Word(word, te.docFreq()));
      }
    }
    NumberedShards shards = new NumberedShards(out, "words");
    for (List<Word> words : byLength.values()) {
      FormatWriter w = new FormatWriter();
      w.varint(words.size());
      String prev = "";
      for (Word word : words) {
        w.frontCoded(prev, word.text());
        w.varint(word.docFreq());
        prev = word.text();
      }
      shards.add(w.finish('W', null));
    }
    return new WordShards(shards.finish(), List.copyOf(byLength.keySet()));
  }
}
