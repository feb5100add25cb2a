package org.opencrm.adapter.persistence.jooq;

import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_SEQ;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.domain.customer.CustomerId;

/** The surrogate key fact tables hold for a customer; an unknown customer is refused by id. */
final class CustomerSeq {

    private CustomerSeq() {
    }

    /**
     * The keys of {@code customerIds}, from the session's cache where it has them and from the database (a few
     * IN lists) for the rest, which the cache then keeps; an unknown customer is absent from the answer.
     */
    static Map<String, Long> of(DSLContext dsl, CustomerKeys cache, Collection<String> customerIds) {
        Map<String, Long> keys = new HashMap<>(customerIds.size() * 2);
        List<String> missing = new ArrayList<>();
        cache.bound();
        for (String id : customerIds) {
            Long key = cache.get(id);
            if (key == null) {
                missing.add(id);
            } else {
                keys.put(id, key);
            }
        }
        KeySets.lookup(dsl, missing, CUSTOMER, CUSTOMER_ID, CUSTOMER_SEQ, DSL.noCondition(), r -> r.getLong(2),
                (id, seq) -> {
                    keys.put(id, seq);
                    cache.put(id, seq);
                });
        return keys;
    }

    /**
     * Replaces the customer ids left in {@code column} of {@code rows} (those whose key the caller did not have) by
     * the customers' keys, looked up together; an unknown customer is refused by id.
     */
    static void resolve(DSLContext dsl, CustomerKeys cache, List<Object[]> rows, int column) {
        Set<String> missing = new HashSet<>();
        for (Object[] row : rows) {
            if (row[column] instanceof String customerId) {
                missing.add(customerId);
            }
        }
        if (missing.isEmpty()) {
            return;
        }
        Map<String, Long> keys = of(dsl, cache, missing);
        for (Object[] row : rows) {
            if (row[column] instanceof String customerId) {
                Long key = keys.get(customerId);
                if (key == null) {
                    throw new CustomerNotFoundException(customerId);
                }
                row[column] = key;
            }
        }
    }

    static long of(DSLContext dsl, CustomerId customer) {
        Long seq = dsl.select(CUSTOMER_SEQ).from(CUSTOMER).where(CUSTOMER_ID.eq(customer.value())).fetchOne(CUSTOMER_SEQ);
        if (seq == null) {
            throw new CustomerNotFoundException(customer.value());
        }
        return seq;
    }
}
