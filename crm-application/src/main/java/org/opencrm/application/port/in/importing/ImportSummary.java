package org.opencrm.application.port.in.importing;

/**
 * What an import did: rows read, new records stored, existing ones updated, rows skipped as already
 * stored, rows rejected, and customers registered on the fly by a purchase import.
 */
public record ImportSummary(long read, long imported, long updated, long duplicates, long rejected,
                            long customersCreated) {

    public static final ImportSummary EMPTY = new ImportSummary(0, 0, 0, 0, 0, 0);

    public ImportSummary plus(ImportSummary o) {
        return new ImportSummary(read + o.read, imported + o.imported, updated + o.updated,
                duplicates + o.duplicates, rejected + o.rejected, customersCreated + o.customersCreated);
    }
}
