package org.opencrm.adapter.persistence.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.opencrm.application.port.out.StoredResponse;
import org.opencrm.application.port.out.StoredResponseRepository;

/** Answers to idempotent requests in SQL: one row per (owner, key), found by the stored time when old. */
public final class JooqStoredResponseRepository implements StoredResponseRepository {

    private static final Table<Record> RESPONSE = table(name("stored_response"));
    private static final Field<String> OWNER = field(name("stored_response", "owner"), String.class);
    private static final Field<String> KEY = field(name("stored_response", "idempotency_key"), String.class);
    private static final Field<String> FINGERPRINT = field(name("stored_response", "fingerprint"), String.class);
    private static final Field<String> ANSWER = field(name("stored_response", "answer"), String.class);
    private static final Field<Long> STORED_AT_MS = field(name("stored_response", "stored_at_ms"), Long.class);

    private final JooqSession session;

    public JooqStoredResponseRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public Optional<StoredResponse> find(String owner, String key) {
        return session.with(dsl -> dsl.select(OWNER, KEY, FINGERPRINT, ANSWER, STORED_AT_MS)
                .from(RESPONSE).where(OWNER.eq(owner)).and(KEY.eq(key))
                .fetchOptional(JooqStoredResponseRepository::response));
    }

    @Override
    public boolean add(StoredResponse r) {
        return session.inTransaction(() -> session.with(dsl -> dsl.insertInto(RESPONSE)
                .columns(OWNER, KEY, FINGERPRINT, ANSWER, STORED_AT_MS)
                .values(r.owner(), r.key(), r.fingerprint(), r.answer(), r.storedAt().toEpochMilli())
                .onConflictDoNothing().execute() == 1));
    }

    @Override
    public int removeStoredBefore(Instant cutoff) {
        return session.inTransaction(() -> session.with(dsl -> dsl.deleteFrom(RESPONSE)
                .where(STORED_AT_MS.lt(cutoff.toEpochMilli())).execute()));
    }

    private static StoredResponse response(Record r) {
        return new StoredResponse(r.get(OWNER), r.get(KEY), r.get(FINGERPRINT), r.get(ANSWER),
                Instant.ofEpochMilli(r.get(STORED_AT_MS)));
    }
}
