package org.opencrm.adapter.rest.importing;

import io.micrometer.core.instrument.MeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;

/**
 * Runs one bulk import for a resource: lists the first rejects in the answer (the counts are always complete)
 * and counts the rows in {@value #ROWS}, tagged by what was imported and the outcome.
 */
public final class BulkImport {

    /** How many rejected lines the response lists. */
    public static final int MAX_LISTED_REJECTS = 1000;
    /** Rows imported over HTTP, by entity and outcome. */
    public static final String ROWS = "crm.import.rows";
    /** Rows per committed batch over HTTP. */
    public static final int BATCH = 10_000;

    private final MeterRegistry metrics;

    public BulkImport(MeterRegistry metrics) {
        this.metrics = Objects.requireNonNull(metrics);
    }

    /** Runs {@code importer} with a listener that keeps the first rejects, and answers its summary. */
    public ImportResultJson run(String entity, Function<ImportListener, ImportSummary> importer) {
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
