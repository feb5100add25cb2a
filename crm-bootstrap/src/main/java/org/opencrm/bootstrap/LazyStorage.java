package org.opencrm.bootstrap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Consumer;
import java.util.function.Function;
import org.opencrm.application.error.StorageException;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StorageProvider;
import org.opencrm.application.port.out.storage.StoreLocation;

/**
 * Opens the store on first use, so that {@code crm --help}, {@code --version} or {@code bench generate} neither
 * create a database file nor fail on an unreachable one; hands out repository proxies that open it on demand.
 * Meanwhile the store's plugin prepares (loads its driver) on a thread of its own.
 */
final class LazyStorage implements AutoCloseable {

    private final StoreLocation location;
    private final ClassLoader loader;
    private final boolean mayCreate;
    private final Consumer<String> notice;
    private Storage storage;

    LazyStorage(StoreLocation location, ClassLoader loader) {
        this(location, loader, true, message -> { });
    }

    /**
     * @param mayCreate whether the command writes, and so may create a store where there is none; a reading
     *                  command refuses instead (a mistyped path must not print an empty report)
     * @param notice    where to say, once, that a new store was created
     */
    LazyStorage(StoreLocation location, ClassLoader loader, boolean mayCreate, Consumer<String> notice) {
        this.location = location;
        this.loader = loader;
        this.mayCreate = mayCreate;
        this.notice = notice;
        // A head start: the plugin loads its driver and libraries on another core while the injector and the
        // command line are built (docs/performance.md: part of every command that opens the store).
        Thread prepare = new Thread(this::prepare, "store-prepare");
        prepare.setDaemon(true);
        prepare.start();
    }

    private void prepare() {
        try {
            StoreSelection.providerFor(location, loader).prepare(location);
        } catch (RuntimeException | LinkageError e) {
            // Only a head start: opening the store reports whatever is wrong with it.
        }
    }

    synchronized Storage get() {
        if (storage == null) {
            StorageProvider provider = StoreSelection.providerFor(location, loader);
            boolean exists = provider.exists(location);
            if (!exists && !mayCreate) {
                throw new StorageException("no store at " + location + "; run crm import or crm demo to create one "
                        + "(or name another with --store or CRM_STORE)");
            }
            storage = provider.open(location);
            if (!exists) {
                notice.accept("crm: created a new store at " + location);
            }
        }
        return storage;
    }

    /** A stand-in for one of the store's ports that opens the store at its first call. */
    <T> T port(Class<T> type, Function<Storage, T> part) {
        InvocationHandler handler = (proxy, method, args) -> {
            if (method.getDeclaringClass() == Object.class) {
                return switch (method.getName()) {
                    case "toString" -> "lazy " + type.getSimpleName() + " of " + location;
                    case "hashCode" -> System.identityHashCode(proxy);
                    default -> proxy == args[0];
                };
            }
            try {
                return method.invoke(part.apply(get()), args);
            } catch (InvocationTargetException e) {
                throw e.getCause();
            }
        };
        return type.cast(Proxy.newProxyInstance(loader, new Class<?>[] {type}, handler));
    }

    @Override
    public synchronized void close() {
        if (storage != null) {
            storage.close();
            storage = null;
        }
    }
}
