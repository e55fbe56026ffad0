package org.passage.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;
import java.util.zip.Deflater;

/** Little helper that writes the primitives of the browser index format (see FORMAT.md). */
final class FormatWriter {
  static final byte[] MAGIC = {'P', 'S', 'G', 'I'};
  /** Bump when the layout changes; the browser refuses any other version. */
  static final int VERSION = 4;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  FormatWriter() {}

  void varint(long v) {
    if (v < 0) {
      throw new IllegalArgumentException("negative varint " + v);
    }
    while (v >= 0x80) {
      out.write((int) (v & 0x7F) | 0x80);
      v >>>= 7;
    }
    out.write((int) v);
  }

  void string(String s) {
    byte[] b = s.getBytes(StandardCharsets.UTF_8);
    varint(b.length);
    out.writeBytes(b);
  }

  void floatBits(float f) {
    int bits = Float.floatToIntBits(f);
    for (int i = 0; i < 4; i++) {
      out.write((bits >>> (8 * i)) & 0xFF);
    }
  }

  void u8(int b) {
    out.write(b & 0xFF);
  }

  void bytes(byte[] b) {
    out.writeBytes(b);
  }

  /** {@code varint shared | string suffix}: UTF-16 units shared with {@code prev}, never splitting a surrogate pair. */
  void frontCoded(String prev, String s) {
    int shared = 0;
    int max = Math.min(prev.length(), s.length());
    while (shared < max && prev.charAt(shared) == s.charAt(shared)) {
      shared++;
    }
    if (shared > 0 && Character.isHighSurrogate(s.charAt(shared - 1))) {
      shared--; // the suffix is written as UTF-8
    }
    varint(shared);
    string(s.substring(shared));
  }

  int size() {
    return out.size();
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  void reset() {
    out.reset();
  }

  /**
   * The finished payload of a file of the given kind with everything written so far as its body:
   * {@code "PSGI" | varint version | u8 kind | varint bodyLength | raw DEFLATE(body) | CRC-32}, the
   * CRC (u32 little-endian) taken over the header bytes followed by the uncompressed body.
   *
   * @param dictionary preset DEFLATE dictionary, or null
   */
  byte[] finish(char kind, byte[] dictionary) {
    byte[] body = out.toByteArray();
    FormatWriter head = new FormatWriter();
    head.out.writeBytes(MAGIC);
    head.varint(VERSION);
    head.u8(kind);
    head.varint(body.length);
    byte[] header = head.toByteArray();
    CRC32 crc = new CRC32();
    crc.update(header);
    crc.update(body);
    long c = crc.getValue();
    byte[] packed = deflate(body, dictionary);
    byte[] all = new byte[header.length + packed.length + 4];
    System.arraycopy(header, 0, all, 0, header.length);
    System.arraycopy(packed, 0, all, header.length, packed.length);
    for (int i = 0; i < 4; i++) {
      all[header.length + packed.length + i] = (byte) (c >>> (8 * i));
    }
    return all;
  }

  /** The 123 symbols of the shard text encoding: ASCII 1 to 127 but LF, CR, '"' and '\\'. */
  static final String TEXT_ALPHABET;

  static {
    StringBuilder a = new StringBuilder();
    for (char c = 1; c < 128; c++) {
      if (c != '\n' && c != '\r' && c != '"' && c != '\\') {
        a.append(c);
      }
    }
    TEXT_ALPHABET = a.toString();
  }

  /**
   * Encodes bytes as text that can stand between double quotes in a script: bits are taken
   * lowest first; while more than 13 remain, the next 13 bits {@code x} (or 14 when {@code x <
   * 6937}, the value then being below 123 × 123) are written as two symbols, value mod 123 first;
   * the last 7 to 13 bits as two symbols the same way, the last 1 to 6 bits as one symbol.
   */
  static String encodeText(byte[] data) {
    char[] a = TEXT_ALPHABET.toCharArray();
    StringBuilder out = new StringBuilder(data.length * 8 / 7 + 4);
    int acc = 0;
    int n = 0;
    for (byte b : data) {
      acc |= (b & 0xFF) << n;
      n += 8;
      if (n > 13) {
        int v = acc & 8191;
        if (v < 6937) {
          v = acc & 16383;
          acc >>>= 14;
          n -= 14;
        } else {
          acc >>>= 13;
          n -= 13;
        }
        out.append(a[v % 123]).append(a[v / 123]);
      }
    }
    if (n > 6) {
      out.append(a[acc % 123]).append(a[acc / 123]);
    } else if (n > 0) {
      out.append(a[acc]);
    }
    return out.toString();
  }

  /** The inverse of {@link #encodeText}. */
  static byte[] decodeText(String s) {
    ByteArrayOutputStream out = new ByteArrayOutputStream(s.length());
    int acc = 0;
    int n = 0;
    int v = -1;
    for (int i = 0; i < s.length(); i++) {
      int d = TEXT_ALPHABET.indexOf(s.charAt(i));
      if (d < 0) {
        throw new IllegalArgumentException("not a shard text symbol at " + i);
      }
      if (v < 0) {
        v = d;
        continue;
      }
      v += d * 123;
      acc |= v << n;
      n += (v & 8191) < 6937 ? 14 : 13;
      v = -1;
      while (n >= 8) {
        out.write(acc & 0xFF);
        acc >>>= 8;
        n -= 8;
      }
    }
    if (v >= 0) {
      acc |= v << n;
      n += 6;
      while (n >= 8) {
        out.write(acc & 0xFF);
        acc >>>= 8;
        n -= 8;
      }
    }
    return out.toByteArray();
  }

  /** Raw DEFLATE (RFC 1951, no zlib or gzip wrapper) at level {@link #LEVEL}. */
  /** Measured on 10,000 pages: level 6 is no faster and hardly bigger; compression is not where export time goes. */
  static final int LEVEL = Deflater.BEST_COMPRESSION;

  static byte[] deflate(byte[] data, byte[] dictionary) {
    Deflater d = new Deflater(LEVEL, true);
    try {
      if (dictionary != null && dictionary.length > 0) {
        d.setDictionary(dictionary);
      }
      d.setInput(data);
      d.finish();
      ByteArrayOutputStream o = new ByteArrayOutputStream(data.length / 2 + 64);
      byte[] buf = new byte[16384];
      while (!d.finished()) {
        int n = d.deflate(buf);
        o.write(buf, 0, n);
      }
      return o.toByteArray();
    } finally {
      d.end();
    }
  }
}
