package org.passage.search;

import org.passage.files.Trees;
import org.passage.text.Json;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.FieldInfo;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.NumericDocValues;
import org.apache.lucene.index.PostingsEnum;
import org.apache.lucene.index.SortedSetDocValues;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The one writer of the browser index format described in FORMAT.md: reads a force-merged Lucene
 * index and writes {@code index.js} plus content-hashed shard scripts into one folder.
 */
public final class SearchExporter {
  /** A term shard is closed once it reaches this many bytes before compression. */
  static final int TERM_SHARD_BYTES = 16 * 1024;
  /** A stored-document shard is closed, at the end of a page, once it reaches this many bytes before compression. */
  static final int DOC_SHARD_BYTES = 2 * 1024;
  /** The field whose norms are in the meta file; the other fields' postings carry their documents' norms. */
  static final int BODY = SearchFields.TEXT.indexOf(SearchFields.BODY);
  /** The idf of the document frequencies 1 to this is in the meta file rather than in the term shards. */
  static final int IDF_TABLE = 16;
  /** At most this many bytes of frequent words preset the document shards' DEFLATE dictionary. */
  static final int DOC_DICTIONARY_BYTES = 16 * 1024;
  /** At most this many evenly spaced documents are read to choose the dictionary's words. */
  static final int DICTIONARY_SAMPLE = 5000;
  /** Numbered shards of a kind are spread over folders of at most this many files. */
  static final int SHARDS_PER_FOLDER = 1000;
  /** A section's body shorter than this is stored again rather than referenced. */
  static final int MIN_REFERENCE_CHARS = 8;

  private SearchExporter() {}

  /** What the export wrote: file name to size in bytes, entry file first. */
  public record Export(Map<String, Integer> files) {
    public long totalBytes() {
      return files.values().stream().mapToLong(Integer::longValue).sum();
    }
  }

  public static Export export(Path luceneDir, SearchLanguage language, Path outDir) throws IOException {
    return export(luceneDir, language, outDir, TERM_SHARD_BYTES, DOC_SHARD_BYTES, SHARDS_PER_FOLDER);
  }

