package org.passage.content;

import java.util.List;
import java.util.Map;
import org.passage.config.SiteConfig;

/** The Load stage's result: settings, pages, data files and assets, in sorted order. */
public record LoadedContent(SiteConfig site, List<SourcePage> pages, Map<String, DataFile> data, List<Asset> assets) {

  /** The same without the pages, which the front matter reader has turned into page metadata. */
  public LoadedContent withoutPages() {
    return new LoadedContent(site, List.of(), data, assets);
  }
}
