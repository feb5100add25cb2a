package org.opencrm.application.port.in.importing;

/** Hears an import as it goes: each rejected row, and the running totals after each committed batch. */
public interface ImportListener {

    ImportListener NONE = new ImportListener() {
    };

    default void rejected(RejectedRow row) {
    }

    default void committed(ImportSummary soFar) {
    }
}
