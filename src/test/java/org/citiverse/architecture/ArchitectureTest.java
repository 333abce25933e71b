package org.citiverse.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.tngtech.archunit.lang.syntax.ArchRuleDefinition;
import jakarta.persistence.Entity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import com.tngtech.archunit.core.domain.JavaMethod;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PATCH;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import org.junit.jupiter.api.Test;

/** The package rules of docs/ARCHITECTURE.md, checked on the compiled classes. */
class ArchitectureTest {

    private static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.citiverse");
    }

    /** org.citiverse.<context>.<layer>… → context. */
    static String contextOf(JavaClass c) {
        String[] parts = c.getPackageName().split("\\.");
        return parts.length > 2 ? parts[2] : "";
    }

    @Test
    void aContextNeverReachesIntoAnotherContextsInternals() {
        ArchCondition<JavaClass> stayInOwnContext = new ArchCondition<>("use other contexts only through "
                + "their application layer") {
            @Override
            public void check(JavaClass item, ConditionEvents events) {
                String own = contextOf(item);
                item.getDirectDependenciesFromSelf().forEach(d -> {
                    JavaClass target = d.getTargetClass();
                    String other = contextOf(target);
                    boolean internal = target.getPackageName().startsWith("org.citiverse." + other + ".domain")
                            || target.getPackageName().startsWith("org.citiverse." + other + ".infrastructure")
                            || target.getPackageName().startsWith("org.citiverse." + other + ".interfaces");
                    if (target.getPackageName().startsWith("org.citiverse.") && !other.equals(own)
                            && !other.equals("shared") && internal) {
                        events.add(SimpleConditionEvent.violated(d, d.getDescription()));
                    }
                });
            }
        };
        ArchRuleDefinition.classes().that().resideInAPackage("org.citiverse..").should(stayInOwnContext)
                .check(classes);
    }

    @Test
    void interfacesNeverTouchEntities() {
        noClasses().that().resideInAPackage("..interfaces..")
                .should().dependOnClassesThat().areAnnotatedWith(Entity.class)
                .because("the edges speak DTOs; entities stay inside their context")
                .check(classes);
    }

    @Test
    void theDomainDependsOnNoOuterLayer() {
        noClasses().that().resideInAPackage("..domain..")
                .should().dependOnClassesThat()
                .resideInAnyPackage("..application..", "..infrastructure..", "..interfaces..")
                .check(classes);
    }

    @Test
    void applicationServicesDependOnPortsNotAdapters() {
        noClasses().that().resideInAPackage("..application..")
                .should().dependOnClassesThat().resideInAnyPackage("..infrastructure..", "..interfaces..")
                .check(classes);
    }

    /** The application speaks standard JMS only, so either provider (embedded engine, Artemis) can run it. */
    @Test
    void theApplicationUsesNoBrokerSpecificApi() {
        noClasses().should().dependOnClassesThat()
                .resideInAnyPackage("org.apache.activemq..", "com.ibm.websphere.sib..", "com.ibm.ws.sib..")
                .check(classes);
    }

    /** Every REST operation says who may call it; the access matrix (AccessMatrixIT) then proves it. */
    @Test
    void everyRestOperationDeclaresWhoMayCallIt() {
        ArchCondition<JavaMethod> declaresAccess = new ArchCondition<>("declare @RolesAllowed, @PermitAll or @DenyAll") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean declared = Stream.of(method.getOwner(), method).anyMatch(m ->
                        m.isAnnotatedWith(RolesAllowed.class) || m.isAnnotatedWith(PermitAll.class)
                                || m.isAnnotatedWith(DenyAll.class));
                if (!declared) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " has no access rule"));
                }
            }
        };
        ArchRuleDefinition.methods().that().areAnnotatedWith(GET.class).or().areAnnotatedWith(POST.class)
                .or().areAnnotatedWith(PUT.class).or().areAnnotatedWith(DELETE.class).or().areAnnotatedWith(PATCH.class)
                .should(declaresAccess).check(classes);
    }

    @Test
    void everyPackageExplainsItself() throws IOException {
        Path root = Path.of("src/main/java/org/citiverse");
        try (Stream<Path> dirs = Files.walk(root)) {
            List<Path> missing = dirs.filter(Files::isDirectory)
                    .filter(d -> hasJava(d))
                    .filter(d -> !Files.exists(d.resolve("package-info.java")))
                    .toList();
            assertTrue(missing.isEmpty(), "packages without package-info.java: " + missing);
        }
    }

    private static boolean hasJava(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.anyMatch(f -> f.toString().endsWith(".java"));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
