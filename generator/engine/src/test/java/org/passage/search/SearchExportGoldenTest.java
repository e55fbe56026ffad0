package org.passage.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.passage.Passage;
import org.passage.testing.Golden;
import org.passage.testing.TestSite;

/**
 * The browser index of a fixed site, pinned byte for byte (a SHA-256 per file, with the format
 * version). Any change to what the exporter writes shows here; one that changes the format must
 * also bump {@link FormatWriter#VERSION}, so that a stale client can tell.
 */
class SearchExportGoldenTest {
  @TempDir Path dir;

  private static final String SITE = """
      -- content/site.yml --
      title: Rivers
      taxonomies:
        basins:
          title: Basins
          terms: {data: basins, key: id, label: name}
      -- content/data/basins.yml --
      - id: nile
        name: The Nile basin
      - id: niger
        name: The Niger basin
      -- content/index.md --
      # Rivers of Africa
      Rivers carry water, silt and trade. See [the Nile](nile.md).
      -- content/nile.md --
      ---
      basins: [nile]
      ---
      # The Nile
      The Nile flows north through eleven countries.
      ## Floods
      Seasonal floods brought silt to the delta; dams now hold them back.
      ## Trade
      Boats carried grain downstream, "fast" and far.
      -- content/niger.md --
      ---
      basins: [niger]
      ---
      # The Niger
      The Niger bends through the Sahel: Bamako, Timbuktu, Niamey.
      ## Inland delta
      A wide inland delta floods every year.
      """;

  @Test
  void theExportOfAFixedSiteKeepsItsBytes() throws Exception {
    var site = TestSite.write(dir, SITE);
    new Passage(site.config(), Optional.of(new LuceneSearchIndexer())).build();
    Path index = site.output().resolve("search");
    StringBuilder sb = new StringBuilder("format version " + FormatWriter.VERSION + "\n");
    List<Path> files;
    try (Stream<Path> walk = Files.walk(index)) {
      files = walk.filter(Files::isRegularFile).sorted().toList();
    }
    assertThat(files).isNotEmpty();
    MessageDigest sha = MessageDigest.getInstance("SHA-256");
    for (Path f : files) {
      byte[] bytes = Files.readAllBytes(f);
      sb.append(index.relativize(f).toString().replace('\\', '/')).append(' ').append(bytes.length).append(' ')
          .append(HexFormat.of().formatHex(sha.digest(bytes))).append('\n');
    }
    Golden.assertMatches("search-export.txt", sb.toString(),
        "The browser index's bytes changed. If the format changed (what a reader must know to decode it), bump"
            + " FormatWriter.VERSION and update FORMAT.md; if only the content changed (what gets indexed, scores), the version stays.");
  }
}
