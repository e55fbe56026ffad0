package org.passage.search;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.passage.files.Confined;
import org.passage.paths.SitePaths;

/**
 * The browser search client: the engine's modules and a theme's UI module assembled into the one
 * classic script every page loads ({@link SitePaths#searchClient()}).
 *
 * <p>The engine (inflate, format, loading, analysis, query plan, index, scoring, snippets,
 * suggestions, facets, the {@code Passage.search} API) is this package's resources under
 * {@code client/}, so it always matches the index this build exports. The UI is the theme's
 * {@value #UI_MODULE}, found through the theme chain, so a theme can replace the UI and keep
 * the engine.
 *
 * <p>Pages load classic scripts only (ES modules do not load from {@code file://}), and the
 * build needs no bundler, so the assembly is this: in the order of {@link #ENGINE_MODULES},
 * each module is the body of a function called with {@code engine} (one object the modules
 * share: each reads what earlier modules put there and adds its own) and {@code global}; the UI
 * comes last, called with {@code global.Passage} (the public API) and {@code global}. All of it
 * sits in one strict-mode function, so nothing but {@code Passage} and
 * {@code PassageSearchData} reaches the page. The bytes depend only on the modules.
 */
final class SearchClient {
  /** Where a theme keeps its search UI module, relative to the theme's folder. */
  static final String UI_MODULE = "search/ui.js";

  /** The engine's modules in the order they run: each uses only what the ones before it export. */
  static final List<String> ENGINE_MODULES = List.of("common.js", "inflate.js", "format.js", "load.js", "analysis.js",
      "query.js", "index.js", "scoring.js", "snippets.js", "suggest.js", "facets.js", "api.js");

  private static final String HEADER = """
      /*
       * Passage search client: reads the browser index written by SearchExporter (FORMAT.md), ranks
       * exactly as the Java reference (SearchReference, Lucene BM25) and, with the theme's UI, drives
       * the search box and the results page. Classic script, no dependencies; works from file://.
       *
       * Assembled by SearchClient.java from the engine's modules (org/passage/search/client/*.js)
       * and the theme's search/ui.js; edit those, not this file.
       */
      (function (global) {
      'use strict';
      var engine = {};
      """;
  private static final String FOOTER = "})(typeof self !== 'undefined' ? self : this);\n";

  private SearchClient() {}

  /** Writes the client, with the UI module {@code ui} (none: the engine alone), into the site folder {@code site}. */
  static void write(Optional<Path> ui, Path site) throws IOException {
    Path target = Confined.resolve(site, SitePaths.searchClient());
    Files.createDirectories(target.getParent());
    String uiSource = ui.isPresent() ? Files.readString(ui.get(), StandardCharsets.UTF_8) : null;
    Files.writeString(target, assemble(uiSource), StandardCharsets.UTF_8);
  }

  /** The assembled script: the engine's modules, then {@code ui} (or no UI when null). */
  static String assemble(String ui) {
    StringBuilder out = new StringBuilder(HEADER);
    for (String module : ENGINE_MODULES) {
      out.append("\n// ---- ").append(module).append('\n');
      out.append("(function (engine, global) {\n").append(withNewline(engineModule(module))).append("})(engine, global);\n");
    }
    if (ui != null) {
      out.append("\n// ---- ").append(UI_MODULE).append(" (the theme's)\n");
      out.append("(function (Passage, global) {\n").append(withNewline(ui)).append("})(global.Passage, global);\n");
    }
    return out.append(FOOTER).toString();
  }

  private static String engineModule(String name) {
    try (InputStream in = SearchClient.class.getResourceAsStream("client/" + name)) {
      if (in == null) {
        throw new IllegalStateException("the search client module client/" + name + " is missing from the classpath");
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String withNewline(String source) {
    String s = source.replace("\r\n", "\n");
    return s.endsWith("\n") ? s : s + "\n";
  }
}
