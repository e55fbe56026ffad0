package org.passage.markdown;

import java.util.List;

/** Passes over a page's finished HTML: what Flexmark's renderer cannot be told to write. */
final class HtmlPasses {
  private HtmlPasses() {}

  private static final java.util.regex.Pattern HEADING =
      java.util.regex.Pattern.compile("<h([2-6])\\b([^>]*)\\bid=\"([^\"]+)\"([^>]*)>(.*?)</h\\1>", java.util.regex.Pattern.DOTALL);

  /**
   * Gives each heading h2–h6 a link to itself, after its text. The link is named for screen
   * readers by the heading it sits in (aria-labelledby), so the name is in the page's language
   * whatever it is, and shows a "#" through CSS, so heading text stays clean.
   */
  static String addAnchorLinks(String html, List<org.passage.markdown.Heading> headings) {
    if (headings.isEmpty()) {
      return html;
    }
    java.util.regex.Matcher m = HEADING.matcher(html);
    StringBuilder sb = new StringBuilder(html.length() + headings.size() * 80);
    while (m.find()) {
      String id = m.group(3);
      String anchor = "<a class=\"anchor\" href=\"#" + id + "\" aria-labelledby=\"" + id + "\"></a>";
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
          "<h" + m.group(1) + m.group(2) + "id=\"" + id + "\"" + m.group(4) + ">" + m.group(5) + anchor + "</h" + m.group(1) + ">"));
    }
    m.appendTail(sb);
    return sb.toString();
  }

  private static final java.util.regex.Pattern TASK_BOX =
      java.util.regex.Pattern.compile("<input type=\"checkbox\" class=\"task-list-item-checkbox\"([^>]*)/>&nbsp;");
  private static final java.util.regex.Pattern ITEM_END = java.util.regex.Pattern.compile("</li>|</p>|<ul|<ol");

  /**
   * Names each task-list checkbox by its item's text: a form control needs a label, and the
   * box (disabled, a printed tick box) stands before the text it belongs to.
   */
  static String labelTaskBoxes(String html) {
    if (!html.contains("task-list-item-checkbox")) {
      return html;
    }
    java.util.regex.Matcher m = TASK_BOX.matcher(html);
    StringBuilder sb = new StringBuilder(html.length() + 256);
    while (m.find()) {
      java.util.regex.Matcher end = ITEM_END.matcher(html);
      int stop = end.find(m.end()) ? end.start() : html.length();
      String text = html.substring(m.end(), stop).replaceAll("<[^>]*>", "").replaceAll("\\s+", " ").strip().replace("\"", "&quot;");
      m.appendReplacement(sb, java.util.regex.Matcher.quoteReplacement(
          "<input type=\"checkbox\" class=\"task-list-item-checkbox\"" + m.group(1) + (text.isEmpty() ? "" : "aria-label=\"" + text + "\" ") + "/>&nbsp;"));
    }
    m.appendTail(sb);
    return sb.toString();
  }
}
