package org.opencrm.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.alwaysTrue;
import static com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.fields;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noFields;
import static com.tngtech.archunit.library.Architectures.layeredArchitecture;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.lang.ArchRule;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** The rules of the hexagon (docs/architecture.md, "Rules"), defined once and checked by {@link ArchitectureTest}. */
final class ArchitectureRules {

    static final String DOMAIN = "org.opencrm.domain..";
    static final String APPLICATION = "org.opencrm.application..";
    static final String PERSISTENCE = "org.opencrm.adapter.persistence..";
    static final String REST = "org.opencrm.adapter.rest..";
    static final String CLI = "org.opencrm.adapter.cli..";
    static final String FORMATS = "org.opencrm.formats..";
    static final String BOOTSTRAP = "org.opencrm.bootstrap..";

    /** The hexagon; the bootstrap is a layer of its own so the composition root may see every adapter. */
    static final ArchRule HEXAGON = layeredArchitecture()
            .consideringOnlyDependenciesInAnyPackage("org.opencrm..")
            .layer("Domain").definedBy(DOMAIN)
            .layer("Application").definedBy(APPLICATION)
            .layer("Persistence").definedBy(PERSISTENCE)
            .optionalLayer("Rest").definedBy(REST)
            .layer("Cli").definedBy(CLI)
            .layer("Formats").definedBy(FORMATS)
            .layer("Bootstrap").definedBy(BOOTSTRAP)
            .whereLayer("Bootstrap").mayNotBeAccessedByAnyLayer()
            .whereLayer("Persistence").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Rest").mayOnlyBeAccessedByLayers("Bootstrap")
            .whereLayer("Cli").mayOnlyBeAccessedByLayers("Bootstrap")
            // The outside shapes are a library of the driving adapters: never of the core or a driven adapter.
            .whereLayer("Formats").mayOnlyBeAccessedByLayers("Rest", "Cli", "Bootstrap")
            .whereLayer("Application").mayOnlyBeAccessedByLayers("Persistence", "Rest", "Cli", "Formats", "Bootstrap")
            .whereLayer("Domain").mayOnlyBeAccessedByLayers("Application", "Persistence", "Rest", "Cli", "Formats",
                    "Bootstrap")
            .ensureAllClassesAreContainedInArchitectureIgnoring("org.opencrm.architecture..");

    static final ArchRule DOMAIN_IS_PLAIN_JAVA = classes().that().resideInAPackage(DOMAIN)
            .should().onlyDependOnClassesThat().resideInAnyPackage(
                    DOMAIN, "java.lang..", "java.util..", "java.time..", "java.math..",
                    "java.text..", "org.hipparchus..")
            .because("crm-domain is the JDK plus the math library: no frameworks, no I/O");

    static final ArchRule APPLICATION_KNOWS_ONLY_THE_DOMAIN = classes().that().resideInAPackage(APPLICATION)
            .should().onlyDependOnClassesThat().resideInAnyPackage(APPLICATION, DOMAIN, "java..", "jakarta.inject..");

    static final ArchRule TIME_IS_AN_ARGUMENT = noClasses().that().resideInAnyPackage(DOMAIN, APPLICATION)
            .should().callMethod(Instant.class, "now")
            .orShould().callMethod(LocalDate.class, "now")
            .orShould().callMethod(LocalDateTime.class, "now")
            .orShould().callMethod(System.class, "currentTimeMillis")
            .because("reports are computed as of a date that callers pass in; services use an injected Clock");

    static final ArchRule DRIVING_PORTS_STAND_ALONE = noClasses().that().resideInAPackage("..application.port.in..")
            .should().dependOnClassesThat().resideInAnyPackage("..application.port.out..", "..application.service..");

    static final ArchRule DRIVEN_PORTS_STAND_ALONE = noClasses().that().resideInAPackage("..application.port.out..")
            .should().dependOnClassesThat().resideInAnyPackage("..application.port.in..", "..application.service..");

    static final ArchRule ADAPTERS_IGNORE_EACH_OTHER =
            slices().matching("org.opencrm.adapter.(*)..").should().notDependOnEachOther();

    static final ArchRule STORAGE_BACKENDS_IGNORE_EACH_OTHER =
            slices().matching("org.opencrm.adapter.persistence.(*)..").should().notDependOnEachOther()
                    .ignoreDependency(alwaysTrue(), resideInAPackage("org.opencrm.adapter.persistence.jooq.."));

    static final ArchRule NO_CYCLES = slices().matching("org.opencrm.(**)").should().beFreeOfCycles();

    static final ArchRule GUICE_ONLY_IN_BOOTSTRAP = noClasses().that().resideOutsideOfPackage(BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage("com.google.inject..");

    static final ArchRule SQL_ONLY_IN_PERSISTENCE = noClasses().that().resideOutsideOfPackage(PERSISTENCE)
            .should().dependOnClassesThat().resideInAnyPackage(
                    "org.jooq..", "org.sqlite..", "org.flywaydb..", "java.sql..", "javax.sql..");

    static final ArchRule JAX_RS_ONLY_IN_REST = noClasses().that().resideOutsideOfPackage(REST)
            .should().dependOnClassesThat().resideInAnyPackage("jakarta.ws.rs..", "org.glassfish..");

    static final ArchRule PICOCLI_ONLY_IN_CLI_AND_BOOTSTRAP = noClasses().that().resideOutsideOfPackages(CLI, BOOTSTRAP)
            .should().dependOnClassesThat().resideInAPackage("picocli..");

    static final ArchRule CONSTRUCTOR_INJECTION_ONLY = noFields()
            .should().beAnnotatedWith("jakarta.inject.Inject").orShould().beAnnotatedWith("com.google.inject.Inject");

    static final ArchRule DOMAIN_IS_IMMUTABLE = fields()
            .that().areDeclaredInClassesThat().resideInAPackage(DOMAIN).and().areNotStatic()
            .should().beFinal();

    static final ArchRule USE_CASES_ARE_NAMED_AS_SUCH = classes()
            .that().resideInAPackage("..application.port.in..").and().areInterfaces().and().areTopLevelClasses()
            .and().resideOutsideOfPackage("..application.port.in.importing..") // the shared vocabulary of imports
            .should().haveSimpleNameEndingWith("UseCase");

    static final ArchRule REPOSITORIES_ARE_NAMED_AS_SUCH = classes()
            .that().resideInAPackage("..application.port.out").and().areInterfaces()
            .and().doNotHaveSimpleName("UnitOfWork")
            .should().haveSimpleNameEndingWith("Repository");

    private ArchitectureRules() {
    }
}
