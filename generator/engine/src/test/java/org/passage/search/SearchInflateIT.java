package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.TreeSet;
import java.util.zip.Deflater;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The client's raw DEFLATE decoder (RFC 1951) against java.util.zip.Deflater, in GraalJS. */
class SearchInflateIT {
  @TempDir
  static Path tmp;
  static JsClient js;

  @BeforeAll
  static void open() {
    js = new JsClient(tmp);
    js.eval("""
        function __inflate(packed, size, dict, expected) {
          var I = Passage.searchInternals;
          try {
            var out = I.inflate(I.decodeText(packed), size, dict ? I.decodeText(dict) : null);
            var want = I.decodeText(expected);
            if (out.length !== want.length) return 'length ' + out.length + ' != ' + want.length;
            for (var i = 0; i < out.length; i++) if (out[i] !== want[i]) return 'byte ' + i + ': ' + out[i] + ' != ' + want[i];
            return 'ok';
          } catch (e) {
            return 'error=' + e.message;
          }
        }
        """);
  }

  @AfterAll
  static void close() {
    js.close();
  }

  static byte[] deflate(byte[] data, int level, int strategy, byte[] dict) {
    Deflater d = new Deflater(level, true);
    d.setStrategy(strategy);
    if (dict != null) {
      d.setDictionary(dict);
    }
    d.setInput(data);
    d.finish();
    java.io.ByteArrayOutputStream o = new java.io.ByteArrayOutputStream();
    byte[] buf = new byte[4096];
    while (!d.finished()) {
      o.write(buf, 0, d.deflate(buf));
    }
    d.end();
    return o.toByteArray();
  }

  static String b64(byte[] b) {
    return FormatWriter.encodeText(b);
  }

  static String inflate(byte[] packed, int size, byte[] dict, byte[] expected) {
    return js.eval("__inflate").execute(b64(packed), size, dict == null ? null : b64(dict), b64(expected)).asString();
  }

