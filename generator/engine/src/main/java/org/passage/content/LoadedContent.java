package org.passage.content;

import java.util.List;
import java.util.Map;
import org.passage.config.SiteConfig;

/**
 * The Load stage's result: settings, pages, data files (in the default language, and each
 * language's with its translations merged in) and assets, in sorted order, and each
 * language's book outline ({@code SUMMARY.md} at its root), by language code.
 */
public record LoadedContent(
    SiteConfig site, List<SourcePage> pages, Map<String, DataFile> data, Map<String, Map<String, DataFile>> languageData, List<Asset> assets, Map<String, OutlineFile> outlines) {

  /** The data files of a language, its translations merged in ({@link DataTranslations}); the default language's is {@link #data()}. */
  public Map<String, DataFile> data(String lang) {
    return languageData.getOrDefault(lang, data);
  }

  /** A {@code SUMMARY.md} as read: its text, how it is named in messages, and the folder (content path) it orders. */
  public record OutlineFile(String text, String display, String folder) {}

  /** The same without the pages, which the front matter reader has turned into page metadata. */
  public LoadedContent withoutPages() {
    return new LoadedContent(site, List.of(), data, languageData, assets, outlines);
  }
}
