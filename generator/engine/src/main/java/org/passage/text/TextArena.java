package org.passage.text;

import java.nio.charset.StandardCharsets;

/**
 * Texts stored one after another, as UTF-8, in a few large byte arrays.
 *
 * <p>Every page's Markdown waits from loading until the page is converted. Held as one string per
 * page (40 MB at 10,000 pages), it was copied by every young collection made while loading, and
 * the JVM grew its heap in answer. Arrays this large are allocated outside the young generation
 * by G1 ("humongous") and never copied; deflating each text instead cost most of a second of
 * loading.
 *
 * <p>Filled by one thread; the texts it returns may then be read from any thread.
 */
public final class TextArena {
  /**
   * Just under 4 MB, array header included: a whole number of G1 regions of 1, 2 or 4 MB (no
   * region left part empty), and at least half a region, which makes it humongous.
   */
  static final int CHUNK_BYTES = (4 << 20) - 1024;

  private byte[] chunk = new byte[0];
  private int used;

  /**
   * Stores {@code text}. A text longer than a quarter of a chunk gets an array of its own, so no
   * chunk is left more than a quarter empty when the next text does not fit.
   */
  public Text add(String text) {
    byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
    if (bytes.length > CHUNK_BYTES / 4) {
      return new Text(bytes, 0, bytes.length);
    }
    if (used + bytes.length > chunk.length) {
      chunk = new byte[CHUNK_BYTES];
      used = 0;
    }
    System.arraycopy(bytes, 0, chunk, used, bytes.length);
    Text stored = new Text(chunk, used, bytes.length);
    used += bytes.length;
    return stored;
  }

  /** A text stored in an arena (or alone, with {@link #of}). */
  public static final class Text {
    private final byte[] bytes;
    private final int offset;
    private final int length;

    private Text(byte[] bytes, int offset, int length) {
      this.bytes = bytes;
      this.offset = offset;
      this.length = length;
    }

    /** A text in an array of its own, outside any arena. */
    public static Text of(String text) {
      byte[] bytes = text.getBytes(StandardCharsets.UTF_8);
      return new Text(bytes, 0, bytes.length);
    }

    public String text() {
      return new String(bytes, offset, length, StandardCharsets.UTF_8);
    }

    @Override
    public String toString() {
      return text();
    }
  }
}
