package org.opencrm.application.service.importing;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.in.importing.SourcePosition;
import org.opencrm.application.port.out.UnitOfWork;

class BatchImporterTest {

    private final List<Integer> committedBatches = new ArrayList<>();
    private final BatchImporter importer = new BatchImporter(new UnitOfWork() {
        @Override
        public <T> T inTransaction(Supplier<T> work) {
            return work.get();
        }
    });

    private static Iterator<ImportRow<Integer>> rows(int n) {
        return IntStream.rangeClosed(1, n).<ImportRow<Integer>>mapToObj(i -> i % 1000 == 0
                ? new ImportRow.Unparsed<>(new RejectedRow(new SourcePosition("f", i + 1), "n", "is bad"))
                : new ImportRow.Parsed<>(new SourcePosition("f", i + 1), i)).iterator();
    }

    private ImportSummary run(int rows, int batchSize) {
        return importer.run(rows(rows), batchSize, new ImportListener() {
        }, batch -> {
            committedBatches.add(batch.size());
            return new BatchImporter.BatchResult(new ImportSummary(batch.size(), batch.size(), 0, 0, 0, 0), List.of(),
                    () -> { });
        });
    }

    @Test
    void writesTheParsedRowsInBatchesOfTheBatchSizeAndCountsTheRefusedOnes() {
        ImportSummary total = run(50_000, 12_000);
        // 50 of the 50,000 rows are refused while reading; the 49,950 others go in batches of 12,000 and the rest.
        assertThat(committedBatches).containsExactly(12_000, 12_000, 12_000, 12_000, 1_950);
        assertThat(total.read()).isEqualTo(50_000);
        assertThat(total.imported()).isEqualTo(49_950);
        assertThat(total.rejected()).isEqualTo(50);
    }
}
