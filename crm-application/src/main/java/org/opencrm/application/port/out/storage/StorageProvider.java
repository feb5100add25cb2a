package org.opencrm.application.port.out.storage;

/**
 * Storage plugin SPI, found with {@link java.util.ServiceLoader} and chosen by the store URI's scheme.
 *
 * <p>A backend is a jar with an implementation listed in
 * {@code META-INF/services/org.opencrm.application.port.out.storage.StorageProvider}. Implementations are not
 * required to use any dependency-injection framework.
 */
public interface StorageProvider {

    /** The URI scheme this plugin serves, e.g. {@code sqlite}. */
    String scheme();

    /** One line for {@code --help}: what the store is and an example URI. */
    String description();

    /** Opens (and creates or migrates, if needed) the store. */
    Storage open(StoreLocation location);

    /**
     * Whether a store is already at {@code location}, without creating one: commands that only read refuse a
     * location where there is none rather than open an empty new store there (a mistyped path). The default,
     * for backends whose stores are created elsewhere (a database server), says yes.
     */
    default boolean exists(StoreLocation location) {
        return true;
    }

    /**
     * Gets ready to open {@code location} soon, without touching the store: loads and initialises what
     * {@link #open} needs (drivers, native libraries), so that start-up can do it beside its other work. Must not
     * fail; the default does nothing.
     */
    default void prepare(StoreLocation location) {
    }
}
