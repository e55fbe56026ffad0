package org.passage.markdown;

import org.passage.diagnostics.SourcePos;

/**
 * A reference from a page to another page ({@code taxonomy} null) or to a taxonomy term, kept for
 * validation of anchors and terms after every page is converted, and for backlinks.
 *
 * @param target content path of the linked page, or the term id
 * @param anchor heading id after '#', or ""
 * @param url the link as written
 */
public record LinkRef(String target, String anchor, String taxonomy, SourcePos pos, String url) {

  public boolean isTerm() {
    return taxonomy != null;
  }
}
