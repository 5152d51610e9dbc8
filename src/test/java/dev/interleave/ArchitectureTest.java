package dev.interleave;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The one-direction layering of DESIGN.md §2. */
class ArchitectureTest {
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("dev.interleave");

    @Test
    void nothingOutsideTheUiUsesJavaFx() {
        noClasses().that().resideOutsideOfPackage("dev.interleave.ui..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..", "org.controlsfx..", "atlantafx..",
                        "org.kordamp..")
                .check(MAIN);
    }

    @Test
    void traceDependsOnTheJdkOnly() {
        noClasses().that().resideInAPackage("dev.interleave.trace..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.interleave.engine..", "dev.interleave.scenario..",
                        "dev.interleave.explore..", "dev.interleave.cli..", "dev.interleave.ui..")
                .check(MAIN);
    }

    @Test
    void theEngineKnowsNoLessonsAndNoViews() {
        noClasses().that().resideInAPackage("dev.interleave.engine..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.interleave.scenario..",
                        "dev.interleave.explore..", "dev.interleave.cli..", "dev.interleave.ui..")
                .check(MAIN);
    }

    @Test
    void theCoreEngineDoesNotReachIntoThePrimitives() {
        noClasses().that().resideInAPackage("dev.interleave.engine")
                .should().dependOnClassesThat().resideInAPackage("dev.interleave.engine.sync..")
                .check(MAIN);
    }

    @Test
    void lessonsAndStatisticsStayHeadless() {
        noClasses().that().resideInAnyPackage("dev.interleave.scenario..", "dev.interleave.explore..")
                .should().dependOnClassesThat().resideInAnyPackage("dev.interleave.cli..", "dev.interleave.ui..")
                .check(MAIN);
        noClasses().that().resideInAPackage("dev.interleave.cli..")
                .should().dependOnClassesThat().resideInAPackage("dev.interleave.ui..")
                .check(MAIN);
    }
}
