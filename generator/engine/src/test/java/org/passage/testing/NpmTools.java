package org.passage.testing;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Checkers from the npm registry (the Nu Html Checker's {@code vnu-jar}, {@code axe-core}),
 * installed under target/npm when a test first needs them: fetched at test time, never shipped in
 * a site. Without npm or the registry the test fails and says so; it never skips.
 */
public final class NpmTools {
  private NpmTools() {}

  /** {@code relative} inside the installed packages (e.g. "vnu-jar/build/dist/vnu.jar"), installing {@code packages} first. */
  public static synchronized Path file(String relative, String... packages) throws IOException, InterruptedException {
    Path prefix = Path.of("target/npm").toAbsolutePath();
    Path file = prefix.resolve("node_modules").resolve(relative);
    if (Files.exists(file)) {
      return file;
    }
    Files.createDirectories(prefix);
    List<String> command = new ArrayList<>(List.of("npm", "install", "--no-save", "--no-audit", "--no-fund", "--prefix", prefix.toString()));
    command.addAll(List.of(packages));
    Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0 || !Files.exists(file)) {
      throw new AssertionError("npm install " + String.join(" ", packages) + " failed (npm and the npm registry are needed; .ci/run installs npm):\n" + out);
    }
    return file;
  }
}
