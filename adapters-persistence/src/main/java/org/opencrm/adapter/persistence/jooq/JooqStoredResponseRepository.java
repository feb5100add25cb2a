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
    private static final Field<Integer> STATUS = field(name("stored_response", "status"), Integer.class);
    private static final Field<String> LOCATION = field(name("stored_response", "location"), String.class);
    private static final Field<String> ETAG = field(name("stored_response", "etag"), String.class);
    private static final Field<String> BODY = field(name("stored_response", "body"), String.class);
    private static final Field<Long> STORED_AT_MS = field(name("stored_response", "stored_at_ms"), Long.class);

    private final JooqSession session;

    public JooqStoredResponseRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public Optional<StoredResponse> find(String owner, String key) {
        return session.with(dsl -> dsl.select(OWNER, KEY, FINGERPRINT, STATUS, LOCATION, ETAG, BODY, STORED_AT_MS)
                .from(RESPONSE).where(OWNER.eq(owner)).and(KEY.eq(key))
                .fetchOptional(JooqStoredResponseRepository::response));
    }

    @Override
    public boolean add(StoredResponse r) {
        return session.inTransaction(() -> session.with(dsl -> dsl.insertInto(RESPONSE)
                .columns(OWNER, KEY, FINGERPRINT, STATUS, LOCATION, ETAG, BODY, STORED_AT_MS)
                .values(r.owner(), r.key(), r.fingerprint(), r.status(), r.location().orElse(null),
                        r.etag().orElse(null), r.body(), r.storedAt().toEpochMilli())
                .onConflictDoNothing().execute() == 1));
    }

    @Override
    public int removeStoredBefore(Instant cutoff) {
        return session.inTransaction(() -> session.with(dsl -> dsl.deleteFrom(RESPONSE)
                .where(STORED_AT_MS.lt(cutoff.toEpochMilli())).execute()));
    }

    private static StoredResponse response(Record r) {
        return new StoredResponse(r.get(OWNER), r.get(KEY), r.get(FINGERPRINT), r.get(STATUS),
                Optional.ofNullable(r.get(LOCATION)), Optional.ofNullable(r.get(ETAG)), r.get(BODY),
                Instant.ofEpochMilli(r.get(STORED_AT_MS)));
    }
}