  static byte[] text(Random r, int bytes) {
    String[] words = {"the", "migration", "of", "workers", "and", "data", "economic", "policy", "réfugiés", "数据", "labour",
        "10.7", "network", "a", "in", "kozafri", "vutanleku", "ornbrata", "\n", "## Heading\n"};
    StringBuilder b = new StringBuilder();
    while (b.length() < bytes) {
      b.append(words[(int) Math.min(words.length - 1, Math.abs(r.nextGaussian()) * 6)]).append(' ');
    }
    return b.toString().getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void decodesWhatJavaDeflaterWrites() {
    Random r = new Random(1951);
    List<byte[]> inputs = new ArrayList<>();
    inputs.add(new byte[0]);
    inputs.add(new byte[] {42});
    inputs.add("hello, hello, hello".getBytes(StandardCharsets.UTF_8));
    for (int n : new int[] {10, 100, 1000, 70_000}) {
      byte[] random = new byte[n];
      r.nextBytes(random);
      inputs.add(random);
      inputs.add(text(r, n));
    }
    byte[] runs = new byte[100_000]; // long matches, distance 1 and overlapping copies
    for (int i = 0; i < runs.length; i++) {
      runs[i] = (byte) (i / 5000 % 3 == 0 ? 'a' : i % 7);
    }
    inputs.add(runs);
    byte[] mixed = new byte[90_000]; // compressible and incompressible stretches: stored and Huffman blocks in one stream
    for (int i = 0; i < mixed.length; i++) {
      mixed[i] = (byte) ((i / 20_000) % 2 == 0 ? r.nextInt(256) : "search index ".charAt(i % 13));
    }
    inputs.add(mixed);
    int[][] settings = {{9, Deflater.DEFAULT_STRATEGY}, {1, Deflater.DEFAULT_STRATEGY}, {6, Deflater.FILTERED},
        {9, Deflater.HUFFMAN_ONLY}, {0, Deflater.DEFAULT_STRATEGY}};
    TreeSet<Integer> blockTypes = new TreeSet<>();
    int cases = 0;
    for (byte[] in : inputs) {
      for (int[] s : settings) {
        byte[] packed = deflate(in, s[0], s[1], null);
        blockTypes.add((packed[0] >> 1) & 3);
        assertThat(inflate(packed, in.length, null, in)).as("%d bytes, level %d, strategy %d", in.length, s[0], s[1])
            .isEqualTo("ok");
        cases++;
      }
    }
    assertThat(blockTypes).as("stored, fixed and dynamic Huffman blocks are all exercised").containsExactly(0, 1, 2);
    assertThat(cases).isEqualTo(inputs.size() * settings.length);
  }

  @Test
  void shardTextEncodingRoundTrips() {
    Random r = new Random(123);
    for (int n = 0; n < 300; n++) {
      byte[] in = new byte[n < 200 ? n : r.nextInt(100_000)];
      r.nextBytes(in);
      String text = FormatWriter.encodeText(in);
      assertThat(text.chars().allMatch(c -> c > 0 && c < 128 && c != '\n' && c != '\r' && c != '"' && c != '\\')).isTrue();
      assertThat(FormatWriter.decodeText(text)).isEqualTo(in);
      assertThat(text.length()).isLessThanOrEqualTo(in.length * 8 / 6 + 2); // at most 6.5 bits a symbol
      if (n % 10 == 0) {
        String js = SearchInflateIT.js.eval("(function (s) { var b = Passage.searchInternals.decodeText(s), h = ''; "
            + "for (var i = 0; i < b.length; i++) h += (b[i] + 256).toString(16).substring(1); return h; })")
            .execute(text).asString();
        assertThat(js).isEqualTo(java.util.HexFormat.of().formatHex(in));
      }
    }
    byte[] text = text(r, 200_000);
    assertThat(FormatWriter.encodeText(text).length()).isLessThan(text.length * 117 / 100);
  }

  @Test
  void usesAPresetDictionary() {
    Random r = new Random(7);
    byte[] dict = text(r, 8192);
    for (int n : new int[] {0, 50, 3000, 40_000}) {
      byte[] in = text(r, n);
      byte[] packed = deflate(in, 9, Deflater.DEFAULT_STRATEGY, dict);
      assertThat(packed.length).isLessThanOrEqualTo(deflate(in, 9, Deflater.DEFAULT_STRATEGY, null).length);
      assertThat(inflate(packed, in.length, dict, in)).isEqualTo("ok");
      if (n > 0) {
        assertThat(inflate(packed, in.length, null, in)).as("without the dictionary").startsWith("error=");
      }
    }
  }

  @Test
  void rejectsDamagedStreamsWithAnError() {
    Random r = new Random(3);
    byte[] in = text(r, 20_000);
    byte[] packed = deflate(in, 9, Deflater.DEFAULT_STRATEGY, null);
    assertThat(inflate(java.util.Arrays.copyOf(packed, packed.length / 2), in.length, null, in))
        .isEqualTo("error=Passage search: corrupt compressed data (unexpected end of compressed data)");
    assertThat(inflate(packed, in.length - 1, null, in)).isEqualTo("error=Passage search: corrupt compressed data (more data than declared)");
    assertThat(inflate(packed, in.length + 1, null, in)).startsWith("error=Passage search: corrupt compressed data (");
    assertThat(inflate(new byte[] {(byte) 0x07}, 10, null, new byte[10])).isEqualTo("error=Passage search: corrupt compressed data (invalid block type)");
    assertThat(inflate(packed, Integer.MAX_VALUE, null, in)).startsWith("error=Passage search: corrupt compressed data (declared size");
    int errors = 0;
    for (int i = 0; i < 200; i++) {
      byte[] bad = packed.clone();
      int at = r.nextInt(bad.length);
      bad[at] ^= (byte) (1 << r.nextInt(8));
      String res = inflate(bad, in.length, null, in);
      // a flipped bit gives an error or other bytes (the shard CRC catches those), never a hang
      assertThat(res).isNotEqualTo("ok");
      errors += res.startsWith("error=") ? 1 : 0;
    }
    assertThat(errors).isPositive();
    byte[] garbage = new byte[5000];
    for (int i = 0; i < 50; i++) {
      r.nextBytes(garbage);
      assertThat(inflate(garbage, 100_000, null, new byte[0])).startsWith("error=Passage search: corrupt compressed data (");
    }
  }
}
