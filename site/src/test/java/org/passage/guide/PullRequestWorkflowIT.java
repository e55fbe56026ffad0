package org.passage.guide;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.snakeyaml.engine.v2.api.Load;
import org.snakeyaml.engine.v2.api.LoadSettings;

/**
 * The pull-request workflow does what CONTRIBUTING.md and the README promise: the whole history
 * checked out (last-updated dates), Java 17, the check goal on the guide before the tests, the
 * tests, and the built guide uploaded from where this module's package phase writes it. Deleting
 * or misnaming any of those steps fails here.
 */
class PullRequestWorkflowIT {
  static final Path WORKFLOW = GuideSite.REPO.resolve(".github/workflows/pull-request.yml");

  static Map<String, Object> workflow;
  static List<Map<String, Object>> steps;

  @BeforeAll
  @SuppressWarnings("unchecked")
  static void read() throws Exception {
    workflow = (Map<String, Object>) new Load(LoadSettings.builder().build()).loadFromString(Files.readString(WORKFLOW));
    Map<String, Object> jobs = (Map<String, Object>) workflow.get("jobs");
    assertThat(jobs).as("jobs of %s", WORKFLOW).hasSize(1);
    Map<String, Object> job = (Map<String, Object>) jobs.values().iterator().next();
    steps = (List<Map<String, Object>>) job.get("steps");
    assertThat(steps).isNotEmpty();
  }

  @Test
  void runsOnEveryPullRequest() {
    Object on = workflow.get("on");
    java.util.Collection<?> events = on instanceof Map<?, ?> m ? m.keySet() : on instanceof List<?> l ? l : List.of(String.valueOf(on));
    assertThat(events).as("on:").map(String::valueOf).contains("pull_request");
  }

  @Test
  @SuppressWarnings("unchecked")
  void checksOutTheWholeHistoryAndSetsUpJava17WithMavensCache() {
    int checkout = index("checkout", s -> uses(s, "actions/checkout@"));
    Map<String, Object> with = (Map<String, Object>) steps.get(checkout).get("with");
    assertThat(with).as("checkout's with:").isNotNull();
    assertThat(String.valueOf(with.get("fetch-depth"))).as("fetch-depth: 0, for last-updated dates").isEqualTo("0");
    int java = index("setup-java", s -> uses(s, "actions/setup-java@"));
    Map<String, Object> javaWith = (Map<String, Object>) steps.get(java).get("with");
    assertThat(String.valueOf(javaWith.get("java-version"))).isEqualTo("17");
    assertThat(javaWith.get("cache")).isEqualTo("maven");
    assertThat(checkout).isLessThan(java);
  }

  @Test
  void checksTheGuideWithTheReadmesCommandThenRunsTheTests() throws Exception {
    int check = index("the check goal", s -> run(s).contains("passage-maven-plugin:0.1.0-SNAPSHOT:check"));
    String command = run(steps.get(check)).strip();
    assertThat(command).contains("-Dpassage.content=content").contains("-Dpassage.themes=themes");
    assertThat(Files.readString(GuideSite.REPO.resolve("README.md"))).as("README shows the command the workflow runs").contains(command);
    int install = index("the plugin installed for the check", s -> run(s).contains(" install") && run(s).contains("generator/maven-plugin"));
    int tests = index("the tests", s -> run(s).strip().equals(".ci/run") || run(s).contains("mvn -B verify"));
    assertThat(Files.readString(GuideSite.REPO.resolve(".ci/run"))).contains("mvn -B verify");
    assertThat(install).isLessThan(check);
    assertThat(check).as("the check's quick answer comes before the tests").isLessThan(tests);
  }

  @Test
  @SuppressWarnings("unchecked")
  void uploadsTheBuiltGuideAndItsOfflineZipAfterTheTests() throws Exception {
    int tests = index("the tests", s -> run(s).strip().equals(".ci/run") || run(s).contains("mvn -B verify"));
    int upload = index("the artifact upload", s -> uses(s, "actions/upload-artifact@"));
    assertThat(upload).isGreaterThan(tests);
    Map<String, Object> with = (Map<String, Object>) steps.get(upload).get("with");
    List<String> paths = String.valueOf(with.get("path")).lines().map(String::strip).filter(l -> !l.isEmpty()).toList();
    // Where this module's package phase writes the guide and its zip (site/pom.xml).
    String pom = Files.readString(GuideSite.REPO.resolve("site/pom.xml"));
    Matcher output = Pattern.compile("<output>\\$\\{project.build.directory}/([^<]+)</output>").matcher(pom);
    Matcher zip = Pattern.compile("<offlineZip>([^<]+)</offlineZip>").matcher(pom);
    assertThat(output.find() && zip.find()).as("site/pom.xml names the output and the zip").isTrue();
    assertThat(paths).containsExactlyInAnyOrder("site/target/" + output.group(1), "site/target/" + zip.group(1));
    // Reviewers get the site even when a test failed, so they can see what failed.
    assertThat(String.valueOf(steps.get(upload).get("if"))).contains("!cancelled()");
  }

  private static boolean uses(Map<String, Object> step, String action) {
    return String.valueOf(step.get("uses")).startsWith(action);
  }

  private static String run(Map<String, Object> step) {
    return step.get("run") == null ? "" : String.valueOf(step.get("run"));
  }

  private static int index(String what, java.util.function.Predicate<Map<String, Object>> which) {
    List<Integer> found = new ArrayList<>();
    for (int i = 0; i < steps.size(); i++) {
      if (which.test(steps.get(i))) {
        found.add(i);
      }
    }
    assertThat(found).as("steps of %s that run %s", WORKFLOW, what).hasSize(1);
    return found.get(0);
  }
}
