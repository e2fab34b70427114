package org.fourpi.toolkit;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noMethods;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import java.math.BigDecimal;
import java.util.Set;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.fourpi.toolkit.payments.FloatingPointFixture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Guards the house shape: views on top, services and repositories below, no JavaFX underneath. */
class ArchitectureTest {

    private static JavaClasses program;

    private static final DescribedPredicate<JavaClass> SERVICE_OR_REPOSITORY_OR_DOMAIN =
            DescribedPredicate.describe("services, repositories and domain records",
                    c -> c.getSimpleName().endsWith("Service") && !c.getSimpleName().endsWith("DialogService")
                            || c.getSimpleName().endsWith("Repository")
                            || c.isRecord() && !c.getPackageName().contains(".common.ui")
                            || c.getPackageName().startsWith("org.fourpi.toolkit.common.db")
                            || c.getPackageName().startsWith("org.fourpi.toolkit.common.validation")
                            || c.getPackageName().startsWith("org.fourpi.toolkit.demo"));

    @BeforeAll
    static void importProgram() {
        program = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fourpi.toolkit");
    }

    @Test
    void keepsJavaFxOutOfServicesRepositoriesAndDomain() {
        noClasses().that(SERVICE_OR_REPOSITORY_OR_DOMAIN)
                .and().resideOutsideOfPackage("org.fourpi.toolkit.db..")
                .should().dependOnClassesThat().resideInAnyPackage("javafx..")
                .check(program);
    }

    @Test
    void letsOnlyServicesUseRepositories() {
        classes().that().haveSimpleNameEndingWith("Repository")
                .should().onlyBeAccessed().byClassesThat(JavaClass.Predicates.simpleNameEndingWith("Service")
                        .or(JavaClass.Predicates.simpleNameEndingWith("Repository")))
                .check(program);
        classes().that().haveSimpleNameEndingWith("Repository").should().notBePublic().check(program);
    }

    @Test
    void keepsViewModelsFreeOfNodes() {
        noClasses().that().haveSimpleNameEndingWith("ViewModel")
                .should().dependOnClassesThat().resideInAnyPackage("javafx.scene..", "javafx.stage..")
                .check(program);
    }

    @Test
    void hasNoCyclesBetweenFeaturePackages() {
        slices().matching("org.fourpi.toolkit.(*)..")
                .should().beFreeOfCycles()
                .check(program);
    }

    @Test
    void neverStartsADatabaseConsoleOrServer() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.h2.server..", "org.h2.tools..")
                .check(program);
    }

    @Test
    void neverInterruptsThreadsThatMayBeInsideTheDatabase() {
        noClasses().should().callMethod(Thread.class, "interrupt")
                .orShould().callMethod(java.util.concurrent.ExecutorService.class, "shutdownNow")
                .orShould().callMethod(java.util.concurrent.Future.class, "cancel", boolean.class)
                .orShould().callMethod(javafx.concurrent.Task.class, "cancel")
                .orShould().callMethod(javafx.concurrent.Task.class, "cancel", boolean.class)
                .check(program);
    }

    @Test
    void usesNoStaticSingletons() {
        noMethods().that().areStatic().should().haveName("getInstance").check(program);
    }

    /** Money is exact: no double or float anywhere in the money types or the payments feature. */
    static final ArchRule NO_FLOATING_POINT_IN_MONEY = classes()
            .that().resideInAnyPackage("org.fourpi.toolkit.common.money..", "org.fourpi.toolkit.payments..")
            .should(useNoFloatingPoint())
            .andShould(new ArchCondition<JavaClass>("not make a BigDecimal from a double") {
                @Override
                public void check(JavaClass type, ConditionEvents events) {
                    type.getCodeUnits().forEach(unit -> unit.getCallsFromSelf().stream()
                            .filter(call -> call.getTargetOwner().isEquivalentTo(BigDecimal.class))
                            .filter(call -> call.getTarget().getRawParameterTypes().stream()
                                    .anyMatch(ArchitectureTest::isFloatingPoint))
                            .forEach(call -> events.add(SimpleConditionEvent.violated(call, call.getDescription()))));
                }
            });

    @Test
    void keepsDoubleAndFloatOutOfMoneyCode() {
        NO_FLOATING_POINT_IN_MONEY.check(program);
    }

    @Test
    void moneyRuleCatchesADoubleWhenOneIsAdded() {
        JavaClasses withDouble = new ClassFileImporter().importClasses(FloatingPointFixture.class);
        assertThatThrownBy(() -> NO_FLOATING_POINT_IN_MONEY.check(withDouble))
                .isInstanceOf(AssertionError.class)
                .hasMessageContaining("FloatingPointFixture.rate")
                .hasMessageContaining("FloatingPointFixture.times")
                .hasMessageContaining("BigDecimal.valueOf(double)");
    }

    private static final Set<String> FLOATING_POINT = Set.of("double", "float", "java.lang.Double", "java.lang.Float");

    static boolean isFloatingPoint(JavaClass type) {
        JavaClass base = type;
        while (base.isArray()) {
            base = base.getComponentType();
        }
        return FLOATING_POINT.contains(base.getName());
    }

    private static ArchCondition<JavaClass> useNoFloatingPoint() {
        return new ArchCondition<>("use no double or float in fields, parameters or return types") {
            @Override
            public void check(JavaClass type, ConditionEvents events) {
                type.getFields().stream().filter(f -> isFloatingPoint(f.getRawType()))
                        .forEach(f -> events.add(SimpleConditionEvent.violated(f, f.getFullName() + " is a " + f.getRawType().getName())));
                type.getCodeUnits().forEach(unit -> {
                    if (isFloatingPoint(unit.getRawReturnType())
                            || unit.getRawParameterTypes().stream().anyMatch(ArchitectureTest::isFloatingPoint)) {
                        events.add(SimpleConditionEvent.violated(unit, unit.getFullName() + " takes or gives a double or float"));
                    }
                });
            }
        };
    }
}
