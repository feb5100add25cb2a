package org.opencrm.architecture;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

/** Checks every rule of {@link ArchitectureRules} against the production classes of all modules. */
@AnalyzeClasses(packages = "org.opencrm", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    @ArchTest
    static final ArchRule hexagon = ArchitectureRules.HEXAGON;
    @ArchTest
    static final ArchRule domainIsPlainJava = ArchitectureRules.DOMAIN_IS_PLAIN_JAVA;
    @ArchTest
    static final ArchRule applicationKnowsOnlyTheDomain = ArchitectureRules.APPLICATION_KNOWS_ONLY_THE_DOMAIN;
    @ArchTest
    static final ArchRule timeIsAnArgument = ArchitectureRules.TIME_IS_AN_ARGUMENT;
    @ArchTest
    static final ArchRule drivingPortsStandAlone = ArchitectureRules.DRIVING_PORTS_STAND_ALONE;
    @ArchTest
    static final ArchRule drivenPortsStandAlone = ArchitectureRules.DRIVEN_PORTS_STAND_ALONE;
    @ArchTest
    static final ArchRule adaptersIgnoreEachOther = ArchitectureRules.ADAPTERS_IGNORE_EACH_OTHER;
    @ArchTest
    static final ArchRule storageBackendsIgnoreEachOther = ArchitectureRules.STORAGE_BACKENDS_IGNORE_EACH_OTHER;
    @ArchTest
    static final ArchRule noCycles = ArchitectureRules.NO_CYCLES;
    @ArchTest
    static final ArchRule guiceOnlyInBootstrap = ArchitectureRules.GUICE_ONLY_IN_BOOTSTRAP;
    @ArchTest
    static final ArchRule sqlOnlyInPersistence = ArchitectureRules.SQL_ONLY_IN_PERSISTENCE;
    @ArchTest
    static final ArchRule jaxRsOnlyInRest = ArchitectureRules.JAX_RS_ONLY_IN_REST;
    @ArchTest
    static final ArchRule picocliOnlyInCliAndBootstrap = ArchitectureRules.PICOCLI_ONLY_IN_CLI_AND_BOOTSTRAP;
    @ArchTest
    static final ArchRule constructorInjectionOnly = ArchitectureRules.CONSTRUCTOR_INJECTION_ONLY;
    @ArchTest
    static final ArchRule domainIsImmutable = ArchitectureRules.DOMAIN_IS_IMMUTABLE;
    @ArchTest
    static final ArchRule useCasesAreNamedAsSuch = ArchitectureRules.USE_CASES_ARE_NAMED_AS_SUCH;
    @ArchTest
    static final ArchRule repositoriesAreNamedAsSuch = ArchitectureRules.REPOSITORIES_ARE_NAMED_AS_SUCH;
}