  /** As {@link #export(Path, SearchLanguage, Path)} with other shard and folder sizes (tests use small ones). */
  static Export export(Path luceneDir, SearchLanguage language, Path outDir, int termShardBytes, int docShardBytes,
      int shardsPerFolder) throws IOException {
    // The folder belongs to the staging site: other files (the facet labels) may already be there.
    Files.createDirectories(outDir);
    try (Directory dir = new NIOFSDirectory(luceneDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      if (reader.leaves().size() > 1) {
        throw new IOException("search index in " + luceneDir + " is not force-merged");
      }
      LeafReader leaf = reader.leaves().isEmpty() ? null : reader.leaves().get(0).reader();
      Run run = new SearchExporter.Run(language, outDir, termShardBytes, docShardBytes, shardsPerFolder);
      run.vocabulary = SearchVocabulary.fromUserData(reader.getIndexCommit().getUserData());
      return run.write(leaf);
    }
  }

  private static final class TermEntry {
    final int[] df = new int[SearchFields.TEXT.size()];
    final float[] idf = new float[SearchFields.TEXT.size()];
    final byte[][] postings = new byte[SearchFields.TEXT.size()][];
  }

  private static final class Run {
    final SearchLanguage language;
    final Path outDir;
    /** Every file written but the entry; sorted, as term and document shards are written at the same time. */
    final Map<String, Integer> files = Collections.synchronizedMap(new TreeMap<>());
    byte[] bodyNorms;
    String termPrefix;
    String docPrefix;
    String wordPrefix;
    byte[] docDictionary = new byte[0];
    /** Bit d: document d is a page (not one of its sections). */
    byte[] pageBits = new byte[0];
    int entryBytes;

    SearchVocabulary vocabulary = SearchVocabulary.NONE;
    final int termShardBytes;
    final int docShardBytes;
    final int shardsPerFolder;

    Run(SearchLanguage language, Path outDir, int termShardBytes, int docShardBytes, int shardsPerFolder) {
      this.language = language;
      this.outDir = outDir;
      this.termShardBytes = termShardBytes;
      this.docShardBytes = docShardBytes;
      this.shardsPerFolder = shardsPerFolder;
    }

    Export write(LeafReader leaf) throws IOException {
      int maxDoc = leaf == null ? 0 : leaf.maxDoc();
      int fields = SearchFields.TEXT.size();
      int[] fieldDocCount = new int[fields];
      float[] avgdl = new float[fields];
      byte[][] norms = new byte[fields][];
      TermsEnum[] termsEnums = new TermsEnum[fields];
      // Terms in String (UTF-16) order, the order the browser compares in; Lucene's is UTF-8 byte order.
      TreeSet<String> vocabulary = new TreeSet<>();
      for (int f = 0; f < fields; f++) {
        norms[f] = norms(leaf, SearchFields.TEXT.get(f), maxDoc);
        Terms terms = leaf == null ? null : leaf.terms(SearchFields.TEXT.get(f));
        if (terms == null) {
          continue;
        }
        fieldDocCount[f] = terms.getDocCount();
        avgdl[f] = (float) (terms.getSumTotalTermFreq() / (double) terms.getDocCount());
        termsEnums[f] = terms.iterator();
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          vocabulary.add(t.utf8ToString());
        }
      }
      this.bodyNorms = norms[BODY];
      // The document shards (stored text) and the term shards (postings) are independent: write
      // them on two cores.
      CompletableFuture<List<Integer>> docs = CompletableFuture.supplyAsync(() -> {
        try {
          return writeDocShards(leaf, maxDoc);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
      List<String> termShards = writeTermShards(vocabulary, termsEnums, fieldDocCount, norms);
      List<Integer> docShards;
      try {
        docShards = docs.join();
      } catch (CompletionException e) {
        if (e.getCause() instanceof UncheckedIOException io) {
          throw io.getCause();
        }
        throw e;
      }
      String meta = writeMeta(leaf, maxDoc, fieldDocCount, avgdl, termShards, docShards);
      String facets = writeFacets(leaf, maxDoc);
      List<Integer> wordLengths = writeWords(leaf);
      writeEntry(maxDoc, vocabulary.size(), meta, facets, wordLengths);
      Map<String, Integer> all = new LinkedHashMap<>();
      all.put("index.js", entryBytes);
      all.putAll(files);
      return new Export(all);
    }

    /**
     * Writes the term shards, one term at a time in String order, so only one shard's postings
     * are in memory; returns the first term of every shard.
     */
    private List<String> writeTermShards(TreeSet<String> vocabulary, TermsEnum[] termsEnums, int[] fieldDocCount, byte[][] norms)
        throws IOException {
      List<String> first = new ArrayList<>();
      ShardWriter shards = new ShardWriter("terms");
      List<Map.Entry<String, TermEntry>> pending = new ArrayList<>();
      PostingsEnum pe = null;
      int size = 0;
      for (String term : vocabulary) {
        BytesRef bytes = new BytesRef(term);
        TermEntry e = new TermEntry();
        for (int f = 0; f < termsEnums.length; f++) {
          TermsEnum te = termsEnums[f];
          if (te == null || !te.seekExact(bytes)) {
            continue;
          }
          int df = te.docFreq();
          e.df[f] = df;
          e.idf[f] = idf(fieldDocCount[f], df);
          pe = te.postings(pe, PostingsEnum.POSITIONS);
          e.postings[f] = postings(pe, f == BODY ? null : norms[f]);
          size += e.postings[f].length;
        }
        pending.add(Map.entry(term, e));
        size += 7 * termsEnums.length + term.length() + 2;
        if (size >= termShardBytes) {
          first.add(pending.get(0).getKey());
          shards.add(termShard(pending));
          pending.clear();
          size = 0;
        }
      }
      if (!pending.isEmpty() || shards.count() == 0) {
        first.add(pending.isEmpty() ? "" : pending.get(0).getKey());
        shards.add(termShard(pending));
      }
      termPrefix = shards.finish();
      return first;
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

    private byte[] termShard(List<Map.Entry<String, TermEntry>> terms) {
      FormatWriter w = new FormatWriter();
      w.varint(terms.size());
      String prev = "";
      for (Map.Entry<String, TermEntry> e : terms) {
        String t = e.getKey();
        frontCode(w, prev, t);
        prev = t;
        TermEntry te = e.getValue();
        int mask = 0;
        for (int f = 0; f < te.postings.length; f++) {
          if (te.postings[f] != null) {
            mask |= 1 << f;
          }
        }
        w.u8(mask);
        for (int f = 0; f < te.postings.length; f++) {
          if (te.postings[f] != null) {
            w.varint(te.df[f]);
            if (te.df[f] > IDF_TABLE) {
              w.floatBits(te.idf[f]);
            }
          }
        }
      }
      for (Map.Entry<String, TermEntry> e : terms) {
        for (byte[] p : e.getValue().postings) {
          if (p != null) {
            w.bytes(p);
          }
        }
      }
      return w.finish('T', null);
    }

    /** BM25's idf, as Lucene computes it. */
    private static float idf(long docCount, long df) {
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

    /** {@code varint shared | string suffix}: UTF-16 units shared with {@code prev}, never splitting a surrogate pair. */
    private static void frontCode(FormatWriter w, String prev, String s) {
      int shared = 0;
      int max = Math.min(prev.length(), s.length());
      while (shared < max && prev.charAt(shared) == s.charAt(shared)) {
        shared++;
      }
      if (shared > 0 && Character.isHighSurrogate(s.charAt(shared - 1))) {
        shared--; // the suffix is written as UTF-8
      }
      w.varint(shared);
      w.string(s.substring(shared));
    }

    /** The stored fields of one document, as Lucene holds them. */
    private record StoredDoc(String path, String anchor, String pageTitle, String section, String body) {}

    /**
     * Splits the documents into groups (a page and the section documents after it), writes each
     * run of groups that reaches {@link #DOC_SHARD_BYTES} as one shard; returns the number of
     * documents of each shard. A page's body is stored as its own text plus references to the
     * bodies of its sections, so every piece of text is stored once. Reads the stored documents
     * twice (word counts for the dictionary, then the shards) rather than holding them all.
     */
    private List<Integer> writeDocShards(LeafReader leaf, int maxDoc) throws IOException {
      List<Integer> counts = new ArrayList<>();
      ShardWriter shards = new ShardWriter("docs");
      if (maxDoc == 0) {
        docPrefix = shards.finish();
        return counts;
      }
      docDictionary = textDictionary(leaf.storedFields(), maxDoc);
      pageBits = new byte[(maxDoc + 7) / 8];
      // Documents are read in order: the merge instance decompresses each block of stored fields
      // once, rather than once per document.
      StoredFields sf = leaf instanceof CodecReader codec ? codec.getFieldsReader().getMergeInstance() : leaf.storedFields();
      FormatWriter body = new FormatWriter();
      int first = 0;
      String prevPath = "";
      String prevTitle = "";
      List<StoredDoc> group = new ArrayList<>();
      StoredDoc next = stored(sf, 0);
      for (int d = 0; d < maxDoc;) {
        // the group: a page, then the sections of the same page after it
        group.clear();
        group.add(next);
        int e = d + 1;
        next = e < maxDoc ? stored(sf, e) : null;
        if (group.get(0).anchor().isEmpty()) {
          while (next != null && !next.anchor().isEmpty() && next.path().equals(group.get(0).path())) {
            group.add(next);
            e++;
            next = e < maxDoc ? stored(sf, e) : null;
          }
        }
        for (int i = 0; i < group.size(); i++) {
          StoredDoc doc = group.get(i);
          if (doc.anchor().isEmpty()) {
            pageBits[(d + i) >>> 3] |= (byte) (1 << ((d + i) & 7));
          }
          frontCode(body, prevPath, doc.path());
          body.string(doc.anchor());
          frontCode(body, prevTitle, doc.pageTitle());
          body.string(doc.section());
          writeBody(body, group, i);
          prevPath = doc.path();
          prevTitle = doc.pageTitle();
        }
        d = e;
        if (body.size() >= docShardBytes || d == maxDoc) {
          FormatWriter w = new FormatWriter();
          w.varint(first);
          w.varint(d - first);
          w.bytes(body.toByteArray());
          shards.add(w.finish('D', docDictionary));
          counts.add(d - first);
          first = d;
          body.reset();
          prevPath = "";
          prevTitle = "";
        }
      }
      docPrefix = shards.finish();
      return counts;
    }

    /** What {@code \\s} matches in a Java regex. */
    private static boolean isSpace(char c) {
      return c == ' ' || c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r';
    }

    private static StoredDoc stored(StoredFields sf, int d) throws IOException {
      org.apache.lucene.document.Document doc = sf.document(d);
      return new StoredDoc(doc.get(SearchFields.PATH), doc.get(SearchFields.ANCHOR), doc.get(SearchFields.PAGE_TITLE),
          doc.get(SearchFields.SECTION), doc.get(SearchFields.BODY));
    }

    /**
     * {@code varint partCount | partCount × (varint 0 | string text  or  varint k > 0)}: the body of
     * document {@code d} is its parts joined, part {@code k > 0} being the whole body of document
     * {@code d + k}. Only the bodies of the later documents of the same group are referenced, in
     * order, where they occur verbatim.
     */
    private static void writeBody(FormatWriter w, List<StoredDoc> group, int d) {
      String text = group.get(d).body();
      List<Object> parts = new ArrayList<>();
      int at = 0;
      for (int s = d + 1; s < group.size(); s++) {
        String piece = group.get(s).body();
        if (piece.length() < MIN_REFERENCE_CHARS) {
          continue;
        }
        int i = text.indexOf(piece, at);
        if (i < 0) {
          continue;
        }
        if (i > at) {
          parts.add(text.substring(at, i));
        }
        parts.add(s - d);
        at = i + piece.length();
      }
      if (at < text.length() || parts.isEmpty()) {
        parts.add(text.substring(at));
      }
      w.varint(parts.size());
      for (Object p : parts) {
        if (p instanceof String lit) {
          w.varint(0);
          w.string(lit);
        } else {
          w.varint((Integer) p);
        }
      }
    }

    /**
     * The preset DEFLATE dictionary of the document shards: the most frequent words of the stored
     * text, separated by spaces, the most frequent last (nearest to the data), at most
     * {@link #DOC_DICTIONARY_BYTES} bytes of UTF-8. Words are counted in the pages among an even
     * sample of at most {@link #DICTIONARY_SAMPLE} documents: enough to find a few thousand
     * frequent words, without reading a large site's text twice.
     */
    private static byte[] textDictionary(StoredFields sf, int maxDoc) throws IOException {
      Map<String, Integer> counts = new HashMap<>();
      int stride = Math.max(1, maxDoc / DICTIONARY_SAMPLE);
      for (int doc = 0; doc < maxDoc; doc += stride) {
        StoredDoc d = stored(sf, doc);
        if (!d.anchor().isEmpty()) {
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
      List<Map.Entry<String, Integer>> sorted = new ArrayList<>(counts.entrySet());
      sorted.sort(Map.Entry.<String, Integer>comparingByValue().reversed().thenComparing(Map.Entry.comparingByKey()));
      List<byte[]> words = new ArrayList<>();
      int size = 0;
      for (Map.Entry<String, Integer> e : sorted) {
        if (e.getValue() < 2) {
          break;
        }
        byte[] b = (e.getKey() + " ").getBytes(StandardCharsets.UTF_8);
        if (size + b.length > DOC_DICTIONARY_BYTES) {
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

    private String writeMeta(LeafReader leaf, int maxDoc, int[] fieldDocCount, float[] avgdl, List<String> termShards,
        List<Integer> docShards) throws IOException {
      FormatWriter w = new FormatWriter();
      w.varint(maxDoc);
      w.varint(SearchFields.TEXT.size());
      for (int f = 0; f < SearchFields.TEXT.size(); f++) {
        w.string(SearchFields.TEXT.get(f));
        w.varint(fieldDocCount[f]);
        w.floatBits(avgdl[f]);
        w.varint(IDF_TABLE);
        for (int df = 1; df <= IDF_TABLE; df++) {
          w.floatBits(idf(fieldDocCount[f], df));
        }
      }
      w.bytes(bodyNorms);
      w.varint(termShards.size());
      String prev = "";
      for (String t : termShards) {
        frontCode(w, prev, t);
        prev = t;
      }
      w.varint(docShards.size());
      for (int n : docShards) {
        w.varint(n);
      }
      w.varint(docDictionary.length);
      w.bytes(docDictionary);
      writeVocabulary(w, leaf);
      w.varint(pageBits.length);
      w.bytes(pageBits);
      return save("meta", w.finish('M', null));
    }

    /**
     * The identifier terms with their documents (String order), the taxonomies' qualifier words
     * and the synonym groups ({@link SearchVocabulary}, from the index's commit data).
     */
    private void writeVocabulary(FormatWriter w, LeafReader leaf) throws IOException {
      List<Map.Entry<String, Integer>> ids = new ArrayList<>();
      Terms terms = leaf == null ? null : leaf.terms(SearchVocabulary.FIELD);
      if (terms != null) {
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
        sorted.forEach((t, docs) -> docs.forEach(d -> ids.add(Map.entry(t, d))));
      }
      w.varint(ids.size());
      String prev = "";
      for (Map.Entry<String, Integer> e : ids) {
        frontCode(w, prev, e.getKey());
        w.varint(e.getValue());
        prev = e.getKey();
      }
      SearchVocabulary vocabulary = this.vocabulary;
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

    /** The facet values of every document, documents in runs of equal values. */
    private String writeFacets(LeafReader leaf, int maxDoc) throws IOException {
      FormatWriter w = new FormatWriter();
      TreeSet<String> facetFields = new TreeSet<>();
      if (leaf != null) {
        for (FieldInfo fi : leaf.getFieldInfos()) {
          if (fi.name.startsWith(SearchFields.FACET_PREFIX)) {
            facetFields.add(fi.name);
          }
        }
      }
      w.varint(facetFields.size());
      List<SortedSetDocValues> values = new ArrayList<>();
      for (String field : facetFields) {
        SortedSetDocValues v = leaf.getSortedSetDocValues(field);
        long count = v.getValueCount();
        w.string(field.substring(SearchFields.FACET_PREFIX.length()));
        w.varint(count);
        for (long o = 0; o < count; o++) {
          w.string(v.lookupOrd(o).utf8ToString());
        }
        values.add(leaf.getSortedSetDocValues(field));
      }
      // runs of consecutive documents with the same values in every facet
      List<int[][]> runs = new ArrayList<>();
      List<Integer> runLengths = new ArrayList<>();
      for (int d = 0; d < maxDoc; d++) {
        int[][] set = new int[values.size()][];
        for (int f = 0; f < values.size(); f++) {
          SortedSetDocValues v = values.get(f);
          if (v.advanceExact(d)) {
            set[f] = new int[v.docValueCount()];
            for (int i = 0; i < set[f].length; i++) {
              set[f][i] = (int) v.nextOrd();
            }
          } else {
            set[f] = new int[0];
          }
        }
        if (!runs.isEmpty() && java.util.Arrays.deepEquals(runs.get(runs.size() - 1), set)) {
          runLengths.set(runLengths.size() - 1, runLengths.get(runLengths.size() - 1) + 1);
        } else {
          runs.add(set);
          runLengths.add(1);
        }
      }
      w.varint(runs.size());
      for (int length : runLengths) {
        w.varint(length);
      }
      for (int f = 0; f < values.size(); f++) {
        for (int[][] run : runs) {
          w.varint(run[f].length);
        }
        for (int[][] run : runs) {
          int last = 0;
          for (int id : run[f]) {
            w.varint(id - last);
            last = id;
          }
        }
      }
      return save("facets", w.finish('F', null));
    }

    /**
     * One words shard per word length (UTF-16 units), shortest first, as a word more than
     * {@link SearchFields#MAX_EDITS} units longer or shorter is never close enough; returns the lengths.
     */
    private List<Integer> writeWords(LeafReader leaf) throws IOException {
      TreeMap<Integer, List<Object[]>> byLength = new TreeMap<>();
      Terms terms = leaf == null ? null : leaf.terms(SearchFields.WORD);
      if (terms != null) {
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          String word = t.utf8ToString();
          byLength.computeIfAbsent(word.length(), k -> new ArrayList<>()).add(new Object[] {word, te.docFreq()});
        }
      }
      ShardWriter shards = new ShardWriter("words");
      for (List<Object[]> words : byLength.values()) {
        FormatWriter w = new FormatWriter();
        w.varint(words.size());
        String prev = "";
        for (Object[] word : words) {
          frontCode(w, prev, (String) word[0]);
          w.varint((Integer) word[1]);
          prev = (String) word[0];
        }
        shards.add(w.finish('W', null));
      }
      wordPrefix = shards.finish();
      return new ArrayList<>(byLength.keySet());
    }

    private void writeEntry(int maxDoc, int termCount, String meta, String facets, List<Integer> wordLengths)
        throws IOException {
      StringBuilder j = new StringBuilder();
      j.append("{\"format\":").append(FormatWriter.VERSION);
      j.append(",\"lang\":").append(Json.quote(language.lang()));
      j.append(",\"stemmer\":").append(Json.quote(language.stemmer()));
      if (!language.browser().equals("en")) { // English's analysis is built into the client
        j.append(",\"analysis\":").append(Json.quote(writeAnalysis()));
      }
      j.append(",\"stopWords\":[");
      for (int i = 0; i < language.stopWords().size(); i++) {
        j.append(i > 0 ? "," : "").append(Json.quote(language.stopWords().get(i)));
      }
      j.append("],\"docs\":").append(maxDoc).append(",\"terms\":").append(termCount);
      j.append(",\"meta\":").append(Json.quote(meta)).append(",\"facets\":").append(Json.quote(facets));
      j.append(",\"wordFiles\":").append(Json.quote(wordPrefix)).append(",\"wordLengths\":[");
      for (int i = 0; i < wordLengths.size(); i++) {
        j.append(i > 0 ? "," : "").append(wordLengths.get(i));
      }
      j.append(']');
      j.append(",\"termFiles\":").append(Json.quote(termPrefix));
      j.append(",\"docFiles\":").append(Json.quote(docPrefix));
      j.append(",\"shardsPerFolder\":").append(shardsPerFolder);
      j.append('}');
      String js = "(self.PassageSearchData=self.PassageSearchData||[]).push([" + Json.quote(language.lang() + "/index.js")
          + "," + j + "]);\n";
      byte[] bytes = js.getBytes(StandardCharsets.UTF_8);
      Files.write(outDir.resolve("index.js"), bytes);
      entryBytes = bytes.length;
    }

    /**
     * Numbered shards of one kind, in a folder named by a hash of all of them. Shard {@code i} is
     * {@code <kind>-<gen>/<i / shardsPerFolder>/<i>.js}: folders of at most that many files,
     * as FAT32 (USB sticks) holds at most 65,534 entries per folder and many file systems slow
     * down on large ones. Each payload is written once, under its final name, into a folder that
     * is renamed when the hash is known; the script's key ({@code <lang>/<kind>/<i>}) does not
     * depend on the hash.
     */
    private final class ShardWriter {
      private final String kind;
      private final Path folder;
      private final MessageDigest md = sha256();
      private final Map<String, Integer> sizes = new LinkedHashMap<>();
      private int count;

      ShardWriter(String kind) throws IOException {
        this.kind = kind;
        this.folder = outDir.resolve(kind + ".partial");
        Trees.deleteTree(folder);
      }

      void add(byte[] payload) throws IOException {
        md.update(payload);
        int i = count++;
        String name = (i / shardsPerFolder) + "/" + i + ".js";
        if (i % shardsPerFolder == 0) {
          Files.createDirectories(folder.resolve(Integer.toString(i / shardsPerFolder)));
        }
        sizes.put(name, writeScript(folder.resolve(name), kind + "/" + i, payload));
      }

      int count() {
        return count;
      }

      /** Names the folder by the hash of every shard; returns {@code <kind>-<gen>/}. */
      String finish() throws IOException {
        String prefix = kind + "-" + HexFormat.of().formatHex(md.digest(), 0, 6) + "/";
        if (count > 0) {
          Path target = outDir.resolve(prefix);
          Trees.deleteTree(target);
          Files.move(folder, target);
        }
        sizes.forEach((name, size) -> files.put(prefix + name, size));
        return prefix;
      }
    }

    private String save(String kind, byte[] payload) throws IOException {
      String name = kind + "-" + hash(payload) + ".js";
      files.put(name, writeScript(outDir.resolve(name), kind, payload));
      return name;
    }

    /**
     * Ships the browser port of the language's analysis beside the index, as {@code
     * analysis-<hash>.js} registering it as {@code <lang>/analysis}: the client loads it when it
     * opens the index, so a page in another language loads none of it, and index and analysis
     * always come from the same build.
     */
    private String writeAnalysis() throws IOException {
      String resource = "client/analysis-" + language.browser() + ".js";
      String port;
      try (InputStream in = SearchExporter.class.getResourceAsStream(resource)) {
        if (in == null) {
          throw new IllegalStateException("no browser analysis " + resource);
        }
        port = new String(in.readAllBytes(), StandardCharsets.UTF_8);
      }
      String js = port + "(self.PassageSearchData=self.PassageSearchData||[]).push([" + Json.quote(language.lang() + "/analysis")
          + ",PASSAGE_ANALYSIS_" + language.browser().toUpperCase(Locale.ROOT) + "]);\n";
      byte[] bytes = js.getBytes(StandardCharsets.UTF_8);
      String name = "analysis-" + hash(bytes) + ".js";
      Files.write(outDir.resolve(name), bytes);
      files.put(name, bytes.length);
      return name;
    }

    /** Writes a script that registers {@code payload} as {@code <lang>/<key>}; returns its size. */
    private int writeScript(Path file, String key, byte[] payload) throws IOException {
      String js = "(self.PassageSearchData=self.PassageSearchData||[]).push([" + Json.quote(language.lang() + "/" + key)
          + ",\"" + FormatWriter.encodeText(payload) + "\"]);\n";
      byte[] bytes = js.getBytes(StandardCharsets.UTF_8);
      Files.write(file, bytes);
      return bytes.length;
    }
  }

  static String hash(byte[] payload) {
    return HexFormat.of().formatHex(sha256().digest(payload), 0, 6);
  }

  static MessageDigest sha256() {
    try {
      return MessageDigest.getInstance("SHA-256");
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
