package org.opencrm.application.port.out;

import java.util.function.Supplier;

/** Driven port: runs work in one transaction; all of it is stored, or none of it if it throws. */
public interface UnitOfWork {

    <T> T inTransaction(Supplier<T> work);

    default void run(Runnable work) {
        inTransaction(() -> {
            work.run();
            return null;
        });
    }
}
