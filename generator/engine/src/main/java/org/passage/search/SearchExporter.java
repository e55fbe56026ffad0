package org.passage.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.NIOFSDirectory;
import org.passage.files.IoErrors;

/**
 * The one writer of the browser index format described in FORMAT.md: reads a force-merged Lucene
 * index and writes {@code index.js} plus content-hashed shard scripts into one folder. Each kind
 * of file has its own writer, which returns a record of what it wrote: {@link TermShards},
 * {@link DocShards}, {@link WordShards}, {@link FacetsFile}, {@link MetaFile} (which lists the
 * shards), {@link AnalysisFile} and {@link EntryFile} (which names them all).
 */
final class SearchExporter {
  /** A term shard is closed once it reaches this many bytes before compression. */
  static final int TERM_SHARD_BYTES = 16 * 1024;
  /** A stored-document shard is closed, at the end of a page, once it reaches this many bytes before compression. */
  static final int DOC_SHARD_BYTES = 2 * 1024;
  /** Numbered shards of a kind are spread over folders of at most this many files. */
  static final int SHARDS_PER_FOLDER = 1000;

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
      SearchVocabulary vocabulary = SearchVocabulary.fromUserData(reader.getIndexCommit().getUserData());
      return write(new ExportFolder(language, outDir, shardsPerFolder), leaf, vocabulary, termShardBytes, docShardBytes);
    }
  }

  private static Export write(ExportFolder out, LeafReader leaf, SearchVocabulary vocabulary, int termShardBytes,
      int docShardBytes) throws IOException {
    IndexFields index = IndexFields.of(leaf);
    // The document shards (stored text) and the term shards (postings) are independent: write
    // them on two cores.
    CompletableFuture<DocShards> docsLater = CompletableFuture.supplyAsync(() -> {
      try {
        return DocShards.write(out, leaf, docShardBytes);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    TermShards terms = TermShards.write(out, leaf, index, termShardBytes);
    DocShards docs = IoErrors.join(docsLater);
    MetaFile meta = MetaFile.write(out, leaf, index, terms, docs, vocabulary);
    FacetsFile facets = FacetsFile.write(out, leaf);
    WordShards words = WordShards.write(out, leaf);
    Optional<AnalysisFile> analysis = AnalysisFile.shipped(out.language) ? Optional.of(AnalysisFile.write(out)) : Optional.empty();
    EntryFile entry = EntryFile.write(out, index, analysis, meta, facets, words, terms, docs);
    Map<String, Integer> all = new LinkedHashMap<>();
    all.put(EntryFile.NAME, entry.bytes());
    all.putAll(out.files());
    return new Export(all);
  }
}
