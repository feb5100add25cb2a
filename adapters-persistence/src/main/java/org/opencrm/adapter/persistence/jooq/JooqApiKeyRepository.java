package org.opencrm.adapter.persistence.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.opencrm.application.port.out.ApiKeyRepository;
import org.opencrm.domain.access.ApiKey;
import org.opencrm.domain.access.ApiKeyId;
import org.opencrm.domain.access.ApiScope;

/** API keys in SQL: one row per key, the secret's hash only. */
public final class JooqApiKeyRepository implements ApiKeyRepository {

    private static final Table<Record> KEY = table(name("api_key"));
    private static final Field<String> ID = field(name("api_key", "id"), String.class);
    private static final Field<String> NAME = field(name("api_key", "name"), String.class);
    private static final Field<String> SCOPES = field(name("api_key", "scopes"), String.class);
    private static final Field<String> SECRET_HASH = field(name("api_key", "secret_hash"), String.class);
    private static final Field<Long> CREATED_AT_MS = field(name("api_key", "created_at_ms"), Long.class);
    private static final Field<Long> REVOKED_AT_MS = field(name("api_key", "revoked_at_ms"), Long.class);

    private final JooqSession session;

    public JooqApiKeyRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public void save(ApiKey k) {
        Long revoked = k.revokedAt().map(Instant::toEpochMilli).orElse(null);
        session.inTransaction(() -> session.with(dsl -> dsl.insertInto(KEY)
                .columns(ID, NAME, SCOPES, SECRET_HASH, CREATED_AT_MS, REVOKED_AT_MS)
                .values(k.id().value(), k.name(), k.scopeCodes(), k.secretHash(), k.createdAt().toEpochMilli(), revoked)
                .onConflict(ID).doUpdate()
                .set(NAME, k.name()).set(SCOPES, k.scopeCodes()).set(REVOKED_AT_MS, revoked)
                .execute()));
    }

    @Override
    public Optional<ApiKey> findById(ApiKeyId id) {
        return session.with(dsl -> dsl.select(ID, NAME, SCOPES, SECRET_HASH, CREATED_AT_MS, REVOKED_AT_MS).from(KEY)
                .where(ID.eq(id.value())).fetchOptional(JooqApiKeyRepository::key));
    }

    @Override
    public List<ApiKey> findAll() {
        return session.with(dsl -> dsl.select(ID, NAME, SCOPES, SECRET_HASH, CREATED_AT_MS, REVOKED_AT_MS).from(KEY)
                .orderBy(CREATED_AT_MS, ID).fetch(JooqApiKeyRepository::key));
    }

    private static ApiKey key(Record r) {
        Set<ApiScope> scopes = EnumSet.noneOf(ApiScope.class);
        for (String code : r.get(SCOPES).split(",")) {
            scopes.add(ApiScope.ofCode(code));
        }
        return new ApiKey(ApiKeyId.of(r.get(ID)), r.get(NAME), scopes, r.get(SECRET_HASH),
                Instant.ofEpochMilli(r.get(CREATED_AT_MS)),
                Optional.ofNullable(r.get(REVOKED_AT_MS)).map(Instant::ofEpochMilli));
    }
}
