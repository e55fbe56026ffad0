package org.passage.content;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.passage.diagnostics.Diagnostics;
import org.passage.diagnostics.SourcePos;

/** Decodes source files as strict UTF-8 and normalises line ends to {@code \n}. */
public final class TextDecoder {
  private TextDecoder() {}

  public static Optional<String> decode(byte[] bytes, String display, Diagnostics diagnostics) {
    // Fast path: String's own UTF-8 decoding builds a compact string without a char[] copy. It
    // replaces bad input with U+FFFD, so only text without U+FFFD is taken from it; anything
    // else goes through the strict decoder, which finds the bad byte.
    String fast = new String(bytes, StandardCharsets.UTF_8);
    if (fast.indexOf('\uFFFD') < 0) {
      return Optional.of(normalised(fast));
    }
    CharsetDecoder decoder =
        StandardCharsets.UTF_8.newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT);
    try {
      CharBuffer chars = decoder.decode(ByteBuffer.wrap(bytes));
      return Optional.of(normalised(chars.toString()));
    } catch (MalformedInputException e) {
      int bad = badOffset(bytes);
      int line = 1;
      int col = 1;
      for (int i = 0; i < bad; i++) {
        if (bytes[i] == '\n') {
          line++;
          col = 1;
        } else if ((bytes[i] & 0xC0) != 0x80) {
          col++;
        }
      }
      diagnostics.error(
          new SourcePos(display, line, col),
          "file is not valid UTF-8 (byte 0x" + String.format(java.util.Locale.ROOT, "%02X", bytes[bad] & 0xFF) + ")",
          "save the file as UTF-8");
      return Optional.empty();
    } catch (CharacterCodingException e) {
      diagnostics.error(SourcePos.of(display), "file is not valid UTF-8", "save the file as UTF-8");
      return Optional.empty();
    }
  }

  private static String normalised(String text) {
    if (text.startsWith("\uFEFF")) {
      text = text.substring(1);
    }
    return text.replace("\r\n", "\n").replace('\r', '\n');
  }

  /** Offset of the first byte that does not start a valid UTF-8 sequence. */
  private static int badOffset(byte[] bytes) {
    CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT);
    ByteBuffer in = ByteBuffer.wrap(bytes);
    CharBuffer out = CharBuffer.allocate(bytes.length + 1);
    decoder.decode(in, out, true);
    return Math.min(in.position(), bytes.length - 1);
  }
}
