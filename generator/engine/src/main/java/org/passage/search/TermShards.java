package org.passage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The term shards: every term's document frequency, idf and postings in each field, in String
 * order, cut into shards of about {@code shardBytes}. What was written: the shards' folder and
 * the first term of every shard (the meta file lists them, so the browser finds a term's shard).
 */
record TermShards(String prefix, List<String> firstTerms) {
  /** One term's entry in one field. */
  private record Posting(int field, int df, float idf, byte[] postings) {}

  private record Entry(String term, List<Posting> fields) {}

  /** Writes one term at a time, so only one shard's postings are in memory. */
  static TermShards write(ExportFolder out, LeafReader leaf, IndexFields index, int shardBytes) throws IOException {
    int fieldCount = index.fields().size();
    TermsEnum[] enums = new TermsEnum[fieldCount];
    for (int f = 0; f < fieldCount; f++) {
      Terms terms = leaf == null ? null : leaf.terms(index.fields().get(f).name());
      enums[f] = terms == null ? null : terms.iterator();
    }
    List<String> first = new ArrayList<>();
    NumberedShards shards = new NumberedShards(out, "terms");
    List<Entry> pending = new ArrayList<>();
    PostingsEnum pe = null;
    int size = 0;
    for (String term : index.terms()) {
      BytesRef bytes = new BytesRef(term);
      List<Posting> fields = new ArrayList<>();
      for (int f = 0; f < fieldCount; f++) {
        TermsEnum te = enums[f];
        if (te == null || !te.seekExact(bytes)) {
          continue;
        }
        int df = te.docFreq();
        pe = te.postings(pe, PostingsEnum.POSITIONS);
        byte[] postings = postings(pe, f == IndexFields.BODY ? null : index.fields().get(f).norms());
        fields.add(new Posting(f, df, IndexFields.idf(index.fields().get(f).docCount(), df), postings));
        size += postings.length;
      }
      pending.add(new Entry(term, fields));
      size += 7 * fieldCount + term.length() + 2;
      if (size >= shardBytes) {
        first.add(pending.get(0).term());
        shards.add(shard(pending));
        pending.clear();
        size = 0;
      }
    }
    if (!pending.isEmpty() || shards.count() == 0) {
      first.add(pending.isEmpty() ? "" : pending.get(0).term());
      shards.add(shard(pending));
    }
    return new TermShards(shards.finish(), List.copyOf(first));
  }

  /** {@code varint docDelta | varint freq | [u8 norm] | freq × varint positionDelta} for every document. */
  private static byte[] postings(PostingsEnum pe, byte[] norms) throws IOException {
    FormatWriter p = new FormatWriter();
    int last = 0;
    for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
      p.varint(d - last);
      last = d;
      int freq = pe.freq();
      p.varint(freq);
      if (norms != null) {
        p.u8(norms[d]);
      }
      int lastPos = 0;
      for (int i = 0; i < freq; i++) {
        int pos = pe.nextPosition();
        p.varint(pos - lastPos);
        lastPos = pos;
      }
    }
    return p.toByteArray();
  }

  private static byte[] shard(List<Entry> terms) {
    FormatWriter w = new FormatWriter();
    w.varint(terms.size());
    String prev = "";
    for (Entry e : terms) {
      w.frontCoded(prev, e.term());
      prev = e.term();
      int mask = 0;
      for (Posting p : e.fields()) {
        mask |= 1 << p.field();
      }
      w.u8(mask);
      for (Posting p : e.fields()) {
        w.varint(p.df());
        if (p.df() > IndexFields.IDF_TABLE) {
          w.floatBits(p.idf());
        }
      }
    }
    for (Entry e : terms) {
      for (Posting p : e.fields()) {
        w.bytes(p.postings());
      }
    }
    return w.finish('T', null);
  }
}
