package org.opencrm.application.port.out;

import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.Function;

/** Reads a table in key order a page at a time: each page after the previous page's last key, until a short page. */
public final class KeyPages {

    private KeyPages() {
    }

    /** Hands every page of {@code size} that {@code read} returns (after the given key) to {@code sink}. */
    public static <T, K> void forEach(Function<Optional<K>, List<T>> read, Function<T, K> key, int size,
                                      Consumer<List<T>> sink) {
        List<T> page = read.apply(Optional.empty());
        while (!page.isEmpty()) {
            sink.accept(page);
            page = page.size() < size ? List.of() : read.apply(Optional.of(key.apply(page.get(page.size() - 1))));
        }
    }
}
