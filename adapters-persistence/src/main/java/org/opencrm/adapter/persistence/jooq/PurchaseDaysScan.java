package org.opencrm.adapter.persistence.jooq;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.Consumer;
import org.opencrm.domain.purchase.PurchaseDays;

/** Each customer's purchase days up to a date, computed by the database (a backend's own SQL). */
public interface PurchaseDaysScan {

    /**
     * Whether it can compute days in {@code zone} (a fixed offset, say); otherwise the repository reduces the
     * streamed histories itself.
     */
    boolean handles(ZoneId zone);

    void scan(JooqSession session, ZoneId zone, LocalDate upTo, Consumer<PurchaseDays> sink);
}
