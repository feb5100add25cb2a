package org.opencrm.bootstrap;

import java.util.List;
import java.util.Map;
import java.util.ServiceLoader;
import java.util.TreeMap;
import org.opencrm.application.error.UnknownStoreSchemeException;
import org.opencrm.application.port.out.storage.StorageProvider;
import org.opencrm.application.port.out.storage.StoreLocation;

/**
 * Chooses the store: {@code --store}, else {@code CRM_STORE}, else {@code sqlite:./crm.db}; and finds the
 * storage plugin for its scheme among those on the class path ({@link ServiceLoader}).
 */
public final class StoreSelection {

    static final String ENVIRONMENT_VARIABLE = "CRM_STORE";

    private StoreSelection() {
    }

    /** The store URI from the command line, the environment, or the default, in that order. */
    public static StoreLocation choose(String option, Map<String, String> environment) {
        if (option != null && !option.isBlank()) {
            return StoreLocation.of(option);
        }
        String fromEnvironment = environment.get(ENVIRONMENT_VARIABLE);
        if (fromEnvironment != null && !fromEnvironment.isBlank()) {
            return StoreLocation.of(fromEnvironment);
        }
        return StoreLocation.of(StoreLocation.DEFAULT_URI);
    }

    /** Every storage plugin on the class path, by scheme. */
    public static Map<String, StorageProvider> providers(ClassLoader loader) {
        Map<String, StorageProvider> byScheme = new TreeMap<>();
        for (StorageProvider p : ServiceLoader.load(StorageProvider.class, loader)) {
            byScheme.putIfAbsent(p.scheme(), p);
        }
        return byScheme;
    }

    /** The plugin serving the location's scheme; an unknown scheme fails with the list of known ones. */
    public static StorageProvider providerFor(StoreLocation location, ClassLoader loader) {
        Map<String, StorageProvider> providers = providers(loader);
        StorageProvider provider = providers.get(location.scheme());
        if (provider == null) {
            throw new UnknownStoreSchemeException(location.scheme(), List.copyOf(providers.keySet()));
        }
        return provider;
    }
}
