package org.passage.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
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
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;

/**
 * The one writer of the browser index format described in FORMAT.md: reads a force-merged Lucene
 * index and writes {@code index.js} plus content-hashed shard scripts into one folder.
 */
public final class SearchExporter {
  /** A term shard is closed once it reaches this many bytes. */
  static final int TERM_SHARD_BYTES = 24 * 1024;
  /** A stored-document shard is closed once it reaches this many bytes. */
  static final int DOC_SHARD_BYTES = 32 * 1024;

  private SearchExporter() {}

  /** What the export wrote: file name to size in bytes, entry file first. */
  public record Export(Map<String, Integer> files) {
    public long totalBytes() {
      return files.values().stream().mapToLong(Integer::longValue).sum();
    }
  }

  public static Export export(Path luceneDir, SearchLanguage language, Path outDir) throws IOException {
    // The folder belongs to the staging site: other files (the facet labels) may already be there.
    Files.createDirectories(outDir);
    try (Directory dir = FSDirectory.open(luceneDir); DirectoryReader reader = DirectoryReader.open(dir)) {
      if (reader.leaves().size() > 1) {
        throw new IOException("search index in " + luceneDir + " is not force-merged");
      }
      LeafReader leaf = reader.leaves().isEmpty() ? null : reader.leaves().get(0).reader();
      return new SearchExporter.Run(language, outDir).write(leaf);
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
    final Map<String, Integer> files = new LinkedHashMap<>();

    Run(SearchLanguage language, Path outDir) {
      this.language = language;
      this.outDir = outDir;
    }

    Export write(LeafReader leaf) throws IOException {
      int maxDoc = leaf == null ? 0 : leaf.maxDoc();
      TreeMap<String, TermEntry> dict = new TreeMap<>();
      int[] fieldDocCount = new int[SearchFields.TEXT.size()];
      float[] avgdl = new float[SearchFields.TEXT.size()];
      for (int f = 0; f < SearchFields.TEXT.size(); f++) {
        Terms terms = leaf == null ? null : leaf.terms(SearchFields.TEXT.get(f));
        if (terms == null) {
          continue;
        }
        int docCount = terms.getDocCount();
        fieldDocCount[f] = docCount;
        avgdl[f] = (float) (terms.getSumTotalTermFreq() / (double) docCount);
        TermsEnum te = terms.iterator();
        PostingsEnum pe = null;
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          TermEntry e = dict.computeIfAbsent(t.utf8ToString(), k -> new TermEntry());
          int df = te.docFreq();
          e.df[f] = df;
          e.idf[f] = (float) Math.log(1 + (docCount - df + 0.5D) / (df + 0.5D));
          pe = te.postings(pe, PostingsEnum.POSITIONS);
          FormatWriter p = new FormatWriter();
          int last = 0;
          for (int d = pe.nextDoc(); d != DocIdSetIterator.NO_MORE_DOCS; d = pe.nextDoc()) {
            p.varint(d - last);
            last = d;
            int freq = pe.freq();
            p.varint(freq);
            int lastPos = 0;
            for (int i = 0; i < freq; i++) {
              int pos = pe.nextPosition();
              p.varint(pos - lastPos);
              lastPos = pos;
            }
          }
          e.postings[f] = p.toByteArray();
        }
      }

      List<String[]> termShards = writeTermShards(dict);
      List<Object[]> docShards = writeDocShards(leaf, maxDoc);
      String meta = writeMeta(leaf, maxDoc, fieldDocCount, avgdl, docShards);
      String words = writeWords(leaf);
      writeEntry(maxDoc, dict.size(), termShards, docShards, meta, words);
      return new Export(files);
    }

    private List<String[]> writeTermShards(TreeMap<String, TermEntry> dict) throws IOException {
      List<String[]> shards = new ArrayList<>();
      List<Map.Entry<String, TermEntry>> pending = new ArrayList<>();
      int size = 0;
      for (Map.Entry<String, TermEntry> e : dict.entrySet()) {
        pending.add(e);
        for (byte[] p : e.getValue().postings) {
          size += (p == null ? 0 : p.length) + 12;
        }
        size += e.getKey().length() + 2;
        if (size >= TERM_SHARD_BYTES) {
          shards.add(new String[] {pending.get(0).getKey(), termShard(pending)});
          pending.clear();
          size = 0;
        }
      }
      if (!pending.isEmpty() || shards.isEmpty()) {
        shards.add(new String[] {pending.isEmpty() ? "" : pending.get(0).getKey(), termShard(pending)});
      }
      return shards;
    }

    private String termShard(List<Map.Entry<String, TermEntry>> terms) throws IOException {
      FormatWriter w = FormatWriter.file('T');
      w.varint(terms.size());
      String prev = "";
      for (Map.Entry<String, TermEntry> e : terms) {
        String t = e.getKey();
        int shared = 0;
        int max = Math.min(prev.length(), t.length());
        while (shared < max && prev.charAt(shared) == t.charAt(shared)) {
          shared++;
        }
        if (shared > 0 && Character.isHighSurrogate(t.charAt(shared - 1))) {
          shared--; // never split a surrogate pair: the suffix is written as UTF-8
        }
        w.varint(shared);
        w.string(t.substring(shared));
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
            w.floatBits(te.idf[f]);
            w.varint(te.postings[f].length);
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
      return save("terms", w.finish());
    }

    private List<Object[]> writeDocShards(LeafReader leaf, int maxDoc) throws IOException {
      List<Object[]> shards = new ArrayList<>();
      if (maxDoc == 0) {
        return shards;
      }
      StoredFields sf = leaf.storedFields();
      int first = 0;
      FormatWriter body = new FormatWriter();
      for (int d = 0; d < maxDoc; d++) {
        org.apache.lucene.document.Document doc = sf.document(d);
        body.string(doc.get(SearchFields.PATH));
        body.string(doc.get(SearchFields.ANCHOR));
        body.string(doc.get(SearchFields.PAGE_TITLE));
        body.string(doc.get(SearchFields.SECTION));
        body.string(doc.get(SearchFields.BODY));
        if (body.size() >= DOC_SHARD_BYTES || d == maxDoc - 1) {
          FormatWriter w = FormatWriter.file('D');
          w.varint(first);
          w.varint(d + 1 - first);
          w.bytes(body.toByteArray());
          shards.add(new Object[] {first, save("docs", w.finish())});
          first = d + 1;
          body = new FormatWriter();
        }
      }
      return shards;
    }

    private String writeMeta(LeafReader leaf, int maxDoc, int[] fieldDocCount, float[] avgdl, List<Object[]> docShards)
        throws IOException {
      FormatWriter w = FormatWriter.file('M');
      w.varint(maxDoc);
      w.varint(SearchFields.TEXT.size());
      for (int f = 0; f < SearchFields.TEXT.size(); f++) {
        String field = SearchFields.TEXT.get(f);
        w.string(field);
        w.varint(fieldDocCount[f]);
        w.floatBits(avgdl[f]);
        NumericDocValues norms = leaf == null ? null : leaf.getNormValues(field);
        for (int d = 0; d < maxDoc; d++) {
          w.u8(norms != null && norms.advanceExact(d) ? (int) norms.longValue() : 0);
        }
      }
      TreeSet<String> facetFields = new TreeSet<>();
      if (leaf != null) {
        for (FieldInfo fi : leaf.getFieldInfos()) {
          if (fi.name.startsWith(SearchFields.FACET_PREFIX)) {
            facetFields.add(fi.name);
          }
        }
      }
      w.varint(facetFields.size());
      for (String field : facetFields) {
        w.string(field.substring(SearchFields.FACET_PREFIX.length()));
        SortedSetDocValues values = leaf.getSortedSetDocValues(field);
        long count = values.getValueCount();
        w.varint(count);
        for (long o = 0; o < count; o++) {
          w.string(values.lookupOrd(o).utf8ToString());
        }
        for (int d = 0; d < maxDoc; d++) {
          if (values.advanceExact(d)) {
            int n = values.docValueCount();
            w.varint(n);
            for (int i = 0; i < n; i++) {
              w.varint(values.nextOrd());
            }
          } else {
            w.varint(0);
          }
        }
      }
      return save("meta", w.finish());
    }

    private String writeWords(LeafReader leaf) throws IOException {
      FormatWriter w = FormatWriter.file('W');
      Terms terms = leaf == null ? null : leaf.terms(SearchFields.WORD);
      List<String> words = new ArrayList<>();
      List<Integer> dfs = new ArrayList<>();
      if (terms != null) {
        TermsEnum te = terms.iterator();
        for (BytesRef t = te.next(); t != null; t = te.next()) {
          words.add(t.utf8ToString());
          dfs.add(te.docFreq());
        }
      }
      w.varint(words.size());
      for (int i = 0; i < words.size(); i++) {
        w.string(words.get(i));
        w.varint(dfs.get(i));
      }
      return save("words", w.finish());
    }

    private void writeEntry(int maxDoc, int termCount, List<String[]> termShards, List<Object[]> docShards, String meta,
        String words) throws IOException {
      StringBuilder j = new StringBuilder();
      j.append("{\"format\":").append(FormatWriter.VERSION);
      j.append(",\"lang\":").append(Json.quote(language.lang()));
      j.append(",\"stemmer\":").append(Json.quote(language.stemmer()));
      j.append(",\"stopWords\":[");
      for (int i = 0; i < language.stopWords().size(); i++) {
        j.append(i > 0 ? "," : "").append(Json.quote(language.stopWords().get(i)));
      }
      j.append("],\"docs\":").append(maxDoc).append(",\"terms\":").append(termCount);
      j.append(",\"meta\":").append(Json.quote(meta)).append(",\"words\":").append(Json.quote(words));
      j.append(",\"termShards\":[");
      for (int i = 0; i < termShards.size(); i++) {
        j.append(i > 0 ? "," : "").append('[').append(Json.quote(termShards.get(i)[0])).append(',')
            .append(Json.quote(termShards.get(i)[1])).append(']');
      }
      j.append("],\"docShards\":[");
      for (int i = 0; i < docShards.size(); i++) {
        j.append(i > 0 ? "," : "").append('[').append(docShards.get(i)[0]).append(',')
            .append(Json.quote((String) docShards.get(i)[1])).append(']');
      }
      j.append("]}");
      String js = "(self.PassageSearchData=self.PassageSearchData||[]).push([" + Json.quote(language.lang() + "/index.js")
          + "," + j + "]);\n";
      byte[] bytes = js.getBytes(StandardCharsets.UTF_8);
      Files.write(outDir.resolve("index.js"), bytes);
      Map<String, Integer> all = new LinkedHashMap<>();
      all.put("index.js", bytes.length);
      all.putAll(files);
      files.clear();
      files.putAll(all);
    }

    /** Writes a shard script named {@code kind-<hash>.js}; returns the name. */
    private String save(String kind, byte[] payload) throws IOException {
      String name = kind + "-" + hash(payload) + ".js";
      String js = "(self.PassageSearchData=self.PassageSearchData||[]).push([" + Json.quote(language.lang() + "/" + name)
          + ",\"" + Base64.getEncoder().encodeToString(payload) + "\"]);\n";
      byte[] bytes = js.getBytes(StandardCharsets.UTF_8);
      Files.write(outDir.resolve(name), bytes);
      files.put(name, bytes.length);
      return name;
    }
  }

  static String hash(byte[] payload) {
    try {
      byte[] d = MessageDigest.getInstance("SHA-256").digest(payload);
      return HexFormat.of().formatHex(d, 0, 6);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
