package org.passage.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TextArenaTest {

  @Test
  void givesBackEveryTextAcrossChunksWhateverItsSize() {
    TextArena arena = new TextArena();
    List<String> texts = new ArrayList<>();
    List<TextArena.Text> stored = new ArrayList<>();
    for (int i = 0; i < 3_000; i++) {
      // ~3 KB each with non-ASCII text: several chunks fill up, and texts meet their edges
      String text = i % 500 == 7 ? "" : "Page " + i + ": migration – “data” 移民 🌍\n" + "Remittances and diaspora. ".repeat(110 + i % 17);
      texts.add(text);
      stored.add(arena.add(text));
    }
    String large = "x".repeat(TextArena.CHUNK_BYTES); // more than a chunk holds: stored on its own
    TextArena.Text alone = arena.add(large);
    TextArena.Text after = arena.add("after the large one");

    for (int i = 0; i < texts.size(); i++) {
      assertThat(stored.get(i).text()).isEqualTo(texts.get(i));
    }
    assertThat(alone.text()).isEqualTo(large);
    assertThat(after.text()).isEqualTo("after the large one");
    assertThat(TextArena.Text.of("é").text()).isEqualTo("é");
  }
}
