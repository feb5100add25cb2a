package org.opencrm.adapter.persistence.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.opencrm.application.port.out.SegmentRepository;
import org.opencrm.domain.segment.Segment;

/** Segment versions in SQL, a row each (db/migration V11 on SQLite, V13 on PostgreSQL). */
public final class JooqSegmentRepository implements SegmentRepository {

    private static final Table<Record> SEGMENT = table(name("segment"));
    private static final Field<String> NAME = field(name("segment", "name"), String.class);
    private static final Field<Integer> VERSION = field(name("segment", "version"), Integer.class);
    private static final Field<String> EXPRESSION = field(name("segment", "expression"), String.class);
    private static final Field<Long> SAVED_AT_MS = field(name("segment", "saved_at_ms"), Long.class);

    private final JooqSession session;

    public JooqSegmentRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public void add(Segment s) {
        session.inTransaction(() -> session.with(dsl -> {
            int added = dsl.insertInto(SEGMENT).columns(NAME, VERSION, EXPRESSION, SAVED_AT_MS)
                    .values(s.name(), s.version(), s.expression(), s.savedAt().toEpochMilli())
                    .onConflictDoNothing().execute();
            if (added != 1) {
                throw new IllegalArgumentException("segment " + s.name() + " version " + s.version()
                        + " is stored already");
            }
            return null;
        }));
    }

    @Override
    public Optional<Segment> findLatest(String name) {
        return session.read(dsl -> dsl.selectFrom(SEGMENT).where(NAME.eq(name)).orderBy(VERSION.desc()).limit(1)
                .fetchOptional(JooqSegmentRepository::segment));
    }

    @Override
    public Optional<Segment> find(String name, int version) {
        return session.read(dsl -> dsl.selectFrom(SEGMENT).where(NAME.eq(name)).and(VERSION.eq(version))
                .fetchOptional(JooqSegmentRepository::segment));
    }

    @Override
    public List<Segment> findAll() {
        return session.read(dsl -> dsl.selectFrom(SEGMENT).orderBy(NAME, VERSION).fetch(JooqSegmentRepository::segment));
    }

    private static Segment segment(Record r) {
        return new Segment(r.get(NAME), r.get(VERSION), r.get(EXPRESSION), Instant.ofEpochMilli(r.get(SAVED_AT_MS)));
    }
}
