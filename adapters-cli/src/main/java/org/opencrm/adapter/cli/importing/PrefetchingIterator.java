package org.opencrm.adapter.cli.importing;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.NoSuchElementException;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;

/**
 * Reads and parses rows on a second thread while the caller writes the previous ones to the store, so an
 * import costs about max(parse, write) instead of their sum. Rows keep their order; a failure while reading
 * surfaces on the caller's thread; at most {@code CHUNKS × CHUNK} rows wait in memory.
 */
final class PrefetchingIterator<T> implements Iterator<T>, AutoCloseable {

    private static final int CHUNK = 2_048;
    private static final int CHUNKS = 16;

    /** What the reader hands over: rows, a failure, or the end. */
    private record Handoff<T>(List<T> rows, RuntimeException failure) {
    }

    private final BlockingQueue<Handoff<T>> queue = new ArrayBlockingQueue<>(CHUNKS);
    private final Thread reader;
    private Iterator<T> current = List.<T>of().iterator();
    private boolean finished;

    PrefetchingIterator(Iterator<T> source, String name) {
        reader = new Thread(() -> read(source), name);
        reader.setDaemon(true);
        reader.start();
    }

    private void read(Iterator<T> source) {
        try {
            List<T> chunk = new ArrayList<>(CHUNK);
            while (source.hasNext()) {
                chunk.add(source.next());
                if (chunk.size() == CHUNK) {
                    queue.put(new Handoff<>(chunk, null));
                    chunk = new ArrayList<>(CHUNK);
                }
            }
            queue.put(new Handoff<>(chunk, null));
            queue.put(new Handoff<>(null, null));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt(); // closed by the consumer: stop reading
        } catch (RuntimeException e) {
            try {
                queue.put(new Handoff<>(null, e));
            } catch (InterruptedException interrupted) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean hasNext() {
        while (!current.hasNext() && !finished) {
            Handoff<T> next;
            try {
                next = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException("interrupted while reading the input", e);
            }
            if (next.failure() != null) {
                finished = true;
                throw next.failure();
            }
            if (next.rows() == null) {
                finished = true;
            } else {
                current = next.rows().iterator();
            }
        }
        return current.hasNext();
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
        reader.interrupt();
    }
}
