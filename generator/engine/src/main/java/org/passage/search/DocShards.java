package org.passage.search;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.lucene.index.CodecReader;
import org.apache.lucene.index.LeafReader;
import org.apache.lucene.index.StoredFields;

/**
 * The document shards: each document's path, anchor, page title, section and body, for showing
 * hits. What was written: the shards' folder, the number of documents of each shard, the preset
 * DEFLATE dictionary they were compressed with, and which documents are pages (bit d set: document
 * d is a page, not one of its sections) — the meta file carries the last three.
 */
record DocShards(String prefix, List<Integer> counts, byte[] dictionary, byte[] pageBits) {
  /** A section's body shorter than this is stored again rather than referenced. */
  static final int MIN_REFERENCE_CHARS = 8;

  /** A part of a stored body: literal text, or the whole body of the document {@code offset} places later. */
  private interface BodyPart {}

  private record Literal(String text) implements BodyPart {}

  private record Reference(int offset) implements BodyPart {}

  /**
   * Splits the documents into groups (a page and the section documents after it), writes each run
   * of groups that reaches {@code shardBytes} as one shard. A page's body is stored as its own
   * text plus references to the bodies of its sections, so every piece of text is stored once.
   * Reads the stored documents twice (word counts for the dictionary, then the shards) rather
   * than holding them all.
   */
  static DocShards write(ExportFolder out, LeafReader leaf, int shardBytes) throws IOException {
    int maxDoc = leaf == null ? 0 : leaf.maxDoc();
    List<Integer> counts = new ArrayList<>();
    NumberedShards shards = new NumberedShards(out, "docs");
    if (maxDoc == 0) {
      return new DocShards(shards.finish(), List.of(), new byte[0], new byte[0]);
    }
    byte[] dictionary = DocDictionary.of(inOrder(leaf), maxDoc);
    byte[] pageBits = new byte[(maxDoc + 7) / 8];
    StoredFields sf = inOrder(leaf);
    FormatWriter body = new FormatWriter();
    int first = 0;
    String prevPath = "";
    String prevTitle = "";
    List<StoredDoc> group = new ArrayList<>();
    StoredDoc next = StoredDoc.read(sf, 0);
    for (int d = 0; d < maxDoc;) {
      // the group: a page, then the sections of the same page after it
      group.clear();
      group.add(next);
      int e = d + 1;
      next = e < maxDoc ? StoredDoc.read(sf, e) : null;
      if (group.get(0).isPage()) {
        while (next != null && !next.isPage() && next.path().equals(group.get(0).path())) {
          group.add(next);
          e++;
          next = e < maxDoc ? StoredDoc.read(sf, e) : null;
        }
      }
      for (int i = 0; i < group.size(); i++) {
        StoredDoc doc = group.get(i);
        if (doc.isPage()) {
          pageBits[(d + i) >>> 3] |= (byte) (1 << ((d + i) & 7));
        }
        body.frontCoded(prevPath, doc.path());
        body.string(doc.anchor());
        body.frontCoded(prevTitle, doc.pageTitle());
        body.string(doc.section());
        writeBody(body, group, i);
        prevPath = doc.path();
        prevTitle = doc.pageTitle();
      }
      d = e;
      if (body.size() >= shardBytes || d == maxDoc) {
        FormatWriter w = new FormatWriter();
        w.varint(first);
        w.varint(d - first);
        w.bytes(body.toByteArray());
        shards.add(w.finish('D', dictionary));
        counts.add(d - first);
        first = d;
        body.reset();
        prevPath = "";
        prevTitle = "";
      }
    }
    return new DocShards(shards.finish(), List.copyOf(counts), dictionary, pageBits);
  }

  /**
   * The stored fields for reading documents in increasing order: the merge instance decompresses
   * each block of stored fields once, rather than once per document read.
   */
  private static StoredFields inOrder(LeafReader leaf) throws IOException {
    return leaf instanceof CodecReader codec ? codec.getFieldsReader().getMergeInstance() : leaf.storedFields();
  }

  /**
   * {@code varint partCount | partCount × (varint 0 | string text  or  varint k > 0)}: the body of
   * document {@code d} is its parts joined, part {@code k > 0} being the whole body of document
   * {@code d + k}. Only the bodies of the later documents of the same group are referenced, in
   * order, where they occur verbatim.
   */
  private static void writeBody(FormatWriter w, List<StoredDoc> group, int d) {
    String text = group.get(d).body();
    List<BodyPart> parts = new ArrayList<>();
    int at = 0;
    for (int s = d + 1; s < group.size(); s++) {
      String piece = group.get(s).body();
      if (piece.length() < MIN_REFERENCE_CHARS) {
        continue;
      }
      int i = text.indexOf(piece, at);
      if (i < 0) {
        continue;
      }
      if (i > at) {
        parts.add(new Literal(text.substring(at, i)));
      }
      parts.add(new Reference(s - d));
      at = i + piece.length();
    }
    if (at < text.length() || parts.isEmpty()) {
      parts.add(new Literal(text.substring(at)));
    }
    w.varint(parts.size());
    for (BodyPart p : parts) {
      if (p instanceof Literal lit) {
        w.varint(0);
        w.string(lit.text());
      } else {
        w.varint(((Reference) p).offset());
      }
    }
  }
}
