package sn.convergence.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.library.GeneralCodingRules;
import org.junit.jupiter.api.Test;

/**
 * Conventions of {@code style.md} that the compiler cannot check, on the main code only. Each rule
 * states its reason so that a failure explains itself.
 */
class ArchitectureTest {

  /** The API of each capability: classes directly in {@code sn.convergence.<capability>}. */
  static final String CAPABILITY_ROOT = "sn.convergence.*";

  private static final JavaClasses MAIN =
      new ClassFileImporter()
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
          .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_JARS)
          .importPackages("sn.convergence");

  @Test
  void keepsDomainFreeOfWebAndSerialisationTypes() {
    ArchRule rule =
        noClasses()
            .that()
            .resideInAPackage(CAPABILITY_ROOT)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(
                "org.springframework.web..",
                "jakarta.servlet..",
                "com.fasterxml.jackson..",
                "tools.jackson..",
                "org.thymeleaf..")
            .because(
                "the API types of a capability are plain domain types; HTTP, JSON and templates"
                    + " belong in its web package");
    rule.check(MAIN);
  }

  @Test
  void keepsControllersInWebPackages() {
    ArchRule rule =
        classes()
            .that()
            .areMetaAnnotatedWith(org.springframework.stereotype.Controller.class)
            .or()
            .areMetaAnnotatedWith(org.springframework.web.bind.annotation.ControllerAdvice.class)
            .should()
            .resideInAPackage("..web..")
            .because("request handling lives in each capability's web package");
    rule.check(MAIN);
  }

  @Test
  void namesNoClassAfterAVagueRole() {
    ArchRule rule =
        noClasses()
            .should()
            .haveSimpleNameEndingWith("Util")
            .orShould()
            .haveSimpleNameEndingWith("Utils")
            .orShould()
            .haveSimpleNameEndingWith("Helper")
            .orShould()
            .haveSimpleNameEndingWith("Manager")
            .because("a class is named after what it does in the programme's language");
    rule.check(MAIN);
  }

  @Test
  void injectsThroughConstructorsOnly() {
    GeneralCodingRules.NO_CLASSES_SHOULD_USE_FIELD_INJECTION
        .because("constructor injection keeps dependencies explicit and classes testable")
        .check(MAIN);
  }
}
