package org.opencrm.adapter.persistence.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_SEQ;

import java.time.Instant;
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
import org.opencrm.application.port.out.ComplaintRepository;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.ComplaintStatus;
import org.opencrm.domain.complaint.Severity;
import org.opencrm.domain.customer.CustomerId;

/** Complaint cases in SQL: a row each in its current state, by the customer's surrogate key. */
public final class JooqComplaintRepository implements ComplaintRepository {

    private static final Table<Record> COMPLAINT = table(name("complaint"));
    private static final Field<String> ID = field(name("complaint", "id"), String.class);
    private static final Field<Long> CUSTOMER_KEY = field(name("complaint", "customer_seq"), Long.class);
    private static final Field<Long> OPENED_AT_MS = field(name("complaint", "opened_at_ms"), Long.class);
    private static final Field<String> CATEGORY = field(name("complaint", "category"), String.class);
    private static final Field<String> SEVERITY = field(name("complaint", "severity"), String.class);
    private static final Field<String> SUMMARY = field(name("complaint", "summary"), String.class);
    private static final Field<String> STATUS = field(name("complaint", "status"), String.class);
    private static final Field<Long> UPDATED_AT_MS = field(name("complaint", "updated_at_ms"), Long.class);
    private static final Field<Long> RESOLVED_AT_MS = field(name("complaint", "resolved_at_ms"), Long.class);
    private static final Field<String> RESOLUTION = field(name("complaint", "resolution"), String.class);
    private static final Field<Integer> REOPENED = field(name("complaint", "reopened"), Integer.class);

    private final JooqSession session;

    public JooqComplaintRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public boolean add(Complaint c) {
        return session.inTransaction(() -> session.with(dsl -> dsl.insertInto(COMPLAINT)
                .columns(ID, CUSTOMER_KEY, OPENED_AT_MS, CATEGORY, SEVERITY, SUMMARY, STATUS, UPDATED_AT_MS,
                        RESOLVED_AT_MS, RESOLUTION, REOPENED)
                .values(c.id().value(), CustomerSeq.of(dsl, c.customerId()), c.openedAt().toEpochMilli(), c.category(),
                        c.severity().code(), c.summary(), c.status().code(), c.updatedAt().toEpochMilli(),
                        c.resolvedAt().map(Instant::toEpochMilli).orElse(null), c.resolution().orElse(null),
                        c.reopened())
                .onConflictDoNothing().execute() == 1));
    }

    @Override
    public void update(Complaint c) {
        session.inTransaction(() -> session.with(dsl -> {
            int updated = dsl.update(COMPLAINT).set(STATUS, c.status().code())
                    .set(UPDATED_AT_MS, c.updatedAt().toEpochMilli())
                    .set(RESOLVED_AT_MS, c.resolvedAt().map(Instant::toEpochMilli).orElse(null))
                    .set(RESOLUTION, c.resolution().orElse(null)).set(REOPENED, c.reopened())
                    .set(CATEGORY, c.category()).set(SEVERITY, c.severity().code()).set(SUMMARY, c.summary())
                    .where(ID.eq(c.id().value())).execute();
            if (updated != 1) {
                throw new IllegalArgumentException("no complaint " + c.id().value());
            }
            return null;
        }));
    }

    @Override
    public Optional<Complaint> findById(ComplaintId id) {
        return session.read(dsl -> rows(dsl).where(ID.eq(id.value())).fetchOptional(JooqComplaintRepository::complaint));
    }

    @Override
    public List<Complaint> findByCustomer(CustomerId customer) {
        return session.read(dsl -> rows(dsl).where(CUSTOMER_ID.eq(customer.value())).orderBy(OPENED_AT_MS, ID)
                .fetch(JooqComplaintRepository::complaint));
    }

    @Override
    public void forEachComplaint(Consumer<Complaint> sink) {
        session.read(dsl -> {
            try (var cursor = rows(dsl).orderBy(ID).fetchSize(Streaming.FETCH_SIZE).fetchLazy()) {
                cursor.forEach(r -> sink.accept(complaint(r)));
            }
            return null;
        });
    }

    @Override
    public long count() {
        return session.read(dsl -> (long) dsl.fetchCount(COMPLAINT));
    }

    @Override
    public List<Complaint> findAfter(Optional<ComplaintId> after, int limit) {
        Condition from = after.map(a -> ID.gt(a.value())).orElse(DSL.noCondition());
        return session.read(dsl -> rows(dsl).where(from).orderBy(ID).limit(limit)
                .fetch(JooqComplaintRepository::complaint));
    }

    private static SelectOnConditionStep<Record> rows(DSLContext dsl) {
        return dsl.select(List.<Field<?>>of(ID, CUSTOMER_ID, OPENED_AT_MS, CATEGORY, SEVERITY, SUMMARY, STATUS,
                        UPDATED_AT_MS, RESOLVED_AT_MS, RESOLUTION, REOPENED))
                .from(COMPLAINT).join(CUSTOMER).on(CUSTOMER_SEQ.eq(CUSTOMER_KEY));
    }

    private static Complaint complaint(Record r) {
        return new Complaint(ComplaintId.of(r.get(ID)), CustomerId.of(r.get(CUSTOMER_ID)),
                Instant.ofEpochMilli(r.get(OPENED_AT_MS)), r.get(CATEGORY), Severity.ofCode(r.get(SEVERITY)),
                r.get(SUMMARY), ComplaintStatus.ofCode(r.get(STATUS)), Instant.ofEpochMilli(r.get(UPDATED_AT_MS)),
                Optional.ofNullable(r.get(RESOLVED_AT_MS)).map(Instant::ofEpochMilli),
                Optional.ofNullable(r.get(RESOLUTION)), r.get(REOPENED));
    }
}
