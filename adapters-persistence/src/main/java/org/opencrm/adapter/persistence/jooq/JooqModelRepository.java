package org.opencrm.adapter.persistence.jooq;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Table;
import org.opencrm.application.port.out.ModelRepository;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;

/** Fitted models in SQL, one row per fit. */
public final class JooqModelRepository implements ModelRepository {

    private static final Table<Record> MODEL = table(name("fitted_model"));
    private static final Field<String> KIND = field(name("fitted_model", "kind"), String.class);
    private static final Field<String> PARAMETERS = field(name("fitted_model", "parameters"), String.class);
    private static final Field<Double> LOG_LIKELIHOOD = field(name("fitted_model", "log_likelihood"), Double.class);
    private static final Field<String> CALIBRATION_END = field(name("fitted_model", "calibration_end"), String.class);
    private static final Field<String> TIME_UNIT = field(name("fitted_model", "time_unit"), String.class);
    private static final Field<Long> CUSTOMERS = field(name("fitted_model", "customers"), Long.class);
    private static final Field<Long> FITTED_AT_MS = field(name("fitted_model", "fitted_at_ms"), Long.class);
    private static final Field<Boolean> CONVERGED = field(name("fitted_model", "converged"), Boolean.class);
    private static final Field<Integer> EVALUATIONS = field(name("fitted_model", "evaluations"), Integer.class);

    private final JooqSession session;

    public JooqModelRepository(JooqSession session) {
        this.session = session;
    }

    @Override
    public void save(FittedModel m) {
        session.inTransaction(() -> session.with(dsl -> dsl.insertInto(MODEL)
                .columns(KIND, PARAMETERS, LOG_LIKELIHOOD, CALIBRATION_END, TIME_UNIT, CUSTOMERS, FITTED_AT_MS,
                        CONVERGED, EVALUATIONS)
                .values(m.kind().code(), encode(m.parameters()), m.logLikelihood(), m.calibrationEnd().toString(),
                        m.unit().name(), m.customers(), m.fittedAt().toEpochMilli(), m.converged(), m.evaluations())
                .execute()));
    }

    @Override
    public Optional<FittedModel> findLatest(ModelKind kind) {
        return findAll(kind).stream().findFirst();
    }

    @Override
    public List<FittedModel> findAll(ModelKind kind) {
        return session.with(dsl -> dsl.select(KIND, PARAMETERS, LOG_LIKELIHOOD, CALIBRATION_END, TIME_UNIT, CUSTOMERS,
                        FITTED_AT_MS, CONVERGED, EVALUATIONS)
                .from(MODEL).where(KIND.eq(kind.code())).orderBy(FITTED_AT_MS.desc()).fetch()
                .map(r -> new FittedModel(ModelKind.ofCode(r.get(KIND)), decode(r.get(PARAMETERS)), r.get(LOG_LIKELIHOOD),
                        LocalDate.parse(r.get(CALIBRATION_END)), ModelTimeUnit.valueOf(r.get(TIME_UNIT)),
                        r.get(CUSTOMERS), Instant.ofEpochMilli(r.get(FITTED_AT_MS)), r.get(CONVERGED),
                        r.get(EVALUATIONS))));
    }

    private static String encode(Map<String, Double> parameters) {
        return parameters.entrySet().stream().map(e -> e.getKey() + "=" + Double.toString(e.getValue()))
                .collect(Collectors.joining(";"));
    }

    private static Map<String, Double> decode(String text) {
        Map<String, Double> parameters = new TreeMap<>();
        for (String pair : text.split(";")) {
            int eq = pair.indexOf('=');
            parameters.put(pair.substring(0, eq), Double.parseDouble(pair.substring(eq + 1)));
        }
        return parameters;
    }
}
