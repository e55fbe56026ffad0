package org.passage.template;

import java.nio.file.Path;

/**
 * A theme folder: {@code theme.yml}, {@code layouts/}, {@code partials/}, {@code assets/},
 * {@code i18n/}. {@code root} may live inside the plugin jar (the bundled default theme);
 * {@code display} is how its files are named in messages.
 */
public record Theme(String name, Path root, String display) {

  public String display(String relative) {
    return display + "/" + relative;
  }
}
