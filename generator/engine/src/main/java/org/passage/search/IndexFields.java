package org.passage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.util.BytesRef;

/**
 * What the exported files share about the scored text fields of a force-merged index: each
 * field's statistics and norms, and every term of any field in String (UTF-16) order, the order
 * the browser compares in (Lucene's is UTF-8 byte order).
 */
record IndexFields(int maxDoc, List<Field> fields, SortedSet<String> terms) {
  /** The field whose norms are in the meta file; the other fields' postings carry their documents' norms. */
  static final int BODY = SearchFields.TEXT.indexOf(SearchFields.BODY);
  /** The idf of the document frequencies 1 to this is in the meta file rather than in the term shards. */
  static final int IDF_TABLE = 16;

  /** One field, in {@link SearchFields#TEXT} order: documents with a value, average length, norm byte of every document. */
  record Field(String name, int docCount, float avgdl, byte[] norms) {}

  static IndexFields of(LeafReader leaf) throws IOException {
    int maxDoc = leaf == null ? 0 : leaf.maxDoc();
    List<Field> fields = new ArrayList<>();
    TreeSet<String> terms = new TreeSet<>();
    for (String name : SearchFields.TEXT) {
      byte[] norms = norms(leaf, name, maxDoc);
      Terms t = leaf == null ? null : leaf.terms(name);
      if (t == null) {
        fields.add(new Field(name, 0, 0f, norms));
        continue;
      }
      fields.add(new Field(name, t.getDocCount(), (float) (t.getSumTotalTermFreq() / (double) t.getDocCount()), norms));
      TermsEnum te = t.iterator();
      for (BytesRef b = te.next(); b != null; b = te.next()) {
        terms.add(b.utf8ToString());
      }
    }
    return new IndexFields(maxDoc, List.copyOf(fields), Collections.unmodifiableSortedSet(terms));
  }

  /** BM25's idf, as Lucene computes it. */
  static float idf(long docCount, long df) {
    return (float) Math.log(1 + (docCount - df + 0.5D) / (df + 0.5D));
  }

  /** The norm byte of every document in a field (SmallFloat of its length; 0 = no value). */
  private static byte[] norms(LeafReader leaf, String field, int maxDoc) throws IOException {
    byte[] out = new byte[maxDoc];
    NumericDocValues norms = leaf == null ? null : leaf.getNormValues(field);
    for (int d = 0; norms != null && d < maxDoc; d++) {
      if (norms.advanceExact(d)) {
        out[d] = (byte) norms.longValue();
      }
    }
    return out;
  }
}
