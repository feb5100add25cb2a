package org.opencrm.application.port.in.complaint;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Driving port: schedules the revisit after each recent first purchase (the seeds' return visit to a new
 * customer), due the tier's cadence after that purchase; ids derive from the customer, so running it again
 * schedules nothing twice. Customers whose tier has no cadence (risk) get none.
 */
public interface ScheduleFirstPurchaseFollowUpsUseCase {

    /** First purchases in the {@code withinDays} up to the as-of date (default today). */
    Result schedule(Optional<LocalDate> asOf, int withinDays);

    /** New follow-ups, those scheduled before, and first buyers left without one by their tier. */
    record Result(long scheduled, long existing, long withoutCadence) {
    }
}
