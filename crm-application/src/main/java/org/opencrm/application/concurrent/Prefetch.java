package org.opencrm.application.concurrent;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;
import java.util.function.Supplier;

/**
 * Runs a producer on a second thread while the caller consumes what it produced, so that reading (a file,
 * a database scan) overlaps with the work done on each item: the whole costs about max(produce, consume)
 * instead of their sum. Items keep their order; at most a chosen number (32,768 by default) wait in memory; a failure of the
 * producer surfaces on the caller's thread.
 */
public final class Prefetch<T> implements Iterator<T>, AutoCloseable {

    private static final int CHUNK = 2_048;
    private static final int DEFAULT_CAPACITY = 16 * CHUNK;

    /** What the producer hands over: items, a failure, or the end (both null). */
    private record Handoff<T>(List<T> items, RuntimeException failure) {
    }

    private final BlockingQueue<Handoff<T>> queue;
    private final Thread producer;
    private Iterator<T> current = List.<T>of().iterator();
    private boolean finished;

    private Prefetch(Consumer<Consumer<T>> source, String name, int capacity) {
        queue = new ArrayBlockingQueue<>(Math.max(2, capacity / CHUNK));
        producer = new Thread(() -> produce(source), name);
        producer.setDaemon(true);
        producer.start();
    }

    /** Iterates {@code source}, reading ahead on a thread named {@code name}. Close it if you stop early. */
    public static <T> Prefetch<T> of(Iterator<T> source, String name) {
        return of(source, name, DEFAULT_CAPACITY);
    }

    /** As {@link #of(Iterator, String)}, reading up to about {@code capacity} items ahead. */
    public static <T> Prefetch<T> of(Iterator<T> source, String name, int capacity) {
        return new Prefetch<>(sink -> source.forEachRemaining(sink), name, capacity);
    }

    /** Runs {@code source} on a thread named {@code name}; iterate what it pushes. Close it if you stop early. */
    public static <T> Prefetch<T> from(Consumer<Consumer<T>> source, String name) {
        return new Prefetch<>(source, name, DEFAULT_CAPACITY);
    }

    /** Feeds everything {@code source} pushes to {@code consumer}, the two running on different threads. */
    public static <T> void pipe(Consumer<Consumer<T>> source, Consumer<T> consumer, String name) {
        try (Prefetch<T> items = new Prefetch<>(source, name, DEFAULT_CAPACITY)) {
            items.forEachRemaining(consumer);
        }
    }

    /**
     * Feeds everything {@code source} pushes to consumers on {@code threads} threads, the caller's among them,
     * chunk by chunk: each thread's consumer (made by {@code consumers}, one per thread, on the caller's thread)
     * sees a share of the items, in no particular order. For work whose results add up whatever the order, such
     * as counting. A failure of the source or of any consumer surfaces on the caller's thread.
     */
    public static <T> void pipe(Consumer<Consumer<T>> source, Supplier<Consumer<T>> consumers, int threads,
                                String name) {
        if (threads <= 1) {
            pipe(source, consumers.get(), name);
            return;
        }
        List<Thread> helpers = new ArrayList<>();
        AtomicReference<RuntimeException> failed = new AtomicReference<>();
        try (Prefetch<T> items = new Prefetch<>(source, name, DEFAULT_CAPACITY)) {
            for (int i = 1; i < threads; i++) {
                Consumer<T> consumer = consumers.get();
                Thread helper = new Thread(() -> {
                    try {
                        items.drainShared(consumer);
                    } catch (Stopped e) {
                        // the caller has stopped: so do we
                    } catch (RuntimeException e) {
                        failed.compareAndSet(null, e);
                    }
                }, name + "-" + i);
                helper.setDaemon(true);
                helpers.add(helper);
                helper.start();
            }
            items.drainShared(consumers.get());
            for (Thread helper : helpers) {
                helper.join();
            }
        } catch (InterruptedException | Stopped e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for input", e);
        } finally {
            helpers.forEach(Thread::interrupt);
        }
        if (failed.get() != null) {
            throw failed.get();
        }
    }

    /** Takes whole chunks until the end, along with other threads doing the same; passes the end on to them. */
    private void drainShared(Consumer<T> consumer) {
        while (true) {
            Handoff<T> next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                throw new Stopped();
            }
            if (next.items() == null) {
                // The end or a failure: the last thing the producer hands over, so there is room to leave it for
                // the other threads.
                queue.offer(next);
                if (next.failure() != null) {
                    throw next.failure();
                }
                return;
            }
            next.items().forEach(consumer);
        }
    }

    private void produce(Consumer<Consumer<T>> source) {
        Batcher batcher = new Batcher();
        try {
            source.accept(batcher);
            put(new Handoff<>(batcher.items, null));
            put(new Handoff<>(null, null));
        } catch (Stopped e) {
            // the consumer closed us: stop producing
        } catch (RuntimeException e) {
            try {
                put(new Handoff<>(batcher.items, null)); // what came before the failure still counts
                put(new Handoff<>(null, e));
            } catch (Stopped stopped) {
                // nobody is listening any more
            }
        }
    }

    private void put(Handoff<T> handoff) {
        try {
            queue.put(handoff);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new Stopped();
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !finished) {
            try {
                take(queue.take());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while waiting for input", e);
            }
        }
        return current.hasNext();
    }

    /** Makes a handoff the current chunk, the end, or the failure it carries. */
    private void take(Handoff<T> next) {
        if (next.failure() != null) {
            finished = true;
            throw next.failure();
        }
        if (next.items() == null) {
            finished = true;
        } else {
            current = next.items().iterator();
        }
    }

    /** Hands over what has arrived so far without waiting for more; for interleaving with other work. */
    public void drainAvailable(Consumer<? super T> consumer) {
        while (true) {
            while (current.hasNext()) {
                consumer.accept(current.next());
            }
            if (finished) {
                return;
            }
            Handoff<T> next = queue.poll();
            if (next == null) {
                return;
            }
            take(next);
        }
    }

    @Override
    public T next() {
        if (!hasNext()) {
            throw new NoSuchElementException();
        }
        return current.next();
    }

    @Override
    public void close() {
        producer.interrupt();
    }

    /** Collects the producer's items into chunks and hands each full chunk over. */
    private final class Batcher implements Consumer<T> {
        private List<T> items = new ArrayList<>(CHUNK);

        @Override
        public void accept(T item) {
            items.add(item);
            if (items.size() == CHUNK) {
                put(new Handoff<>(items, null));
                items = new ArrayList<>(CHUNK);
            }
        }
    }

    /** Unwinds the producer when the consumer has gone away. */
    private static final class Stopped extends RuntimeException {
        private static final long serialVersionUID = 1L;
    }
}
