package org.passage.search;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.passage.config.SiteConfig;
import org.passage.content.DataFile;
import org.passage.diagnostics.Diagnostics;
import org.passage.taxonomy.Taxonomy;
import org.passage.yaml.YNode;

/**
 * A language's {@link SearchVocabulary}, from the site's settings and data:
 *
 * <ul>
 *   <li>each data-backed taxonomy is named by the words of its title and singular (the language's
 *       and the default language's) and its name;
 *   <li>each abbreviation of the data file {@code markdown.abbreviations} names (that file's
 *       {@code <data>.<lang>} variant when there is one) is a synonym of its expansion;
 *   <li>the optional data file {@code synonyms} ({@code synonyms.<lang>} first): a list whose
 *       items are each a list of phrases that mean the same, e.g. {@code - [remittances, money
 *       sent home]}.
 * </ul>
 */
final class SiteVocabulary {
  /** The data file of extra synonyms. */
  public static final String SYNONYMS_DATA = "synonyms";

  private SiteVocabulary() {}

  public static SearchVocabulary of(SiteConfig site, Map<String, DataFile> data, Map<String, Taxonomy> taxonomies, String lang,
      Diagnostics diagnostics) {
    SearchLanguage language = SearchLanguage.of(lang);
    Map<String, List<String>> qualifiers = new LinkedHashMap<>();
    for (Taxonomy tax : taxonomies.values()) {
      if (!tax.freeForm()) {
        // the language's own title and singular, then the default language's (readers type either)
        var own = tax.config().inLanguage(lang);
        qualifiers.put(tax.name(), SearchVocabulary.qualifierWords(language,
            List.of(own.title(), own.singular(), tax.config().title(), tax.config().singular(), tax.name().replace('-', ' '))));
      }
    }
    List<List<String>> groups = new ArrayList<>();
    site.markdown().abbreviations().ifPresent(src -> {
      DataFile file = localized(data, src.data(), lang);
      if (file == null || !file.root().isList()) {
        return; // reported where abbreviations are read
      }
      for (YNode entry : file.root().list()) {
        YNode abbr = entry.isMap() ? entry.get(src.key()) : null;
        YNode title = entry.isMap() ? entry.get(src.title()) : null;
        if (abbr != null && title != null && abbr.asText() != null && title.asText() != null) {
          groups.add(List.of(abbr.asText().strip(), title.asText().strip()));
        }
      }
    });
    DataFile synonyms = localized(data, SYNONYMS_DATA, lang);
    if (synonyms != null) {
      if (!synonyms.root().isList()) {
        diagnostics.error(synonyms.root().pos(), "the synonyms data file must be a list", "each item a list of phrases that mean the same, e.g. - [remittances, money sent home]");
      } else {
        for (YNode entry : synonyms.root().list()) {
          List<String> phrases = new ArrayList<>();
          if (entry.isList()) {
            for (YNode p : entry.list()) {
              if (p.isScalar() && p.asText() != null && !p.asText().isBlank()) {
                phrases.add(p.asText().strip());
              }
            }
          }
          if (phrases.size() < 2 || phrases.size() != (entry.isList() ? entry.list().size() : -1)) {
            diagnostics.error(entry.pos(), "a synonyms entry must be a list of at least two phrases", "e.g. - [remittances, money sent home]");
            continue;
          }
          groups.add(phrases);
        }
      }
    }
    return new SearchVocabulary(qualifiers, SearchVocabulary.synonymGroups(language, groups));
  }

  /** {@code <name>.<lang>} if the site has it, else {@code <name>}, else null. */
  private static DataFile localized(Map<String, DataFile> data, String name, String lang) {
    DataFile own = data.get(name + "." + lang);
    return own != null ? own : data.get(name);
  }
}
