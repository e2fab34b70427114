package org.fourpi.toolkit.hostile;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Future;

import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ArchRule;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;

import org.fourpi.toolkit.hostile.fixtures.Interrupting;
import org.fourpi.toolkit.hostile.fixtures.Listening;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Two promises kept in the code itself: nothing listens on the network, and no thread that may be
 * inside the database is interrupted (H2 closes the database file when its thread is interrupted);
 * long work stops between statements instead. Each rule is shown to catch the code it forbids.
 */
class SafetyRulesTest {

    /** Nothing opens a port for others to connect to: no server sockets, no web server, no H2 console or server. */
    static final ArchRule NOTHING_LISTENS = noClasses().should().dependOnClassesThat()
            .belongToAnyOf(java.net.ServerSocket.class, java.nio.channels.ServerSocketChannel.class,
                    java.nio.channels.AsynchronousServerSocketChannel.class, java.net.DatagramSocket.class,
                    java.nio.channels.DatagramChannel.class)
            .orShould().dependOnClassesThat().resideInAnyPackage("com.sun.net.httpserver..", "org.h2.server..",
                    "org.h2.tools..", "jdk.httpserver..")
            .because("the program is used on shared computers with personal data, and needs no network");

    /**
     * No call, or method reference, that interrupts a thread: Thread.interrupt on any thread,
     * shutdownNow on any executor, cancel on any Future (FutureTask, CompletableFuture, JavaFX Task),
     * whatever type the variable is declared as.
     */
    static final ArchRule NOTHING_INTERRUPTS = classes().should(new ArchCondition<JavaClass>(
            "never interrupt threads, directly or through an executor or a future") {
        @Override
        public void check(JavaClass type, ConditionEvents events) {
            type.getCodeUnits().forEach(unit -> {
                unit.getMethodCallsFromSelf().forEach(call -> judge(call, events));
                unit.getMethodReferencesFromSelf().forEach(reference -> judge(reference, events));
            });
        }

        private void judge(JavaAccess<?> access, ConditionEvents events) {
            JavaClass owner = access.getTargetOwner();
            String name = access.getName();
            boolean interrupts = owner.isAssignableTo(Thread.class) && name.equals("interrupt")
                    || owner.isAssignableTo(ExecutorService.class) && name.equals("shutdownNow")
                    || owner.isAssignableTo(Future.class) && name.equals("cancel");
            if (interrupts) {
                events.add(SimpleConditionEvent.violated(access, access.getDescription()));
            }
        }
    });

    private static JavaClasses program;

    @BeforeAll
    static void importProgram() {
        program = new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.fourpi.toolkit");
    }

    @Test
    void nothingInTheProgramListensOnTheNetwork() {
        NOTHING_LISTENS.check(program);
    }

    @Test
    void theNetworkRuleCatchesServerSocketsAndTheDatabaseConsole() {
        JavaClasses listening = new ClassFileImporter().importClasses(Listening.class);
        assertThatThrownBy(() -> NOTHING_LISTENS.check(listening)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("ServerSocket.<init>")
                .hasMessageContaining("ServerSocketChannel.open")
                .hasMessageContaining("org.h2.tools.Server");
    }

    @Test
    void nothingInTheProgramInterruptsAThread() {
        NOTHING_INTERRUPTS.check(program);
    }

    @Test
    void theInterruptRuleCatchesEveryWayOfInterrupting() {
        JavaClasses interrupting = new ClassFileImporter().importClasses(Interrupting.class, Interrupting.Worker.class);
        assertThatThrownBy(() -> NOTHING_INTERRUPTS.check(interrupting)).isInstanceOf(AssertionError.class)
                .hasMessageContaining("FutureTask.cancel(boolean)")
                .hasMessageContaining("ThreadPoolExecutor.shutdownNow()")
                .hasMessageContaining("CompletableFuture.cancel(boolean)")
                .hasMessageContaining("Interrupting$Worker.interrupt()")
                .hasMessageContaining("ExecutorService.shutdownNow()");
    }
}
