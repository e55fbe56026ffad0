package org.passage.template;

/**
 * A language of the site: {@code language} on each page and the entries of
 * {@code site.languages}. {@code home} is the site path of its home page.
 */
record LanguageView(String code, String name, String direction, String home) {
  /** The home page's site path, as {@code site.languages} entries have called it. */
  public String path() {
    return home;
  }
}
