package org.passage.markdown;

import com.vladsch.flexmark.ast.Text;
import com.vladsch.flexmark.ast.TextBase;
import com.vladsch.flexmark.ext.abbreviation.Abbreviation;
import com.vladsch.flexmark.util.ast.DoNotDecorate;
import com.vladsch.flexmark.util.ast.DoNotLinkDecorate;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.sequence.BasedSequence;
import com.vladsch.flexmark.util.sequence.Escaping;
import com.vladsch.flexmark.util.sequence.ReplacedTextMapper;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.passage.config.SiteConfig;
import org.passage.content.DataFile;
import org.passage.content.LoadedContent;
import org.passage.diagnostics.Diagnostics;
import org.passage.yaml.YNode;

/**
 * The site-wide abbreviations (from a data file) applied to a page's parsed tree: each whole-word
 * occurrence in text becomes an {@code <abbr title="…">}. They are matched as plain text and the
 * expansion is only ever an attribute value, so data can never become Markdown or HTML.
 * Abbreviations a page defines itself ({@code *[X]: …}) are applied first, by Flexmark.
 */
public final class SiteAbbreviations {
  public static final SiteAbbreviations NONE = new SiteAbbreviations(Map.of());

  private final Map<String, BasedSequence> expansions = new TreeMap<>();
  private final Pattern pattern;

  /** {@code definitions}: abbreviation to its expansion, each one line of plain text. */
  public SiteAbbreviations(Map<String, String> definitions) {
    List<String> keys = new ArrayList<>();
    definitions.forEach((abbr, expansion) -> {
      if (!abbr.isEmpty()) {
        expansions.put(abbr, BasedSequence.of(expansion));
        keys.add(abbr);
      }
    });
    // Longer abbreviations first where one starts another ("SDGs" before "SDG"), as Flexmark does.
    keys.sort(Comparator.reverseOrder());
    StringBuilder sb = new StringBuilder();
    for (String abbr : keys) {
      if (sb.length() > 0) {
        sb.append('|');
      }
      sb.append(Character.isLetterOrDigit(abbr.charAt(0)) ? "\\b" : "").append(Pattern.quote(abbr))
          .append(Character.isLetterOrDigit(abbr.charAt(abbr.length() - 1)) ? "\\b" : "");
    }
    this.pattern = keys.isEmpty() ? null : Pattern.compile(sb.toString());
  }

  /**
   * Each language's abbreviations, by language code. Problems of a file are reported once: a
   * language's file is the default's with translations merged in, unless its translation
   * replaced it whole (a glossary).
   */
  public static Map<String, SiteAbbreviations> perLanguage(SiteConfig site, LoadedContent content, Diagnostics diagnostics) {
    Map<String, SiteAbbreviations> out = new HashMap<>();
    Map<String, DataFile> defaults = content.data();
    for (var lang : site.languages()) {
      Map<String, DataFile> own = content.data(lang.code());
      boolean replaced = site.markdown().abbreviations().map(a -> own.get(a.data()) != null && defaults.get(a.data()) != null
          && !own.get(a.data()).display().equals(defaults.get(a.data()).display())).orElse(false);
      out.put(lang.code(), from(site, own, out.isEmpty() || replaced ? diagnostics : new Diagnostics()));
    }
    return out;
  }

  /**
   * The abbreviations of the site's configured data file. An abbreviation must be one line of
   * text; expansions are folded onto one line. Other entries are reported at their line.
   */
  public static SiteAbbreviations from(SiteConfig site, Map<String, DataFile> data, Diagnostics diagnostics) {
    if (site.markdown().abbreviations().isEmpty()) {
      return NONE;
    }
    SiteConfig.AbbreviationSource src = site.markdown().abbreviations().get();
    DataFile file = data.get(src.data());
    if (file == null) {
      diagnostics.error(src.pos(), "data file \"" + src.data() + "\" for abbreviations does not exist", "put it at data/" + src.data() + ".yml");
      return NONE;
    }
    Map<String, String> defs = new LinkedHashMap<>();
    for (YNode entry : file.root().list()) {
      YNode abbr = entry.get(src.key());
      YNode title = entry.get(src.title());
      if (abbr == null || abbr.asText() == null || title == null || title.asText() == null) {
        continue;
      }
      String key = abbr.asText().strip();
      if (key.isEmpty() || key.chars().anyMatch(c -> c == '\n' || c == '\r')) {
        diagnostics.error(abbr.pos(), "an abbreviation must be one line of text", "write the short form only, e.g. " + src.key() + ": GCM");
        continue;
      }
      defs.putIfAbsent(key, title.asText().strip().replaceAll("\\s+", " "));
    }
    return new SiteAbbreviations(defs);
  }

  void apply(Node root) {
    if (pattern != null) {
      visit(root);
    }
  }

  private void visit(Node node) {
    for (Node child = node.getFirstChild(); child != null; ) {
      Node next = child.getNext();
      if (child instanceof Text text) {
        decorate(text);
      } else if (!(child instanceof DoNotDecorate) && !(child instanceof DoNotLinkDecorate)) {
        visit(child);
      }
      child = next;
    }
  }

  private void decorate(Text node) {
    BasedSequence original = node.getChars();
    ReplacedTextMapper mapper = new ReplacedTextMapper(original);
    BasedSequence literal = Escaping.unescape(original, mapper);
    Matcher m = pattern.matcher(literal);
    int done = 0;
    // The pieces go into a TextBase spanning the original text, as Flexmark's own abbreviations
    // do, so that heading ids and other text collectors still see the abbreviation's letters.
    Node base = node.getParent() instanceof TextBase parent ? parent : null;
    while (m.find()) {
      if (base == null) {
        base = new TextBase(original);
        node.insertBefore(base);
      }
      int start = mapper.originalOffset(m.start());
      int end = mapper.originalOffset(m.end());
      if (start > done) {
        add(base, node, new Text(original.subSequence(done, start)));
      }
      add(base, node, new Abbreviation(original.subSequence(start, end), expansions.get(m.group())));
      done = end;
    }
    if (done > 0) {
      if (done < original.length()) {
        add(base, node, new Text(original.subSequence(done, original.length())));
      }
      node.unlink();
    }
  }

  /** Puts {@code piece} in the TextBase: before {@code node} when the text already sat in one, else at its end. */
  private static void add(Node base, Text node, Node piece) {
    if (node.getParent() == base) {
      node.insertBefore(piece);
    } else {
      base.appendChild(piece);
    }
  }
}
