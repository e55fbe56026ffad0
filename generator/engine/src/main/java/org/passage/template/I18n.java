package org.passage.template;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.SourcePos;
import org.passage.files.SourceTree;
import org.passage.yaml.YNode;
import org.passage.yaml.YamlReader;

/**
 * UI strings from the themes' {@code i18n/<lang>.yml} files. A more specific theme's string
 * wins (the site's {@code _theme/} over its theme over the theme it extends); a language
 * without a string falls back to the site's default language, then to English.
 *
 * <p>Checked: a string a language of the site lacks is a warning at the line that defines it in
 * English (counted per theme file past {@value #LISTED}); a key a template uses, in
 * {@code t("key")}, that neither the default language nor English defines is an error at the
 * template's line.
 */
final class I18n {
  /** The language themes write their strings in first; every other falls back to it. */
  static final String BASE = "en";
  static final int LISTED = 5;
  /** {@code t("key")}, or {@code t("key", lang)} for a string in another of the site's languages. */
  private static final Pattern CALL = Pattern.compile("\\bt\\(\\s*([\"'])([^\"'\\\\]+)\\1\\s*(?:,[^)]*)?\\)");

  private final Map<String, Map<String, String>> strings = new HashMap<>();
  private final String defaultLanguage;
  private final Diagnostics diagnostics;
  /** Keys a template asked for that no language defines, reported once each: "file:line key". */
  private final Set<String> reported = ConcurrentHashMap.newKeySet();

  /** A string as a theme file defines it: which theme and where. */
  private record Defined(Theme theme, SourcePos at) {}

  I18n(ThemeChain chain, List<String> languages, Diagnostics diagnostics) throws IOException {
    this.diagnostics = diagnostics;
    this.defaultLanguage = languages.isEmpty() ? BASE : languages.get(0);
    List<String> wanted = new ArrayList<>(languages);
    if (!wanted.contains(BASE)) {
      wanted.add(BASE);
    }
    Map<String, Map<String, Defined>> where = new HashMap<>();
    List<Theme> themes = chain.themes();
    for (String lang : wanted) {
      Map<String, String> merged = new HashMap<>();
      Map<String, Defined> at = new HashMap<>();
      for (int i = themes.size() - 1; i >= 0; i--) {
        Path file = themes.get(i).root().resolve("i18n/" + lang + ".yml");
        if (SourceTree.isInside(themes.get(i).root(), file) && Files.isRegularFile(file)) {
          Theme theme = themes.get(i);
          String display = theme.display("i18n/" + lang + ".yml");
          YamlReader.read(Files.readString(file), display, 1, diagnostics).ifPresent(node -> node.map().forEach((k, v) -> {
            merged.put(k, v.asText() == null ? "" : v.asText());
            at.put(k, new Defined(theme, node.keyPos(k)));
          }));
        }
      }
      strings.put(lang, merged);
      where.put(lang, at);
    }
    reportMissing(languages, where);
    checkTemplates(chain);
  }

  /** Each language of the site against the strings English (or the default language) defines. */
  private void reportMissing(List<String> languages, Map<String, Map<String, Defined>> where) {
    Map<String, Defined> defined = new TreeMap<>(where.getOrDefault(defaultLanguage, Map.of()));
    defined.putAll(where.getOrDefault(BASE, Map.of()));
    for (String lang : languages) {
      Map<String, String> own = strings.getOrDefault(lang, Map.of());
      // theme file (display) -> missing keys, in key order
      Map<String, List<Map.Entry<String, Defined>>> byFile = new TreeMap<>();
      for (Map.Entry<String, Defined> e : defined.entrySet()) {
        if (!own.containsKey(e.getKey())) {
          byFile.computeIfAbsent(e.getValue().theme().display("i18n/" + lang + ".yml"), k -> new ArrayList<>()).add(e);
        }
      }
      String language = languageName(lang);
      byFile.forEach((file, missing) -> {
        String fallback = strings.getOrDefault(defaultLanguage, Map.of()).containsKey(missing.get(0).getKey()) && !lang.equals(defaultLanguage) ? languageName(defaultLanguage) : languageName(BASE);
        if (missing.size() <= LISTED) {
          for (Map.Entry<String, Defined> e : missing) {
            diagnostics.warning(e.getValue().at(), "no " + language + " UI string \"" + e.getKey() + "\" in " + file + ": the " + fallback + " one is shown", "");
          }
          return;
        }
        StringBuilder first = new StringBuilder();
        for (int i = 0; i < 3; i++) {
          first.append(i == 0 ? "" : ", ").append(missing.get(i).getKey()).append(" (line ").append(missing.get(i).getValue().at().line()).append(')');
        }
        diagnostics.warning(missing.get(0).getValue().at(), missing.size() + " UI strings have no " + language + " version in " + file + ": " + first + " and " + (missing.size() - 3) + " more show the " + fallback + " one", "");
      });
    }
  }

  /** Every {@code t("key")} of every template in the chain names a key the default language or English defines. */
  private void checkTemplates(ThemeChain chain) throws IOException {
    for (Theme theme : chain.themes()) {
      for (String folder : List.of("layouts", "partials")) {
        Path dir = theme.root().resolve(folder);
        if (!Files.isDirectory(dir) || !SourceTree.isInside(theme.root(), dir)) {
          continue;
        }
        List<Path> files;
        try (var walk = Files.walk(dir)) {
          files = walk.filter(f -> f.toString().endsWith(".peb") && Files.isRegularFile(f)).sorted().toList();
        }
        for (Path f : files) {
          String relative = theme.root().relativize(f).toString().replace('\\', '/');
          String[] lines = Files.readString(f).split("\n", -1);
          for (int i = 0; i < lines.length; i++) {
            Matcher m = CALL.matcher(lines[i]);
            while (m.find()) {
              used(theme.display(relative), i + 1, m.group(2));
            }
          }
        }
      }
    }
  }

  /** A template at {@code file:line} asks for {@code key}: an error, once, when no language defines it. */
  void used(String file, int line, String key) {
    if (defines(key) || !reported.add(file + ":" + line + " " + key)) {
      return;
    }
    diagnostics.error(new SourcePos(file, line, 0), "UI string \"" + key + "\" is not in the theme's i18n/" + defaultLanguage + ".yml"
        + (defaultLanguage.equals(BASE) ? "" : " nor i18n/" + BASE + ".yml"), org.passage.text.Suggest.hint(key, strings.getOrDefault(BASE, Map.of()).keySet(), "add it to i18n/" + BASE + ".yml"));
  }

  boolean defines(String key) {
    return strings.getOrDefault(defaultLanguage, Map.of()).containsKey(key) || strings.getOrDefault(BASE, Map.of()).containsKey(key);
  }

  String get(String lang, String key) {
    String s = strings.getOrDefault(lang, Map.of()).get(key);
    if (s == null) {
      s = strings.getOrDefault(defaultLanguage, Map.of()).get(key);
    }
    if (s == null) {
      s = strings.getOrDefault(BASE, Map.of()).get(key);
    }
    return s == null ? key : s;
  }

  /** "French" for fr, else the code itself. */
  static String languageName(String code) {
    String name = Locale.forLanguageTag(code).getDisplayLanguage(Locale.ENGLISH);
    return name.isEmpty() || name.equals(code) ? code : name;
  }
}
