package org.passage.template;

import java.util.ArrayList;
import java.util.List;
import org.passage.paths.Pagination;
import org.passage.paths.Urls;

/**
 * Where listing page {@code number} of {@code count} is, and the pages before and after it
 * (encoded site paths, empty at either end).
 */
record PaginationView(int number, int count, String prev, String next, List<Link> pages) {
  /** One of the listing's pages. */
  record Link(int number, String path, boolean current) {}

  static PaginationView of(String sitePath, int number, int count) {
    List<Link> pages = new ArrayList<>(count);
    for (int k = 1; k <= count; k++) {
      pages.add(new Link(k, Urls.encodePath(Pagination.path(sitePath, k)), k == number));
    }
    return new PaginationView(number, count,
        number > 1 ? Urls.encodePath(Pagination.path(sitePath, number - 1)) : "",
        number < count ? Urls.encodePath(Pagination.path(sitePath, number + 1)) : "",
        List.copyOf(pages));
  }
}
