package org.opencrm.domain.lifecycle;

import java.time.LocalDate;
import java.util.Optional;

/**
 * Policy that says whether a customer is alive, at risk or lapsed on a day, given their buying pattern.
 *
 * <p>The foundation ships {@link RecencyChurnSignal}; a P(alive)-based signal replaces it without any caller
 * changing. Implementations must be monotone between purchases: once a status is reached it holds until the
 * next purchase, which lets {@link #firstDayAtLeast} find transition dates by bisection.
 */
public interface ChurnSignal {

    /** The verdict on {@code day}, which is on or after the pattern's last purchase. */
    ChurnAssessment assess(PurchasePattern pattern, LocalDate day);

    /** The status alone on {@code day}: what {@link #assess} says, without putting the reason into words. */
    default ChurnStatus status(PurchasePattern pattern, LocalDate day) {
        return assess(pattern, day).status();
    }

    /** The first day in [from, to] on which the status is at least {@code status}, if any. */
    default Optional<LocalDate> firstDayAtLeast(ChurnStatus status, PurchasePattern pattern, LocalDate from,
                                               LocalDate to) {
        if (from.isAfter(to) || !status(pattern, to).atLeast(status)) {
            return Optional.empty();
        }
        long lo = from.toEpochDay();
        long hi = to.toEpochDay();
        while (lo < hi) {
            long mid = lo + (hi - lo) / 2;
            if (status(pattern, LocalDate.ofEpochDay(mid)).atLeast(status)) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return Optional.of(LocalDate.ofEpochDay(lo));
    }
}
