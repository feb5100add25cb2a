package org.opencrm.bootstrap;

import java.lang.reflect.InvocationHandler;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.function.Function;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

/**
 * Opens the store on first use, so that {@code crm --help}, {@code --version} or {@code bench generate} neither
 * create a database file nor fail on an unreachable one; hands out repository proxies that open it on demand.
 * Meanwhile the store's plugin prepares (loads its driver) on a thread of its own.
 */
final class LazyStorage implements AutoCloseable {

    private final StoreLocation location;
    private final ClassLoader loader;
    private Storage storage;

    LazyStorage(StoreLocation location, ClassLoader loader) {
        this.location = location;
        this.loader = loader;
        // A head start: the plugin loads its driver and libraries on another core while the injector and the
        // command line are built (about 0.1 s of each command that then opens the store).
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
            storage = StoreSelection.providerFor(location, loader).open(location);
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
