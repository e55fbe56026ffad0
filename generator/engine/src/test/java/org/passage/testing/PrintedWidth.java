package org.passage.testing;

import java.util.List;
import java.util.Map;

/**
 * Whether the open page fits a printed page: with print media emulated at the width of a page's
 * content box, the tables, code blocks and images of {@code main} that are wider than their
 * container or the page (which a printed copy would cut off).
 */
public final class PrintedWidth {
  /** The content box of a printed A4 page in CSS pixels, with the widest margins of the themes (16 mm each side). */
  public static final int A4 = 672;
  /** The same for Letter (8.5 in, 12 mm margins). */
  public static final int LETTER = 725;

  private PrintedWidth() {}

  /** What would be cut off at {@code width} pixels; the browser is back on screen media afterwards. */
  @SuppressWarnings("unchecked")
  public static List<String> clipped(Browser browser, int width) {
    browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
    browser.driver.executeCdpCommand("Emulation.setDeviceMetricsOverride", Map.of("width", width, "height", 1100, "deviceScaleFactor", 1, "mobile", false));
    try {
      return (List<String>) browser.js("""
          const out = [];
          const page = document.documentElement.clientWidth;
          for (const el of document.querySelectorAll('main table, main pre, main img')) {
            if (!el.getClientRects().length) continue;
            const r = el.getBoundingClientRect();
            const box = el.parentElement.getBoundingClientRect();
            if (el.scrollWidth > el.clientWidth + 1 || r.right > box.right + 1 || r.right > page + 1) {
              out.push(el.tagName + ' in #' + (el.closest('[id]') || {}).id + ': ' + Math.round(r.width) + 'px, ' + el.scrollWidth + '/' + el.clientWidth);
            }
          }
          if (document.documentElement.scrollWidth > page + 1) out.push('the page itself: ' + document.documentElement.scrollWidth + 'px');
          return out;""");
    } finally {
      browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
      browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }
  }
}
