package org.passage.template;

import io.pebbletemplates.pebble.error.LoaderException;
import io.pebbletemplates.pebble.loader.Loader;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.nio.file.Files;
import java.util.Optional;

/**
 * Pebble loader over a {@link ThemeChain}. A name such as {@code layouts/page.peb} is looked up
 * from the most specific theme down; {@code theme:default/layouts/page.peb} names one theme, so an
 * override can extend the file it replaces. Names never leave the theme folders.
 */
final class ThemeLoader implements Loader<String> {
  static final String THEME_PREFIX = "theme:";
  private final ThemeChain chain;

  ThemeLoader(ThemeChain chain) {
    this.chain = chain;
  }

  Optional<ThemeChain.Located> locate(String name) {
    if (name.contains("..") || name.startsWith("/") || name.contains("\\")) {
      return Optional.empty();
    }
    if (name.startsWith(THEME_PREFIX)) {
      String rest = name.substring(THEME_PREFIX.length());
      int slash = rest.indexOf('/');
      if (slash < 0) {
        return Optional.empty();
      }
      String theme = rest.substring(0, slash);
      String relative = rest.substring(slash + 1);
      return chain.themes().stream()
          .filter(t -> t.name().equals(theme))
          .findFirst()
          .flatMap(t -> new ThemeChain(java.util.List.of(t)).locate(relative));
    }
    return chain.locate(name);
  }

  /** How a template name appears in messages: the file it came from. */
  String display(String name) {
    return locate(name).map(ThemeChain.Located::display).orElse(name);
  }

  @Override
  public Reader getReader(String name) {
    Optional<ThemeChain.Located> found = locate(name);
    if (found.isEmpty()) {
      throw new LoaderException(null, "template \"" + name + "\" not found in themes " + chain.themes().stream().map(Theme::name).toList());
    }
    try {
      return new StringReader(Files.readString(found.get().file()).replace("\r\n", "\n"));
    } catch (IOException e) {
      throw new LoaderException(e, "cannot read template " + found.get().display());
    }
  }

  @Override
  public void setCharset(String charset) {}

  @Override
  public void setPrefix(String prefix) {}

  @Override
  public void setSuffix(String suffix) {}

  @Override
  public String resolveRelativePath(String relativePath, String anchorPath) {
    return relativePath;
  }

  @Override
  public String createCacheKey(String templateName) {
    return templateName;
  }

  @Override
  public boolean resourceExists(String templateName) {
    return locate(templateName).isPresent();
  }
}
