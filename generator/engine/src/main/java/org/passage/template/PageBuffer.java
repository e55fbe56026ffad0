package org.passage.template;

import java.io.IOException;
import java.io.Writer;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Arrays;

/**
 * Holds one rendered page as UTF-8, encoded as the templates write it, in a buffer kept from page
 * to page.
 *
 * <p>A fresh {@code StringWriter} per page, grown as it filled, then {@code toString()} and
 * {@code getBytes()}: at 10,000 pages that was 1.4 GB of the render stage's 3.3 GB of garbage.
 * Encoding while writing also spares a synchronised {@code StringBuffer} append per piece of
 * template output and a second pass over the page. A buffer is used by one thread at a time.
 */
final class PageBuffer {
  private final Utf8Writer html = new Utf8Writer();

  /** The writer to render into, emptied. */
  Writer start() {
    html.reset();
    return html;
  }

  /** What was rendered since {@link #start()}. */
  CharSequence text() {
    html.finish();
    return new String(html.bytes, 0, html.size, StandardCharsets.UTF_8);
  }

  /** Writes what was rendered since {@link #start()} to {@code file}, replacing it. */
  void writeTo(Path file) throws IOException {
    html.finish();
    ByteBuffer bytes = ByteBuffer.wrap(html.bytes, 0, html.size);
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    }
  }

  /**
   * Encodes what is written as {@code String.getBytes(UTF_8)} would: a surrogate pair as four
   * bytes (even when written in two pieces), a lone surrogate as '?'.
   */
  static final class Utf8Writer extends Writer {
    private byte[] bytes = new byte[64 * 1024];
    private int size;
    /** Short pieces of text on their way to {@link #write(char[], int, int)}. */
    private char[] scratch = new char[64];
    /** A high surrogate whose low half has not been written yet, or 0. */
    private char pendingHigh;

    void reset() {
      size = 0;
      pendingHigh = 0;
    }

    /** Ends the text: a high surrogate still waiting for its low half becomes '?'. */
    void finish() {
      if (pendingHigh != 0) {
        pendingHigh = 0;
        room(1);
        bytes[size++] = '?';
      }
    }

    @Override
    public void write(String s, int off, int len) {
      if (len > 16 && pendingHigh == 0 && !Character.isHighSurrogate(s.charAt(off + len - 1))) {
        // The JDK's encoder is the quickest way through a whole piece (it checks the string for
        // non-ASCII once, then copies); a piece that ends half-way through a pair goes char by char.
        byte[] encoded = (off == 0 && len == s.length() ? s : s.substring(off, off + len)).getBytes(StandardCharsets.UTF_8);
        room(encoded.length);
        System.arraycopy(encoded, 0, bytes, size, encoded.length);
        size += encoded.length;
        return;
      }
      if (scratch.length < len) {
        scratch = new char[Math.max(len, scratch.length * 2)];
      }
      s.getChars(off, off + len, scratch, 0);
      write(scratch, 0, len);
    }

    @Override
    public void write(char[] cbuf, int off, int len) {
      room(len * 3L + 4);
      byte[] b = bytes;
      int n = size;
      for (int i = off, end = off + len; i < end; i++) {
        char c = cbuf[i];
        if (c < 0x80 && pendingHigh == 0) {
          b[n++] = (byte) c;
        } else {
          size = n;
          encode(c);
          n = size;
        }
      }
      size = n;
    }

    @Override
    public void write(String s) {
      write(s, 0, s.length());
    }

    @Override
    public void write(int c) {
      room(7);
      encode((char) c);
    }

    @Override
    public Writer append(CharSequence csq) {
      String s = String.valueOf(csq);
      write(s, 0, s.length());
      return this;
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    /** Encodes one char; room for 7 bytes has been made. */
    private void encode(char c) {
      if (pendingHigh != 0) {
        char high = pendingHigh;
        pendingHigh = 0;
        if (Character.isLowSurrogate(c)) {
          int cp = Character.toCodePoint(high, c);
          bytes[size++] = (byte) (0xF0 | (cp >> 18));
          bytes[size++] = (byte) (0x80 | ((cp >> 12) & 0x3F));
          bytes[size++] = (byte) (0x80 | ((cp >> 6) & 0x3F));
          bytes[size++] = (byte) (0x80 | (cp & 0x3F));
          return;
        }
        bytes[size++] = '?';
      }
      if (c < 0x80) {
        bytes[size++] = (byte) c;
      } else if (c < 0x800) {
        bytes[size++] = (byte) (0xC0 | (c >> 6));
        bytes[size++] = (byte) (0x80 | (c & 0x3F));
      } else if (Character.isHighSurrogate(c)) {
        pendingHigh = c;
      } else if (Character.isLowSurrogate(c)) {
        bytes[size++] = '?';
      } else {
        bytes[size++] = (byte) (0xE0 | (c >> 12));
        bytes[size++] = (byte) (0x80 | ((c >> 6) & 0x3F));
        bytes[size++] = (byte) (0x80 | (c & 0x3F));
      }
    }

    private void room(long more) {
      if (size + more > bytes.length) {
        long want = Math.max((long) bytes.length * 2, size + more);
        bytes = Arrays.copyOf(bytes, (int) Math.min(Integer.MAX_VALUE - 8, want));
      }
    }
  }
}
