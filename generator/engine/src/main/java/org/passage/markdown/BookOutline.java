package org.passage.markdown;

import com.vladsch.flexmark.ast.Heading;
import com.vladsch.flexmark.ast.Link;
import com.vladsch.flexmark.ast.ListBlock;
import com.vladsch.flexmark.ast.ListItem;
import com.vladsch.flexmark.ast.Paragraph;
import com.vladsch.flexmark.parser.Parser;
import com.vladsch.flexmark.util.ast.Document;
import com.vladsch.flexmark.util.ast.Node;
import com.vladsch.flexmark.util.data.MutableDataSet;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.passage.diagnostics.Diagnostics;
import org.passage.paths.Urls;

/**
 * A book's outline as mdBook reads it from {@code SUMMARY.md}: prefix chapters, part titles,
 * numbered chapters nested by their lists, suffix chapters. It orders the navigation and names
 * the chapters as the author wrote them; the file itself is not a page.
 *
 * @param entries the top level, in order
 */
public record BookOutline(List<Entry> entries) {
  public static final String FILE = "SUMMARY.md";

  /**
   * A chapter ({@code contentPath} of its page) or a part title / draft chapter ({@code contentPath}
   * null), with its sub-chapters.
   */
  public record Entry(String title, String contentPath, List<Entry> children) {}

  /** Adds each chapter's title to {@code out}, by the content path of its page (the first listing wins). */
  public void titles(java.util.Map<String, String> out) {
    addTitles(entries, out);
  }

  private static void addTitles(List<Entry> entries, java.util.Map<String, String> out) {
    for (Entry e : entries) {
      if (e.contentPath() != null) {
        out.putIfAbsent(e.contentPath(), e.title());
      }
      addTitles(e.children(), out);
    }
  }

  /**
   * Reads {@code text}, the outline of the folder {@code folder} (content path), from the file
   * shown as {@code display}. A chapter whose file does not exist is reported and kept as a title.
   */
  public static BookOutline parse(String text, String folder, String display, Set<String> pages, Diagnostics diagnostics) {
    Document doc = Parser.builder(new MutableDataSet()).build().parse(text);
    SourceLines lines = new SourceLines(text, 1, display);
    List<Entry> top = new ArrayList<>();
    boolean titleSeen = false;
    for (Node n = doc.getFirstChild(); n != null; n = n.getNext()) {
      if (n instanceof Heading h) {
        if (!titleSeen && h.getLevel() == 1) {
          titleSeen = true; // "# Summary"
          continue;
        }
        top.add(new Entry(PlainText.plain(h).strip(), null, List.of()));
      } else if (n instanceof Paragraph p) {
        for (Node c = p.getFirstChild(); c != null; c = c.getNext()) {
          if (c instanceof Link link) {
            top.add(entry(link, List.of(), folder, pages, lines, diagnostics));
          }
        }
      } else if (n instanceof ListBlock list) {
        top.addAll(items(list, folder, pages, lines, diagnostics));
      }
    }
    return new BookOutline(List.copyOf(top));
  }

  private static List<Entry> items(ListBlock list, String folder, Set<String> pages, SourceLines lines, Diagnostics diagnostics) {
    List<Entry> out = new ArrayList<>();
    for (Node n = list.getFirstChild(); n != null; n = n.getNext()) {
      if (!(n instanceof ListItem item)) {
        continue;
      }
      Link link = null;
      List<Entry> children = new ArrayList<>();
      String text = "";
      for (Node c = item.getFirstChild(); c != null; c = c.getNext()) {
        if (c instanceof Paragraph p && link == null) {
          text = PlainText.plain(p).strip();
          for (Node in = p.getFirstChild(); in != null && link == null; in = in.getNext()) {
            if (in instanceof Link l) {
              link = l;
            }
          }
        } else if (c instanceof ListBlock sub) {
          children.addAll(items(sub, folder, pages, lines, diagnostics));
        }
      }
      out.add(link == null ? new Entry(text, null, List.copyOf(children)) : entry(link, List.copyOf(children), folder, pages, lines, diagnostics));
    }
    return out;
  }

  private static Entry entry(Link link, List<Entry> children, String folder, Set<String> pages, SourceLines lines, Diagnostics diagnostics) {
    String title = PlainText.plain(link).strip();
    String url = link.getUrl().toString();
    if (url.isEmpty()) {
      return new Entry(title, null, children); // a draft chapter, as mdBook writes it: [Title]()
    }
    String path = URLDecoder.decode(url.replaceAll("#.*$", "").replace("+", "%2B"), StandardCharsets.UTF_8);
    Optional<String> target = Urls.resolve(folder, path);
    if (target.isEmpty() || !pages.contains(target.get())) {
      diagnostics.warning(lines.pos(link.getStartOffset()), "the outline lists \"" + url + "\", which is not a page of the book", "create the file, or take the line out of " + FILE);
      return new Entry(title, null, children);
    }
    return new Entry(title, target.get(), children);
  }
}
