package org.opencrm.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.opencrm.domain.customer.CustomerId;

/** What the fact repositories kept in a map by id share: moving one customer's facts to another. */
final class MemoryFacts {

    private MemoryFacts() {
    }

    /** Rewrites every fact of {@code from} as {@code to}'s, each change undone with the transaction; counts them. */
    static <K, V> long reassign(MemoryUnitOfWork unitOfWork, Map<K, V> facts, Function<V, CustomerId> owner,
                                BiFunction<V, CustomerId, V> withCustomer, CustomerId from, CustomerId to) {
        return unitOfWork.inTransaction(() -> {
            List<Map.Entry<K, V>> owned = new ArrayList<>();
            unitOfWork.read(() -> {
                facts.entrySet().stream().filter(e -> owner.apply(e.getValue()).equals(from))
                        .forEach(e -> owned.add(Map.entry(e.getKey(), e.getValue())));
                return null;
            });
            for (Map.Entry<K, V> e : owned) {
                unitOfWork.change(() -> facts.put(e.getKey(), withCustomer.apply(e.getValue(), to)),
                        () -> facts.put(e.getKey(), e.getValue()));
            }
            return (long) owned.size();
        });
    }
}
