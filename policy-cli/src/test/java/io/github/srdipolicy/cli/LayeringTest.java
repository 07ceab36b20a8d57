package io.github.srdipolicy.cli;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

/**
 * The layering the README describes, checked on every class of the project that the CLI sees (the
 * core, the screener, the region modules and the CLI itself): the model at the bottom, the engine
 * on the model, the catalogue on both, the screener above them; region modules and the CLI reach
 * the core through its API only.
 */
class LayeringTest {
  private static final JavaClasses CLASSES =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .importPackages("io.github.srdipolicy");

  @Test
  void theModelDependsOnNothingAboveIt() {
    noClasses()
        .that()
        .resideInAPackage("io.github.srdipolicy.model..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "io.github.srdipolicy.model..",
            "io.github.srdipolicy.internal..",
            "java..",
            "javax.annotation..",
            "com.fasterxml.jackson..",
            "org.immutables..")
        .check(CLASSES);
  }

  @Test
  void theEngineDoesNotKnowTheCatalogueOrItsUsers() {
    noClasses()
        .that()
        .resideInAPackage("io.github.srdipolicy.engine..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.srdipolicy.catalog..",
            "io.github.srdipolicy.screening..",
            "io.github.srdipolicy.cli..",
            "io.github.srdipolicy.json..")
        .check(CLASSES);
  }

  @Test
  void theCoreNeverImportsARegionModuleOrTheCli() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.github.srdipolicy.model..",
            "io.github.srdipolicy.engine..",
            "io.github.srdipolicy.catalog..",
            "io.github.srdipolicy.json..",
            "io.github.srdipolicy.profile..",
            "io.github.srdipolicy.assessment..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.srdipolicy.national..",
            "io.github.srdipolicy.jilin..",
            "io.github.srdipolicy.jiangsu..",
            "io.github.srdipolicy.cli..")
        .check(CLASSES);
  }

  /**
   * The screener is a layer above the core (its own module): the core never refers to it, and it
   * refers to the core's API and its argument checks only, never to a region or the CLI.
   */
  @Test
  void theScreenerSitsAboveTheCore() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.github.srdipolicy.model..",
            "io.github.srdipolicy.engine..",
            "io.github.srdipolicy.catalog..",
            "io.github.srdipolicy.json..",
            "io.github.srdipolicy.profile..",
            "io.github.srdipolicy.assessment..",
            "io.github.srdipolicy.internal..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.srdipolicy.screening..")
        .check(CLASSES);
    noClasses()
        .that()
        .resideInAPackage("io.github.srdipolicy.screening..")
        .should()
        .dependOnClassesThat()
        .resideInAnyPackage(
            "io.github.srdipolicy.national..",
            "io.github.srdipolicy.jilin..",
            "io.github.srdipolicy.jiangsu..",
            "io.github.srdipolicy.dmn..",
            "io.github.srdipolicy.cli..")
        .check(CLASSES);
  }

  /** Only the core and the screener (to which the core exports it) use the internal package. */
  @Test
  void nothingOutsideTheCoreUsesItsInternalPackage() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.github.srdipolicy.cli..",
            "io.github.srdipolicy.dmn..",
            "io.github.srdipolicy.national..",
            "io.github.srdipolicy.jilin..",
            "io.github.srdipolicy.jiangsu..")
        .should()
        .dependOnClassesThat()
        .resideInAPackage("io.github.srdipolicy.internal..")
        .check(CLASSES);
  }

  /**
   * A region module's classes (its source of data files and its tier-id constants) use the core
   * only. Jilin's and Jiangsu's ladders end in national tiers, so their jars need the national
   * module's data at run time (a Maven dependency), but no region class refers to another's.
   */
  @Test
  void regionModulesDependOnTheCoreOnly() {
    noClasses()
        .that()
        .resideInAnyPackage(
            "io.github.srdipolicy.national..",
            "io.github.srdipolicy.jilin..",
            "io.github.srdipolicy.jiangsu..")
        .should()
        .dependOnClassesThat()
        .resideOutsideOfPackages(
            "io.github.srdipolicy.model..",
            "io.github.srdipolicy.catalog..",
            "io.github.srdipolicy.national..",
            "io.github.srdipolicy.jilin..",
            "io.github.srdipolicy.jiangsu..",
            "java..",
            "javax.annotation..",
            "org.immutables..")
        .check(CLASSES);
    for (String region : new String[] {"national", "jilin", "jiangsu"}) {
      for (String other : new String[] {"national", "jilin", "jiangsu"}) {
        if (!region.equals(other)) {
          noClasses()
              .that()
              .resideInAPackage("io.github.srdipolicy." + region + "..")
              .should()
              .dependOnClassesThat()
              .resideInAPackage("io.github.srdipolicy." + other + "..")
              .check(CLASSES);
        }
      }
    }
  }
}
