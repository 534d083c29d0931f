package org.jmatu.planner;

import static com.tngtech.archunit.base.DescribedPredicate.not;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/**
 * The feature modules of STYLE.md reach each other only through their top-level API (or a named interface), and
 * form no cycle; inside them, the sub-packages keep their roles: a {@code domain} is plain Java, views sit on top
 * of everything and nothing below them uses them, the shared kernel uses no module, and the sub-packages of
 * planning form no cycle.
 */
class ModularityTest {

    private static final String ROOT = "org.jmatu.planner";
    /** The views of every module and the ui shell (not Vaadin's own {@code ..shared.ui} types). */
    private static final String UI = ROOT + "..ui..";
    private static final JavaClasses MAIN = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(ROOT);

    @Test
    void modulesKeepTheirBoundaries() {
        ApplicationModules.of(Application.class).verify();
    }

    @Test
    void aDomainIsPlainJavaWithoutSpringJpaOrVaadin() {
        noClasses().that().resideInAPackage(ROOT + "..domain..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..")
                .because("the solver model is built by a mapper and knows nothing of the application around it")
                .check(MAIN);
    }

    @Test
    void neitherASolverNorADomainUsesTheUi() {
        noClasses().that().resideInAnyPackage(ROOT + "..domain..", ROOT + "..solver..")
                .should().dependOnClassesThat().resideInAPackage(UI)
                .check(MAIN);
    }

    @Test
    void onlyViewsUseViews() {
        noClasses().that().resideOutsideOfPackage(UI)
                .and().doNotHaveFullyQualifiedName(ROOT + ".security.SecurityConfiguration")
                .should().dependOnClassesThat().resideInAPackage(UI)
                .because("views show and forward; the security configuration only names the login view")
                .check(MAIN);
    }

    @Test
    void theSharedKernelUsesNoModule() {
        noClasses().that().resideInAPackage(ROOT + ".shared..")
                .should().dependOnClassesThat(resideInAPackage(ROOT + "..")
                        .and(not(resideInAPackage(ROOT + ".shared.."))))
                .because("every module uses the kernel, so the kernel can use none of them (nor the ui shell)")
                .check(MAIN);
    }

    @Test
    void theSubPackagesOfPlanningFormNoCycle() {
        slices().matching(ROOT + ".planning.(**)")
                .should().beFreeOfCycles()
                .check(MAIN);
        // and by role, a solver's justifications counted with the solver
        slices().matching(ROOT + ".planning.(*).(*)..")
                .should().beFreeOfCycles()
                .check(MAIN);
    }
}
