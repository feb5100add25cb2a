package org.opencrm.adapter.persistence.jooq;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.BiConsumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
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

    /** Reads the value column of a row; a lookup's second column. */
    @FunctionalInterface
    interface Value<V> {
        V read(ResultSet row) throws SQLException;
    }

    /**
     * Looks many keys up in one table: {@code select key, value from table where scope and key in (...)}, a few IN
     * lists (or one array) at a time; from {@link #SCAN_AT} keys on (a bulk import's batch), one pass over the scope
     * instead, keeping the wanted rows, which is faster than that many lists. Rows go through plain JDBC.
     */
    static <V> void lookup(DSLContext dsl, Collection<String> keys, Table<?> table, Field<String> key, Field<?> value,
                           Condition scope, Value<V> reader, BiConsumer<String, V> found) {
        Set<String> wanted = new HashSet<>(keys);
        if (wanted.size() >= SCAN_AT) {
            JdbcRows.forEach(dsl, dsl.select(key, value).from(table).where(scope), r -> {
                String k = r.getString(1);
                if (wanted.contains(k)) {
                    found.accept(k, reader.read(r));
                }
            });
            return;
        }
        for (List<String> chunk : batches(dsl, wanted)) {
            JdbcRows.forEach(dsl, dsl.select(key, value).from(table).where(scope).and(in(dsl, key, chunk)),
                    r -> found.accept(r.getString(1), reader.read(r)));
        }
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
