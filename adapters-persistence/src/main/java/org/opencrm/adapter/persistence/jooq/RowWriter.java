package org.opencrm.adapter.persistence.jooq;

import java.util.List;
import org.jooq.DSLContext;

/** Writes rows (values in column order) that may already be stored, skipping those; returns how many were new. */
public interface RowWriter {

    int write(DSLContext dsl, List<Object[]> rows);

    /** {@link #write}, as the table's last write in the transaction: a writer may then use more connections. */
    default int writeLast(DSLContext dsl, List<Object[]> rows) {
        return write(dsl, rows);
    }
}
