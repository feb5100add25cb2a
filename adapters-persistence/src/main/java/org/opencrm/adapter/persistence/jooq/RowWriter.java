package org.opencrm.adapter.persistence.jooq;

import java.util.List;
import org.jooq.DSLContext;

/** Writes rows (values in column order) that may already be stored, skipping those; returns how many were new. */
interface RowWriter {

    int write(DSLContext dsl, List<Object[]> rows);
}
