package org.passage.search;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

/** Little helper that writes the primitives of the browser index format (see FORMAT.md). */
final class FormatWriter {
  static final byte[] MAGIC = {'P', 'S', 'G', 'I'};
  /** Bump when the layout changes; the browser refuses any other version. */
  static final int VERSION = 1;

  private final ByteArrayOutputStream out = new ByteArrayOutputStream();

  /** Starts a file of the given kind: magic, version, kind. */
  static FormatWriter file(char kind) {
    FormatWriter w = new FormatWriter();
    w.out.writeBytes(MAGIC);
    w.varint(VERSION);
    w.out.write(kind);
    return w;
  }

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

  int size() {
    return out.size();
  }

  byte[] toByteArray() {
    return out.toByteArray();
  }

  /** The finished file: everything written so far followed by its CRC-32, little-endian. */
  byte[] finish() {
    CRC32 crc = new CRC32();
    byte[] body = out.toByteArray();
    crc.update(body);
    long c = crc.getValue();
    byte[] all = new byte[body.length + 4];
    System.arraycopy(body, 0, all, 0, body.length);
    for (int i = 0; i < 4; i++) {
      all[body.length + i] = (byte) (c >>> (8 * i));
    }
    return all;
  }
}
