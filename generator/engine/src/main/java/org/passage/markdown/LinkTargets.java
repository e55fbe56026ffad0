package org.passage.markdown;

import java.util.Optional;

/** What the converter needs to know about the rest of the site to rewrite links. */
public interface LinkTargets {

  /** Output path (site-relative) of the page at {@code contentPath}, if there is such a page. */
  Optional<String> pageOutput(String contentPath);

  /**
   * The same page in the site's default language, for a page of another language that does not
   * exist ({@code fr/guide/step-2.md} → {@code en/guide/step-2.md}): a page not yet translated is
   * reached in the default language rather than left a broken link.
   */
  default Optional<String> defaultLanguagePage(String contentPath) {
    return Optional.empty();
  }

  /** Whether a non-Markdown file exists at {@code contentPath} (it is copied to the same path). */
  boolean assetExists(String contentPath);

  /** Output path of a taxonomy term's page, in the page's language; empty if no such taxonomy. */
  Optional<String> termOutput(String languageDir, String taxonomy, String term);
}
