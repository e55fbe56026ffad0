package org.passage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeMap;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.util.BytesRef;

/**
 * The meta file: what every query needs before it reads a shard — the fields' statistics and
 * small idf table, the body norms, the shards' first terms and document counts, the document
 * shards' dictionary, the vocabulary (identifiers, qualifiers, synonyms) and the page bits.
 * What was written: its (content-hashed) name.
 */
record MetaFile(String name) {
  /** A document whose identifier term is {@code term}. */
  private record Identified(String term, int doc) {}

  static MetaFile write(ExportFolder out, LeafReader leaf, IndexFields index, TermShards terms, DocShards docs,
      SearchVocabulary vocabulary) throws IOException {
    FormatWriter w = new FormatWriter();
    w.varint(index.maxDoc());
    w.varint(index.fields().size());
    for (IndexFields.Field f : index.fields()) {
      w.string(f.name());
      w.varint(f.docCount());
      w.floatBits(f.avgdl());
      w.varint(IndexFields.IDF_TABLE);
      for (int df = 1; df <= IndexFields.IDF_TABLE; df++) {
        w.floatBits(IndexFields.idf(f.docCount(), df));
      }
    }
    w.bytes(index.fields().get(IndexFields.BODY).norms());
    w.varint(terms.firstTerms().size());
    String prev = "";
    for (String t : terms.firstTerms()) {
      w.frontCoded(prev, t);
      prev = t;
    }
    w.varint(docs.counts().size());
    for (int n : docs.counts()) {
      w.varint(n);
    }
    w.varint(docs.dictionary().length);
    w.bytes(docs.dictionary());
    writeVocabulary(w, identified(leaf), vocabulary);
    w.varint(docs.pageBits().length);
    w.bytes(docs.pageBits());
    return new MetaFile(out.save("meta", w.finish('M', null)));
  }

  /** The identifier terms with their documents, terms in String order. */
  private static List<Identified> identified(LeafReader leaf) throws IOException {
    List<Identified> ids = new ArrayList<>();
    Terms terms = leaf == null ? null : leaf.terms(SearchVocabulary.FIELD);
    if (terms == null) {
      return ids;
    }
    TermsEnum te = terms.iterator();
    PostingsEnum pe = null;
    TreeMap<String, List<Integer>> sorted = new TreeMap<>();
    for (BytesRef t = te.next(); t != null; t = te.next()) {
      List<Integer> docs = sorted.computeIfAbsent(t.utf8ToString(), k -> new ArrayList<>());
      pe = te.postings(pe, PostingsEnum.NONE);
      for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
        docs.add(d);
      }
    }
    sorted.forEach((t, docs) -> docs.forEach(d -> ids.add(new Identified(t, d))));
    return ids;
  }

  /** The identifier terms with their documents, the taxonomies' qualifier words and the synonym groups. */
  private static void writeVocabulary(FormatWriter w, List<Identified> ids, SearchVocabulary vocabulary) {
    w.varint(ids.size());
    String prev = "";
    for (Identified id : ids) {
      w.frontCoded(prev, id.term());
      w.varint(id.doc());
      prev = id.term();
    }
    w.varint(vocabulary.qualifiers().size());
    vocabulary.qualifiers().forEach((tax, words) -> {
      w.string(tax);
      w.varint(words.size());
      words.forEach(w::string);
    });
    w.varint(vocabulary.synonyms().size());
    for (List<QueryPlan.Unit> group : vocabulary.synonyms()) {
      w.varint(group.size());
      for (QueryPlan.Unit u : group) {
        w.varint(u.terms().size());
        for (int i = 0; i < u.terms().size(); i++) {
          w.string(u.terms().get(i));
          w.varint(u.positions().get(i));
        }
      }
    }
  }
}
