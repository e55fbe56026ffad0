package org.passage.site;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.passage.config.SiteConfig.Language;

/**
 * Which pages are the same page in other languages. A page's translation key is its path inside
 * its language folder without the extension ({@code sdgs/goal-10} for
 * {@code content/fr/sdgs/goal-10.md}), or its front matter's {@code translationKey} when the
 * paths differ: the same value on each translation, or the other page's path.
 *
 * @param duplicates pages whose key another page of their language already has (the first keeps it)
 */
public record Translations(Map<Page, String> keys, Map<String, Map<String, Page>> byKey, List<Page> duplicates) {
  public static final String FIELD = "translationKey";

  public static final Translations NONE = new Translations(Map.of(), Map.of(), List.of());

  /** The translations among {@code pages} (by language code, each language's in source order). */
  static Translations of(List<Language> languages, Map<String, List<Page>> pages) {
    Map<Page, String> keys = new HashMap<>();
    Map<String, Map<String, Page>> byKey = new HashMap<>();
    List<Page> duplicates = new ArrayList<>();
    for (Language lang : languages) {
      for (Page p : pages.getOrDefault(lang.code(), List.of())) {
        String key = key(p, lang.dir());
        keys.put(p, key);
        Map<String, Page> versions = byKey.computeIfAbsent(key, k -> new LinkedHashMap<>());
        Page first = versions.putIfAbsent(lang.code(), p);
        if (first != null && (p.meta().params().containsKey(FIELD) || first.meta().params().containsKey(FIELD))) {
          duplicates.add(p); // without a translationKey, the two write the same file: reported as such
        }
      }
    }
    Map<String, Map<String, Page>> frozen = new HashMap<>();
    byKey.forEach((k, v) -> frozen.put(k, Collections.unmodifiableMap(v)));
    return new Translations(Collections.unmodifiableMap(keys), Collections.unmodifiableMap(frozen), List.copyOf(duplicates));
  }

  /** The key of {@code page}, a page of the language whose folder is {@code dir}. */
  static String key(Page page, String dir) {
    Object own = page.meta().params().get(FIELD);
    if (own instanceof String s && !s.isBlank()) {
      return withoutExtension(s.strip());
    }
    return relative(page.contentPath(), dir);
  }

  /** {@code fr/sdgs/goal-10.md} in folder {@code fr}: {@code sdgs/goal-10}. */
  static String relative(String contentPath, String dir) {
    String p = dir.isEmpty() ? contentPath : contentPath.substring(dir.length() + 1);
    return withoutExtension(p);
  }

  private static String withoutExtension(String p) {
    int slash = p.lastIndexOf('/');
    int dot = p.lastIndexOf('.');
    return dot > slash + 0 && (p.endsWith(".md") || p.endsWith(".markdown")) ? p.substring(0, dot) : p;
  }

  /** The version of {@code page} in language {@code lang} (the page itself for its own language). */
  public Optional<Page> in(Page page, String lang) {
    String key = keys.get(page);
    return key == null ? Optional.empty() : Optional.ofNullable(byKey.getOrDefault(key, Map.of()).get(lang));
  }

  /** The versions of {@code page} by language code, in the site's language order. */
  public Map<String, Page> versions(Page page) {
    String key = keys.get(page);
    return key == null ? Map.of() : byKey.getOrDefault(key, Map.of());
  }
}
