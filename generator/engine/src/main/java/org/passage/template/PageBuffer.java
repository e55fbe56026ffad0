package org.passage.template;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.CharsetEncoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Holds one rendered page and writes it as UTF-8, with buffers kept from page to page.
 *
 * <p>A fresh {@code StringWriter} per page, grown as it filled, then {@code toString()} and
 * {@code getBytes()}: at 10,000 pages that was 1.4 GB of the render stage's 3.3 GB of garbage.
 * A buffer is used by one thread at a time.
 */
final class PageBuffer {
  private final StringWriter html = new StringWriter(64 * 1024);
  private final CharsetEncoder utf8 =
      StandardCharsets.UTF_8.newEncoder()
          // as String.getBytes does: a lone surrogate becomes '?'
          .onMalformedInput(CodingErrorAction.REPLACE)
          .onUnmappableCharacter(CodingErrorAction.REPLACE);
  private char[] chars = new char[64 * 1024];
  private ByteBuffer bytes = ByteBuffer.allocate(128 * 1024);

  /** The writer to render into, emptied. */
  StringWriter start() {
    html.getBuffer().setLength(0);
    return html;
  }

  /** What was rendered since {@link #start()}; valid until the next start. */
  CharSequence text() {
    return html.getBuffer();
  }

  /** Writes what was rendered since {@link #start()} to {@code file}, replacing it. */
  void writeTo(Path file) throws IOException {
    StringBuffer text = html.getBuffer();
    int length = text.length();
    if (chars.length < length) {
      chars = new char[length + length / 2];
    }
    text.getChars(0, length, chars, 0);
    long most = (long) length * 3; // UTF-8 needs at most three bytes per UTF-16 char
    if (bytes.capacity() < most) {
      bytes = ByteBuffer.allocate((int) Math.min(Integer.MAX_VALUE - 8, most + most / 2));
    }
    bytes.clear();
    utf8.reset();
    CoderResult result = utf8.encode(CharBuffer.wrap(chars, 0, length), bytes, true);
    if (!result.isUnderflow()) {
      result.throwException();
    }
    utf8.flush(bytes);
    bytes.flip();
    try (FileChannel channel = FileChannel.open(file, StandardOpenOption.CREATE, StandardOpenOption.TRUNCATE_EXISTING, StandardOpenOption.WRITE)) {
      while (bytes.hasRemaining()) {
        channel.write(bytes);
      }
    }
  }
}
