package org.passage.testing;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Golden files: output that must not drift by accident, kept under {@code src/test/resources/golden/}.
 * Run the tests with {@code -Dpassage.golden.update=true} to accept a change on purpose: the files
 * are rewritten, and the diff shows in review.
 */
public final class Golden {
  public static final String UPDATE = "passage.golden.update";
  private static final Path ROOT = Path.of("src/test/resources/golden");

  private Golden() {}

  /** Compares {@code actual} with the golden file {@code name}, or rewrites it when updating. */
  public static void assertMatches(String name, String actual, String whatToDoIfChanged) throws IOException {
    Path file = ROOT.resolve(name);
    if (Boolean.getBoolean(UPDATE)) {
      Files.createDirectories(file.getParent());
      Files.writeString(file, actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(file).as("golden file %s is missing: run with -D%s=true to write it", file, UPDATE).exists();
    String expected = Files.readString(file, StandardCharsets.UTF_8);
    assertThat(actual)
        .as("%s changed. %s If the change is intended, accept it with -D%s=true and commit the new golden file.", file, whatToDoIfChanged, UPDATE)
        .isEqualTo(expected);
  }
}
