package org.opencrm.formats;

import org.opencrm.application.port.in.importing.ImportSummary;

/**
 * What a command-line import did, in the words the API's import result uses ({@code duplicates},
 * {@code customersRegistered}); the rejected rows are in the rejects file it names (null when there are none).
 */
public record ImportSummaryJson(long read, long imported, long updated, long duplicates, long rejected,
                                long customersRegistered, String rejectsFile) {

    public static ImportSummaryJson of(ImportSummary summary, String rejectsFile) {
        return new ImportSummaryJson(summary.read(), summary.imported(), summary.updated(), summary.duplicates(),
                summary.rejected(), summary.customersCreated(), summary.rejected() > 0 ? rejectsFile : null);
    }
}
