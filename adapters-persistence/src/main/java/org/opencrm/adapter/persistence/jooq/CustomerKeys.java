package org.opencrm.adapter.persistence.jooq;

import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_SEQ;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;

/**
 * The customers' surrogate keys known to a session: assigned by the customer repository when it inserts,
 * read by the purchase repository when it stores purchases, so a bulk import never asks the database for keys
 * it has just written. Forgotten on rollback (the keys may be taken back); bounded in size.
 */
final class CustomerKeys {

    private static final int MAX_KEYS = 1_000_000;
    private final Map<String, Long> byId = new HashMap<>();

    Long get(String customerId) {
        return byId.get(customerId);
    }

    void put(String customerId, long seq) {
        byId.put(customerId, seq);
    }

    /** Called before each batch: past the bound, start over (keys missing later are looked up). */
    void bound() {
        if (byId.size() > MAX_KEYS) {
            byId.clear();
        }
    }

    void forget(String customerId) {
        byId.remove(customerId);
    }

    void clear() {
        byId.clear();
    }

    /** The first of the next free keys; read inside the writing transaction, which holds the write lock. */
    static long nextFree(DSLContext dsl) {
        return Optional.ofNullable(dsl.select(DSL.max(CUSTOMER_SEQ)).from(CUSTOMER).fetchOne(0, Long.class))
                .orElse(0L) + 1;
    }
}
