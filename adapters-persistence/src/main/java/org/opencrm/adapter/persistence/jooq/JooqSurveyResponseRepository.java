package org.opencrm.adapter.persistence.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_ID;
import static org.opencrm.adapter.persistence.jooq.Tables.CUSTOMER_SEQ;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectOnConditionStep;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.out.SurveyResponseRepository;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.survey.SurveyResponseId;

/** Survey responses in SQL: a row each, by the customer's surrogate key; a skipped question is NULL. */
public final class JooqSurveyResponseRepository implements SurveyResponseRepository {

    private static final Table<Record> RESPONSE = table(name("survey_response"));
    private static final Field<String> ID = field(name("survey_response", "id"), String.class);
    private static final Field<Long> CUSTOMER_KEY = field(name("survey_response", "customer_seq"), Long.class);
    private static final Field<Long> ANSWERED_AT_MS = field(name("survey_response", "answered_at_ms"), Long.class);
    private static final Field<Integer> SATISFACTION = field(name("survey_response", "satisfaction"), Integer.class);
    private static final Field<Integer> RECOMMEND = field(name("survey_response", "recommend"), Integer.class);
    private static final Field<Integer> REPURCHASE = field(name("survey_response", "repurchase_intention"), Integer.class);
    private static final Field<Integer> TRUST = field(name("survey_response", "trust"), Integer.class);
    private static final Field<Integer> COMMITMENT = field(name("survey_response", "commitment"), Integer.class);
    private static final Field<Integer> INVOLVEMENT = field(name("survey_response", "involvement"), Integer.class);
    private static final Field<Integer> OTHER_PROVIDERS = field(name("survey_response", "other_providers"), Integer.class);
    private static final List<Field<?>> COLUMNS = List.of(ID, CUSTOMER_KEY, ANSWERED_AT_MS, SATISFACTION, RECOMMEND,
            REPURCHASE, TRUST, COMMITMENT, INVOLVEMENT, OTHER_PROVIDERS);
    /** Rows per multi-row insert: 10 × 100 binds suit every dialect. */
    private static final int ROWS_PER_INSERT = 100;

    private final JooqSession session;
    private final RowWriter insert;

    public JooqSurveyResponseRepository(JooqSession session, SqlBackend backend) {
        this.session = session;
        this.insert = backend.rowWriter(session, RESPONSE, COLUMNS, ID, ROWS_PER_INSERT);
    }

    @Override
    public boolean add(SurveyResponse response) {
        return addBatch(List.of(response)) == 1;
    }

    @Override
    public int addBatch(List<SurveyResponse> batch) {
        if (batch.isEmpty()) {
            return 0;
        }
        return session.inTransaction(() -> session.with(dsl -> {
            Set<String> customerIds = new LinkedHashSet<>();
            batch.forEach(r -> customerIds.add(r.customerId().value()));
            Map<String, Long> keys = CustomerSeq.of(dsl, session.customerKeys(), customerIds);
            Set<SurveyResponseId> seen = new HashSet<>();
            List<Object[]> rows = new ArrayList<>(batch.size());
            for (SurveyResponse r : batch) {
                Long customer = keys.get(r.customerId().value());
                if (customer == null) {
                    throw new CustomerNotFoundException(r.customerId().value());
                }
                if (seen.add(r.id())) {
                    SurveyAnswers a = r.answers();
                    rows.add(new Object[] {r.id().value(), customer, r.answeredAt().toEpochMilli(),
                        orNull(a.satisfaction()), orNull(a.recommend()), orNull(a.repurchaseIntention()),
                        orNull(a.trust()), orNull(a.commitment()), orNull(a.involvement()), orNull(a.otherProviders())});
                }
            }
            return insert.write(dsl, rows);
        }));
    }

    @Override
    public Optional<SurveyResponse> findById(SurveyResponseId id) {
        return session.read(dsl -> rows(dsl).where(ID.eq(id.value()))
                .fetchOptional(JooqSurveyResponseRepository::response));
    }

    @Override
    public List<SurveyResponse> findByCustomer(CustomerId customer) {
        return session.read(dsl -> rows(dsl).where(CUSTOMER_ID.eq(customer.value())).orderBy(ANSWERED_AT_MS, ID)
                .fetch(JooqSurveyResponseRepository::response));
    }

    @Override
    public List<SurveyResponse> latestPerCustomer(Instant before) {
        // One ordered pass, keeping each customer's last row: simpler than a window query and as fast at this size.
        return session.read(dsl -> {
            List<SurveyResponse> latest = new ArrayList<>();
            try (var cursor = rows(dsl).where(ANSWERED_AT_MS.lt(before.toEpochMilli()))
                    .orderBy(CUSTOMER_ID, ANSWERED_AT_MS, ID).fetchSize(Streaming.FETCH_SIZE).fetchLazy()) {
                SurveyResponse previous = null;
                for (Record r : cursor) {
                    SurveyResponse current = response(r);
                    if (previous != null && !previous.customerId().equals(current.customerId())) {
                        latest.add(previous);
                    }
                    previous = current;
                }
                if (previous != null) {
                    latest.add(previous);
                }
            }
            return latest;
        });
    }

    @Override
    public long count() {
        return session.read(dsl -> (long) dsl.fetchCount(RESPONSE));
    }

    @Override
    public List<SurveyResponse> findAfter(Optional<SurveyResponseId> after, int limit) {
        Condition from = after.map(a -> ID.gt(a.value())).orElse(DSL.noCondition());
        return session.read(dsl -> rows(dsl).where(from).orderBy(ID).limit(limit)
                .fetch(JooqSurveyResponseRepository::response));
    }

    /** One pass in id order through plain JDBC (the reports read every response). */
    @Override
    public void forEachSurveyResponse(Consumer<SurveyResponse> sink) {
        session.read(dsl -> {
            JdbcRows.forEach(dsl, rows(dsl).orderBy(ID), r -> sink.accept(new SurveyResponse(
                    SurveyResponseId.of(r.getString(1)), CustomerId.of(r.getString(2)),
                    Instant.ofEpochMilli(r.getLong(3)), new SurveyAnswers(answer(r, 4), answer(r, 5), answer(r, 6),
                    answer(r, 7), answer(r, 8), answer(r, 9), answer(r, 10)))));
            return null;
        });
    }

    private static OptionalInt answer(java.sql.ResultSet r, int column) throws java.sql.SQLException {
        Integer value = JdbcRows.integer(r, column);
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static SelectOnConditionStep<Record> rows(DSLContext dsl) {
        List<Field<?>> fields = new ArrayList<>(COLUMNS);
        fields.set(1, CUSTOMER_ID);
        return dsl.select(fields).from(RESPONSE).join(CUSTOMER).on(CUSTOMER_SEQ.eq(CUSTOMER_KEY));
    }

    private static SurveyResponse response(Record r) {
        return new SurveyResponse(SurveyResponseId.of(r.get(ID)), CustomerId.of(r.get(CUSTOMER_ID)),
                Instant.ofEpochMilli(r.get(ANSWERED_AT_MS)), new SurveyAnswers(answer(r, SATISFACTION),
                answer(r, RECOMMEND), answer(r, REPURCHASE), answer(r, TRUST), answer(r, COMMITMENT),
                answer(r, INVOLVEMENT), answer(r, OTHER_PROVIDERS)));
    }

    private static OptionalInt answer(Record r, Field<Integer> field) {
        Integer value = r.get(field);
        return value == null ? OptionalInt.empty() : OptionalInt.of(value);
    }

    private static Integer orNull(OptionalInt value) {
        return value.isPresent() ? value.getAsInt() : null;
    }
}
