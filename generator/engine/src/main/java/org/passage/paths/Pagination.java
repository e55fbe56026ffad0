package org.passage.paths;

/**
 * How a long listing is split: a section lists at most {@value #PAGE_SIZE} entries per page, on
 * its own page and then on {@code page-2.html}, {@code page-3.html} … beside it.
 */
public final class Pagination {
  public static final int PAGE_SIZE = 200;

  private Pagination() {}

  /** Number of listing pages for {@code entries} entries (at least one). */
  public static int pages(int entries) {
    return Math.max(1, (entries + PAGE_SIZE - 1) / PAGE_SIZE);
  }

  /** Site path of listing page {@code number} (from 1) of the section whose page is at {@code sectionPath}. */
  public static String path(String sectionPath, int number) {
    return number == 1 ? sectionPath : Urls.parent(sectionPath).isEmpty() ? "page-" + number + ".html" : Urls.parent(sectionPath) + "/page-" + number + ".html";
  }
}
