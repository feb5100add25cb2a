package org.opencrm.application.service.importing;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.error.DuplicateExternalIdException;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.out.UnitOfWork;

/**
 * Runs an import as a sequence of batches, each in its own transaction, so that a crash loses at most the
 * batch in flight and a re-run (which skips what is stored) completes the work.
 *
 * <p>When a batch fails on a data error the store refuses (a taken external id, say), the batch is rolled
 * back and replayed one row per transaction, so only the offending rows are rejected. Storage failures are
 * not data errors: they abort the import.
 */
public final class BatchImporter {

    private final UnitOfWork unitOfWork;

    public BatchImporter(UnitOfWork unitOfWork) {
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    /** What writing one batch did; rejects and {@code onCommit} take effect only once the batch is committed. */
    public record BatchResult(ImportSummary summary, List<RejectedRow> rejects, Runnable onCommit) {
        public BatchResult {
            rejects = List.copyOf(rejects);
        }
    }

    /** Reads every row, writes the parsed ones in batches of {@code batchSize}, and returns the totals. */
    public <T> ImportSummary run(java.util.Iterator<ImportRow<T>> rows, int batchSize, ImportListener listener,
                                 Function<List<ImportRow.Parsed<T>>, BatchResult> writer) {
        ImportSummary total = ImportSummary.EMPTY;
        List<ImportRow.Parsed<T>> batch = new ArrayList<>(batchSize);
        while (rows.hasNext()) {
            ImportRow<T> row = rows.next();
            if (row instanceof ImportRow.Unparsed<T> unparsed) {
                listener.rejected(unparsed.rejection());
                total = total.plus(new ImportSummary(1, 0, 0, 0, 1, 0));
            } else {
                batch.add((ImportRow.Parsed<T>) row);
                if (batch.size() >= batchSize) {
                    total = total.plus(flush(batch, listener, writer));
                    batch = new ArrayList<>(batchSize);
                    listener.committed(total);
                }
            }
        }
        if (!batch.isEmpty()) {
            total = total.plus(flush(batch, listener, writer));
            listener.committed(total);
        }
        return total;
    }

    private <T> ImportSummary flush(List<ImportRow.Parsed<T>> batch, ImportListener listener,
                                    Function<List<ImportRow.Parsed<T>>, BatchResult> writer) {
        try {
            return commit(batch, listener, writer);
        } catch (DuplicateExternalIdException | CustomerNotFoundException | IllegalArgumentException e) {
            if (batch.size() == 1) {
                RejectedRow reject = RejectedRow.of(batch.get(0).position(), e);
                listener.rejected(reject);
                return new ImportSummary(1, 0, 0, 0, 1, 0);
            }
            ImportSummary sum = ImportSummary.EMPTY;
            for (ImportRow.Parsed<T> row : batch) {
                sum = sum.plus(flush(List.of(row), listener, writer));
            }
            return sum;
        }
    }

    private <T> ImportSummary commit(List<ImportRow.Parsed<T>> batch, ImportListener listener,
                                     Function<List<ImportRow.Parsed<T>>, BatchResult> writer) {
        BatchResult result = unitOfWork.inTransaction(() -> writer.apply(batch));
        result.onCommit().run();
        result.rejects().forEach(listener::rejected);
        ImportSummary s = result.summary();
        return new ImportSummary(batch.size(), s.imported(), s.updated(), s.duplicates(), s.rejected(),
                s.customersCreated());
    }
}
