package org.opencrm.adapter.persistence.jooq;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;

/**
 * Lookups of many keys at once. PostgreSQL takes the keys as one array: one round trip and one plan whatever
 * their number. SQLite has no arrays, so there the keys go in {@code IN} lists of a few
 * hundred, within its limit on bind variables.
 */
final class KeySets {

    /** From this many keys on, a lookup reads the whole (indexed) key column once instead of key lists. */
    static final int SCAN_AT = 10_000;

    private KeySets() {
    }

    /** The keys, distinct, in as few batches as the dialect allows. */
    static List<List<String>> batches(DSLContext dsl, Collection<String> keys) {
        List<String> distinct = keys.stream().distinct().toList();
        if (distinct.isEmpty()) {
            return List.of();
        }
        return dsl.dialect() == SQLDialect.POSTGRES ? List.of(distinct) : chunks(distinct, JooqCustomerRepository.CHUNK);
    }

    /** {@code items} in consecutive pieces of at most {@code size}: bind lists a database takes in one statement. */
    static <T> List<List<T>> chunks(List<T> items, int size) {
        List<List<T>> chunks = new ArrayList<>();
        for (int i = 0; i < items.size(); i += size) {
            chunks.add(items.subList(i, Math.min(items.size(), i + size)));
        }
        return chunks;
    }

    /**
     * "field is one of the batch's keys". On PostgreSQL a semi-join with the unnested array: a bare
     * {@code = ANY (?)} over a parameter is searched linearly for every row of a sequential scan.
     */
    static Condition in(DSLContext dsl, Field<String> field, List<String> batch) {
        if (dsl.dialect() != SQLDialect.POSTGRES) {
            return field.in(batch);
        }
        return field.in(DSL.select(DSL.field("unnest({0})", String.class, DSL.val(batch.toArray(String[]::new)))));
    }
}
