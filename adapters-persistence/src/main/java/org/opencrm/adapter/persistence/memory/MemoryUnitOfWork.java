package org.opencrm.adapter.persistence.memory;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import org.opencrm.application.port.out.UnitOfWork;

/**
 * Transactions for the memory store: one lock serialises all access, and every change inside a transaction
 * records how to undo itself, so a failure restores the state it started from.
 */
final class MemoryUnitOfWork implements UnitOfWork {

    private final ReentrantLock lock = new ReentrantLock();
    private final ThreadLocal<Deque<Runnable>> undo = new ThreadLocal<>();

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        lock.lock();
        try {
            if (undo.get() != null) {
                return work.get(); // nested: joins the outer transaction
            }
            Deque<Runnable> log = new ArrayDeque<>();
            undo.set(log);
            try {
                return work.get();
            } catch (RuntimeException | Error e) {
                while (!log.isEmpty()) {
                    log.pop().run();
                }
                throw e;
            } finally {
                undo.remove();
            }
        } finally {
            lock.unlock();
        }
    }

    /** Runs one change under the lock, remembering its inverse if a transaction is open. */
    <T> T change(Supplier<T> apply, Runnable inverse) {
        lock.lock();
        try {
            T result = apply.get();
            Deque<Runnable> log = undo.get();
            if (log != null) {
                log.push(inverse);
            }
            return result;
        } finally {
            lock.unlock();
        }
    }

    <T> T read(Supplier<T> query) {
        lock.lock();
        try {
            return query.get();
        } finally {
            lock.unlock();
        }
    }
}
