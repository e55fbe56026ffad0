package org.passage.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.passage.files.SourceTree;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.passage.diagnostics.Diagnostics;
import org.passage.yaml.YamlReader;

/**
 * UI strings from the themes' {@code i18n/<lang>.yml} files; a more specific theme's string wins,
 * and a language without a string falls back to English, then to the key itself.
 */
final class I18n {
  private final Map<String, Map<String, String>> strings = new HashMap<>();

  I18n(ThemeChain chain, List<String> languages, Diagnostics diagnostics) throws IOException {
    List<String> wanted = new java.util.ArrayList<>(languages);
    if (!wanted.contains("en")) {
      wanted.add("en");
    }
    for (String lang : wanted) {
      Map<String, String> merged = new HashMap<>();
      List<Theme> themes = chain.themes();
      for (int i = themes.size() - 1; i >= 0; i--) {
        Path file = themes.get(i).root().resolve("i18n/" + lang + ".yml");
        if (SourceTree.isInside(themes.get(i).root(), file)) {
          String display = themes.get(i).display("i18n/" + lang + ".yml");
          YamlReader.read(Files.readString(file), display, 1, diagnostics)
              .ifPresent(node -> node.map().forEach((k, v) -> merged.put(k, v.asText() == null ? "" : v.asText())));
        }
      }
      strings.put(lang, merged);
    }
  }

  String get(String lang, String key) {
    String s = strings.getOrDefault(lang, Map.of()).get(key);
    if (s == null) {
      s = strings.getOrDefault("en", Map.of()).get(key);
    }
    return s == null ? key : s;
  }
}
