package org.opencrm.adapter.rest.importing;

import java.util.List;

/** The outcome of a bulk import: counts always complete, rejects listed up to a thousand. */
public record ImportResultJson(long read, long imported, long updated, long duplicates, long rejected,
                               long customersRegistered, List<Reject> rejects) {

    /** One refused row: its line in the body, the field at fault and why. */
    public record Reject(long line, String field, String reason) {
    }
}
