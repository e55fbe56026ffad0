package org.passage.search;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import org.passage.text.Json;

/**
 * {@code index.js}, the one file the client opens first: the format version, the language and its
 * analysis, the counts, and the names of every other file. What was written: its size in bytes.
 */
record EntryFile(int bytes) {
  static final String NAME = "index.js";

  static EntryFile write(ExportFolder out, IndexFields index, Optional<AnalysisFile> analysis, MetaFile meta, FacetsFile facets,
      WordShards words, TermShards terms, DocShards docs) throws IOException {
    SearchLanguage language = out.language;
    StringBuilder j = new StringBuilder();
    j.append("{\"format\":").append(FormatWriter.VERSION);
    j.append(",\"lang\":").append(Json.quote(language.lang()));
    j.append(",\"stemmer\":").append(Json.quote(language.stemmer()));
    analysis.ifPresent(a -> j.append(",\"analysis\":").append(Json.quote(a.name())));
    j.append(",\"stopWords\":[");
    List<String> stopWords = language.stopWords();
    for (int i = 0; i < stopWords.size(); i++) {
      j.append(i > 0 ? "," : "").append(Json.quote(stopWords.get(i)));
    }
    j.append("],\"docs\":").append(index.maxDoc()).append(",\"terms\":").append(index.terms().size());
    j.append(",\"meta\":").append(Json.quote(meta.name())).append(",\"facets\":").append(Json.quote(facets.name()));
    j.append(",\"wordFiles\":").append(Json.quote(words.prefix())).append(",\"wordLengths\":[");
    for (int i = 0; i < words.lengths().size(); i++) {
      j.append(i > 0 ? "," : "").append(words.lengths().get(i));
    }
    j.append(']');
    j.append(",\"termFiles\":").append(Json.quote(terms.prefix()));
    j.append(",\"docFiles\":").append(Json.quote(docs.prefix()));
    j.append(",\"shardsPerFolder\":").append(out.shardsPerFolder);
    j.append('}');
    byte[] bytes = out.register(NAME, j.toString()).getBytes(StandardCharsets.UTF_8);
    Files.write(out.dir.resolve(NAME), bytes);
    return new EntryFile(bytes.length);
  }
}
