package org.passage.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Search documents made of text written in a language: the guide's pages in French or Spanish
 * (one page document per Markdown file, one section document per {@code ##} heading, the folder as
 * the {@code collection} facet, the front matter's goals and targets as facets), or a fixture under
 * search/lang (a page per {@code ##} heading, a section per {@code ###}). The Markdown is read
 * roughly (links to their text, emphasis and table bars off): what matters is the language's words.
 */
final class LanguageDocuments {
  private static final Pattern LINK = Pattern.compile("\\[([^\\]]*)\\]\\([^)]*\\)");
  private static final Pattern FRONT_LIST = Pattern.compile("(?m)^(goals|targets):\\s*\\[([^\\]]*)\\]");
  private static final Pattern TITLE = Pattern.compile("(?m)^title:\\s*\"?(.*?)\"?\\s*$");

  private LanguageDocuments() {}

  /** The guide's pages in {@code lang}, in path order. */
  static List<SearchDocument> guide(String lang) {
    Path content = JsClient.locate("content/" + lang);
    List<SearchDocument> out = new ArrayList<>();
    try (Stream<Path> files = Files.walk(content)) {
      for (Path f : files.filter(p -> p.toString().endsWith(".md")).sorted().toList()) {
        String rel = content.relativize(f).toString().replace('\\', '/');
        String text = Files.readString(f);
        String front = "";
        if (text.startsWith("---\n")) {
          int end = text.indexOf("\n---", 4);
          front = text.substring(4, end);
          text = text.substring(text.indexOf('\n', end + 1) + 1);
        }
        Matcher t = TITLE.matcher(front);
        String title = t.find() ? t.group(1) : rel;
        Map<String, List<String>> facets = new LinkedHashMap<>();
        facets.put("collection", List.of(rel.contains("/") ? rel.substring(0, rel.indexOf('/')) : "page"));
        Matcher m = FRONT_LIST.matcher(front);
        while (m.find()) {
          List<String> values = new ArrayList<>();
          for (String v : m.group(2).split(",")) {
            if (!v.isBlank()) {
              values.add(v.strip().replace("\"", ""));
            }
          }
          facets.put(m.group(1), List.copyOf(values));
        }
        out.addAll(page(lang + "/" + rel.replace(".md", ".html"), title, text, "## ", facets));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out;
  }

  /** The fixture text in {@code lang} (ar, ru, zh): a page per {@code ##} section. */
  static List<SearchDocument> fixture(String lang) {
    String text;
    try {
      text = Files.readString(JsClient.RESOURCES.resolve("lang/" + lang + ".txt"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    List<SearchDocument> out = new ArrayList<>();
    String[] pages = ("\n" + text).split("\n## ");
    for (int p = 0; p < pages.length; p++) {
      String page = pages[p].strip();
      int nl = page.indexOf('\n');
      String title = (nl < 0 ? page : page.substring(0, nl)).replaceFirst("^# ", "");
      String body = nl < 0 ? "" : page.substring(nl + 1);
      Map<String, List<String>> facets = new LinkedHashMap<>();
      facets.put("collection", List.of(p % 3 == 0 ? "sdgs" : p % 3 == 1 ? "process" : "case-studies"));
      out.addAll(page(lang + "/page-" + p + ".html", title, body, "### ", facets));
    }
    return out;
  }

  /** A page document and one document per section opened by {@code marker}. */
  private static List<SearchDocument> page(String path, String title, String markdown, String marker,
      Map<String, List<String>> facets) {
    List<String> headings = new ArrayList<>();
    List<StringBuilder> texts = new ArrayList<>(List.of(new StringBuilder())); // the lead, then each section's
    for (String line : markdown.split("\n")) {
      if (line.startsWith(marker)) {
        headings.add(clean(line.substring(marker.length())));
        texts.add(new StringBuilder());
      } else {
        texts.get(texts.size() - 1).append(line).append('\n');
      }
    }
    StringBuilder pageBody = new StringBuilder(clean(texts.get(0).toString()));
    List<SearchDocument> sections = new ArrayList<>();
    for (int i = 0; i < headings.size(); i++) {
      String raw = texts.get(i + 1).toString();
      String body = clean(raw);
      pageBody.append(pageBody.length() > 0 ? "\n" : "").append(body);
      sections.add(new SearchDocument(path, slug(headings.get(i)), title, headings.get(i), subHeadings(raw), body, facets));
    }
    List<SearchDocument> out = new ArrayList<>();
    out.add(new SearchDocument(path, "", title, "", String.join("\n", headings), pageBody.toString(), facets));
    out.addAll(sections);
    return out;
  }

  private static String subHeadings(String markdown) {
    StringBuilder b = new StringBuilder();
    for (String line : markdown.split("\n")) {
      if (line.startsWith("#")) {
        b.append(b.length() > 0 ? "\n" : "").append(clean(line.replaceFirst("^#+ ", "")));
      }
    }
    return b.toString();
  }

  private static String clean(String markdown) {
    String s = LINK.matcher(markdown).replaceAll("$1");
    s = s.replace("**", "").replace("|", " ").replaceAll("(?m)^#+ ", "").replaceAll("(?m)^[-*] ", "");
    return s.strip();
  }

  private static String slug(String heading) {
    return heading.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "-").replaceAll("^-|-$", "");
  }
}
