package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.UnknownStoreSchemeException;
import org.opencrm.application.port.out.storage.StoreLocation;

class StoreSelectionTest {

    private final ClassLoader loader = getClass().getClassLoader();

    @Test
    void findsTheBundledPluginsThroughTheServiceLoader() {
        assertThat(StoreSelection.providers(loader)).containsKeys("memory", "sqlite");
        assertThat(StoreSelection.providerFor(StoreLocation.of("sqlite:./x.db"), loader).scheme()).isEqualTo("sqlite");
    }

    @Test
    void anUnknownSchemeListsTheAvailableOnes() {
        assertThatThrownBy(() -> StoreSelection.providerFor(StoreLocation.of("mongodb://x"), loader))
                .isInstanceOf(UnknownStoreSchemeException.class)
                .hasMessage("unknown store scheme 'mongodb'; available: memory, mystore, postgresql, sqlite");
    }

    @Test
    void optionBeatsEnvironmentBeatsDefault() {
        Map<String, String> env = Map.of("CRM_STORE", "memory:");
        assertThat(StoreSelection.choose("sqlite:a.db", env).uri()).isEqualTo("sqlite:a.db");
        assertThat(StoreSelection.choose(null, env).uri()).isEqualTo("memory:");
        assertThat(StoreSelection.choose(null, Map.of()).uri()).isEqualTo("sqlite:./crm.db");
    }

    @Test
    void theStoreOptionIsFoundWhereverItIsWritten() {
        assertThat(Main.storeOption(new String[] {"report", "lifecycle", "--store", "memory:"})).isEqualTo("memory:");
        assertThat(Main.storeOption(new String[] {"--store=sqlite:b.db", "demo"})).isEqualTo("sqlite:b.db");
        assertThat(Main.storeOption(new String[] {"import", "purchases", "--", "--store"})).isNull();
    }
}
