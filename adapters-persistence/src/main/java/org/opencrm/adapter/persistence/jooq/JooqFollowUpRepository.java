package org.opencrm.adapter.persistence.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_SEQ;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.opencrm.application.port.out.FollowUpRepository;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.customer.CustomerId;

/** Follow-ups in SQL: a row each, the due day as ISO text (it sorts as the date does). */
public final class JooqFollowUpRepository implements FollowUpRepository {

    private static final Table<Record> FOLLOW_UP = table(name("follow_up"));
    private static final Field<String> ID = field(name("follow_up", "id"), String.class);
    private static final Field<Long> CUSTOMER_KEY = field(name("follow_up", "customer_seq"), Long.class);
    private static final Field<String> DUE_ON = field(name("follow_up", "due_on"), String.class);
    private static final Field<String> OWNER = field(name("follow_up", "owner"), String.class);
    private static final Field<String> REASON = field(name("follow_up", "reason"), String.class);
    private static final Field<Long> CREATED_AT_MS = field(name("follow_up", "created_at_ms"), Long.class);
    private static final Field<Long> DONE_AT_MS = field(name("follow_up", "done_at_ms"), Long.class);

    private final JooqSession session;

    public JooqFollowUpRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public boolean add(FollowUp f) {
        return session.inTransaction(() -> session.with(dsl -> dsl.insertInto(FOLLOW_UP)
                .columns(ID, CUSTOMER_KEY, DUE_ON, OWNER, REASON, CREATED_AT_MS, DONE_AT_MS)
                .values(f.id().value(), CustomerSeq.of(dsl, f.customerId()), f.dueOn().toString(), f.owner().orElse(null),
                        f.reason(), f.createdAt().toEpochMilli(), f.doneAt().map(Instant::toEpochMilli).orElse(null))
                .onConflictDoNothing().execute() == 1));
    }

    @Override
    public void update(FollowUp f) {
        session.inTransaction(() -> session.with(dsl -> {
            int updated = dsl.update(FOLLOW_UP).set(DUE_ON, f.dueOn().toString()).set(OWNER, f.owner().orElse(null))
                    .set(REASON, f.reason()).set(DONE_AT_MS, f.doneAt().map(Instant::toEpochMilli).orElse(null))
                    .where(ID.eq(f.id().value())).execute();
            if (updated != 1) {
                throw new IllegalArgumentException("no follow-up " + f.id().value());
            }
            return null;
        }));
    }

    @Override
    public Optional<FollowUp> findById(FollowUpId id) {
        return session.read(dsl -> rows(dsl).where(ID.eq(id.value())).fetchOptional(JooqFollowUpRepository::followUp));
    }

    @Override
    public List<FollowUp> findByCustomer(CustomerId customer) {
        return session.read(dsl -> rows(dsl).where(CUSTOMER_ID.eq(customer.value())).orderBy(DUE_ON, ID)
                .fetch(JooqFollowUpRepository::followUp));
    }

    @Override
    public void forEachFollowUp(Consumer<FollowUp> sink) {
        session.read(dsl -> {
            JdbcRows.forEach(dsl, rows(dsl).orderBy(ID), r -> sink.accept(new FollowUp(FollowUpId.of(r.getString(1)),
                    CustomerId.of(r.getString(2)), LocalDate.parse(r.getString(3)), Optional.ofNullable(r.getString(4)),
                    r.getString(5), Instant.ofEpochMilli(r.getLong(6)),
                    Optional.ofNullable(JdbcRows.bigint(r, 7)).map(Instant::ofEpochMilli))));
            return null;
        });
    }

    @Override
    public long count() {
        return session.read(dsl -> (long) dsl.fetchCount(FOLLOW_UP));
    }

    @Override
    public List<FollowUp> findAfter(Optional<FollowUpId> after, int limit) {
        Condition from = after.map(a -> ID.gt(a.value())).orElse(DSL.noCondition());
        return session.read(dsl -> rows(dsl).where(from).orderBy(ID).limit(limit)
                .fetch(JooqFollowUpRepository::followUp));
    }

    private static SelectOnConditionStep<Record> rows(DSLContext dsl) {
        return dsl.select(List.<Field<?>>of(ID, CUSTOMER_ID, DUE_ON, OWNER, REASON, CREATED_AT_MS, DONE_AT_MS))
                .from(FOLLOW_UP).join(CUSTOMER).on(CUSTOMER_SEQ.eq(CUSTOMER_KEY));
    }

    private static FollowUp followUp(Record r) {
        return new FollowUp(FollowUpId.of(r.get(ID)), CustomerId.of(r.get(CUSTOMER_ID)), LocalDate.parse(r.get(DUE_ON)),
                Optional.ofNullable(r.get(OWNER)), r.get(REASON), Instant.ofEpochMilli(r.get(CREATED_AT_MS)),
                Optional.ofNullable(r.get(DONE_AT_MS)).map(Instant::ofEpochMilli));
    }
}
