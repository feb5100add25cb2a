package org.opencrm.adapter.rest.importing;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.domain.customer.ExternalId;

/**
 * What the bulk-import resources share: the CLI's CSV layouts, the Idempotency-Key (a replay answers the first
 * summary without reading its body), the first rejects listed in the answer (the counts are always complete),
 * and the rows counted in {@value #ROWS} by entity and outcome.
 */
public final class BulkImport {

    /** How many rejected lines the response lists. */
    public static final int MAX_LISTED_REJECTS = 1000;
    /** Rows imported over HTTP, by entity and outcome. */
    public static final String ROWS = "crm.import.rows";
    /** Rows per committed batch over HTTP. */
    public static final int BATCH = 10_000;

    private final CsvReaders csv = new CsvReaders();
    private final IdempotencyKeys idempotency;
    private final MeterRegistry metrics;

    public BulkImport(IdempotencyKeys idempotency, MeterRegistry metrics) {
        this.idempotency = Objects.requireNonNull(idempotency);
        this.metrics = Objects.requireNonNull(metrics);
    }

    /** Readers of the import commands' CSV layouts. */
    /** The source system the customers' ids of an import are from: {@code ?source=}, or the default one. */
    public static String customerSource(String source) {
        return source == null || source.isBlank() ? ExternalId.DEFAULT_SOURCE : source;
    }

    public CsvReaders csv() {
        return csv;
    }

    /**
     * Runs {@code importer} under the request's Idempotency-Key, if one is given ({@code fingerprint} names
     * what a reuse of the key must repeat), and answers 200 with its summary.
     */
    public Response run(SecurityContext security, String idempotencyKey, String fingerprint, String entity,
                        Function<ImportListener, ImportSummary> importer) {
        // The batches commit on their own: a replay is answered from the store once the import has finished.
        return idempotency.run(IdempotencyKeys.owner(security), idempotencyKey, fingerprint,
                IdempotentRequestUseCase.Mode.OWN_TRANSACTIONS, () -> Response.ok(summary(entity, importer)).build());
    }

    private ImportResultJson summary(String entity, Function<ImportListener, ImportSummary> importer) {
        List<RejectedRow> rejects = new ArrayList<>();
        ImportSummary summary = importer.apply(new ImportListener() {
            @Override
            public void rejected(RejectedRow row) {
                if (rejects.size() < MAX_LISTED_REJECTS) {
                    rejects.add(row);
                }
            }
        });
        metrics.counter(ROWS, "entity", entity, "outcome", "imported").increment(summary.imported());
        metrics.counter(ROWS, "entity", entity, "outcome", "updated").increment(summary.updated());
        metrics.counter(ROWS, "entity", entity, "outcome", "duplicate").increment(summary.duplicates());
        metrics.counter(ROWS, "entity", entity, "outcome", "rejected").increment(summary.rejected());
        return new ImportResultJson(summary.read(), summary.imported(), summary.updated(), summary.duplicates(),
                summary.rejected(), summary.customersCreated(), rejects.stream()
                        .map(r -> new ImportResultJson.Reject(r.position().line(), r.field(), r.reason())).toList());
    }
}
