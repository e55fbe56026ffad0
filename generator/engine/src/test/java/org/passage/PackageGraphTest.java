package org.passage;

import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The engine's packages form a graph without cycles, so each feature can be read, tested and
 * changed from the bottom up: paths, files, diagnostics and text at the bottom, the pipeline
 * ({@code org.passage} itself) at the top.
 */
class PackageGraphTest {
  private static final JavaClasses ENGINE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
      .importPackages("org.passage");

  @Test
  void featurePackagesHaveNoCycles() {
    slices().matching("org.passage.(*)..").should().beFreeOfCycles().check(ENGINE);
  }

  @Test
  void pathsAndDiagnosticsDependOnNoFeature() {
    noClasses().that().resideInAnyPackage("org.passage.paths..", "org.passage.diagnostics..",
            "org.passage.files..", "org.passage.text..")
        .should().dependOnClassesThat().resideInAnyPackage("org.passage.markdown..", "org.passage.output..",
            "org.passage.template..", "org.passage.search..", "org.passage.site..", "org.passage.taxonomy..",
            "org.passage.content..", "org.passage.print..", "org.passage.serve..")
        .check(ENGINE);
  }

  @Test
  void searchIsUsedOnlyByThePipelineAndTheServer() {
    noClasses().that().resideOutsideOfPackages("org.passage", "org.passage.serve..", "org.passage.search..")
        .should().dependOnClassesThat().resideInAPackage("org.passage.search..")
        .check(ENGINE);
  }
}
