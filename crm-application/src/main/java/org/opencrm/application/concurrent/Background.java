package org.opencrm.application.concurrent;

import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * One computation on a thread of its own while the caller does other work: a report's independent reads (the
 * facts of every customer, a pass over the purchase histories) then cost about the longer of the two rather
 * than their sum. {@link #join} hands back the result, or the computation's failure on the caller's thread.
 */
public final class Background<T> {

    private final Thread thread;
    private final AtomicReference<T> result = new AtomicReference<>();
    private final AtomicReference<RuntimeException> failure = new AtomicReference<>();

    private Background(Supplier<T> work, String name) {
        thread = new Thread(() -> {
            try {
                result.set(work.get());
            } catch (RuntimeException e) {
                failure.set(e);
            }
        }, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** Starts {@code work} on a daemon thread named {@code name}. */
    public static <T> Background<T> start(Supplier<T> work, String name) {
        return new Background<>(work, name);
    }

    /** Waits for the result; rethrows what the work threw. */
    public T join() {
        try {
            thread.join();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for " + thread.getName(), e);
        }
        if (failure.get() != null) {
            throw failure.get();
        }
        return result.get();
    }
}
