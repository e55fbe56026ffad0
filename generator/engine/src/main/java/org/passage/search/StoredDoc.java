package org.passage.search;

import java.io.IOException;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.StoredFields;

/** The stored fields of one document, as Lucene holds them; a page's anchor is empty. */
record StoredDoc(String path, String anchor, String pageTitle, String section, String body) {
  boolean isPage() {
    return anchor.isEmpty();
  }

  static StoredDoc read(StoredFields sf, int d) throws IOException {
    Document doc = sf.document(d);
    return new StoredDoc(doc.get(SearchFields.PATH), doc.get(SearchFields.ANCHOR), doc.get(SearchFields.PAGE_TITLE),
        doc.get(SearchFields.SECTION), doc.get(SearchFields.BODY));
  }
}
