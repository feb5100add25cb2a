package org.opencrm.architecture;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.lang.ArchRule;
import org.junit.jupiter.api.Test;
import org.opencrm.adapter.cli.planted.PlantedCliViolation;
import org.opencrm.adapter.persistence.memory.MemoryStorageProvider;
import org.opencrm.adapter.persistence.planted.PlantedPersistenceViolation;
import org.opencrm.application.planted.PlantedApplicationViolation;
import org.opencrm.domain.planted.PlantedDomainViolations;
import org.opencrm.formats.MoneyJson;

/** Each rule fails on a planted violation, so a rule that silently checks nothing would be noticed. */
class PlantedViolationsTest {

    private final JavaClasses planted = new ClassFileImporter().importClasses(PlantedDomainViolations.class,
            PlantedCliViolation.class, PlantedApplicationViolation.class, MemoryStorageProvider.class,
            PlantedPersistenceViolation.class, MoneyJson.class);

    @Test
    void theDomainMayNotReadTheClock() {
        assertViolated(ArchitectureRules.TIME_IS_AN_ARGUMENT, "Instant.now");
    }

    @Test
    void theDomainMayNotHoldMutableState() {
        assertViolated(ArchitectureRules.DOMAIN_IS_IMMUTABLE, "counter");
    }

    @Test
    void theDomainMayNotDoIo() {
        assertViolated(ArchitectureRules.DOMAIN_IS_PLAIN_JAVA, "java.io.File");
    }

    @Test
    void adaptersMayNotUseEachOther() {
        assertViolated(ArchitectureRules.ADAPTERS_IGNORE_EACH_OTHER, "MemoryStorageProvider");
    }

    @Test
    void fieldInjectionIsRefused() {
        assertViolated(ArchitectureRules.CONSTRUCTOR_INJECTION_ONLY, "customers");
    }

    @Test
    void sqlStaysInPersistence() {
        assertViolated(ArchitectureRules.SQL_ONLY_IN_PERSISTENCE, "java.sql.Connection");
    }

    @Test
    void drivenAdaptersMayNotUseTheFormats() {
        assertViolated(ArchitectureRules.HEXAGON, "PlantedPersistenceViolation.moneyShape()> calls method <org.opencrm.formats.MoneyJson.module()>");
    }

    private void assertViolated(ArchRule rule, String mention) {
        assertThatThrownBy(() -> rule.check(planted)).isInstanceOf(AssertionError.class).hasMessageContaining(mention);
    }
}
