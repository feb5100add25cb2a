package org.opencrm.application.port.out.storage;

/** Driven port: opens any store by its URI, with whichever storage plugin serves the scheme. */
@FunctionalInterface
public interface StoreOpener {

    Storage open(StoreLocation location);
}
