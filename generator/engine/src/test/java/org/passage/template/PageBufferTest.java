package org.passage.template;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PageBufferTest {
  @TempDir Path dir;

  /** Writes {@code text} in pieces cut at {@code cuts}, by each of the writer's methods in turn. */
  private byte[] written(String text, int[] cuts) throws Exception {
    PageBuffer buffer = new PageBuffer();
    Writer w = buffer.start();
    int at = 0;
    int k = 0;
    for (int cut : cuts) {
      String piece = text.substring(at, cut);
      switch (k++ % 4) {
        case 0 -> w.write(piece);
        case 1 -> w.write(piece.toCharArray(), 0, piece.length());
        case 2 -> w.append(piece);
        default -> piece.chars().forEach(c -> {
          try {
            w.write(c);
          } catch (java.io.IOException e) {
            throw new AssertionError(e);
          }
        });
      }
      at = cut;
    }
    w.write(text.substring(at));
    Path file = dir.resolve("page.html");
    buffer.writeTo(file);
    assertEquals(new String(Files.readAllBytes(file), StandardCharsets.UTF_8), buffer.text().toString());
    return Files.readAllBytes(file);
  }

  @Test
  void encodesAsStringGetBytesDoes() throws Exception {
    String[] texts = {
      "<p>plain ASCII</p>\n",
      "Côte d’Ivoire — Bogotá, 50 % €",
      "emoji \uD83D\uDE00 and math \uD835\uDC00",
      "lone high \uD83D then text, lone low \uDE00 here, high at the end \uD83D",
      "\uD83D\uD83D\uDE00 two highs then a low",
    };
    for (String t : texts) {
      // every cut, so a surrogate pair is also split between two writes
      for (int cut = 0; cut <= t.length(); cut++) {
        assertArrayEquals(t.getBytes(StandardCharsets.UTF_8), written(t, new int[] {cut}), t + " cut at " + cut);
      }
    }
  }

  @Test
  void randomTextInRandomPieces() throws Exception {
    Random random = new Random(42);
    char[] alphabet = "aZ<&\"é’€\uD83D\uDE00\uD800\uDFFF\n".toCharArray();
    for (int round = 0; round < 200; round++) {
      StringBuilder b = new StringBuilder();
      int length = random.nextInt(200);
      for (int i = 0; i < length; i++) {
        b.append(alphabet[random.nextInt(alphabet.length)]);
      }
      String t = b.toString();
      int[] cuts = random.ints(random.nextInt(6), 0, t.length() + 1).sorted().toArray();
      assertArrayEquals(t.getBytes(StandardCharsets.UTF_8), written(t, cuts), t);
    }
  }

  @Test
  void growsPastItsFirstBuffer() throws Exception {
    String big = "x".repeat(200_000) + "é".repeat(100_000);
    assertArrayEquals(big.getBytes(StandardCharsets.UTF_8), written(big, new int[] {150_000}));
  }
}
