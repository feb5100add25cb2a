package org.opencrm.application.port.out;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Consumer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.PurchaseDays;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;

/**
 * Driven port: stores purchases, idempotently by {@link PurchaseId}.
 *
 * <p>Adding a purchase whose id is already stored changes nothing and is reported as not new.
 */
public interface PurchaseRepository {

    /** Stores the purchase; {@code false} if one with its id was already there. */
    boolean add(Purchase purchase);

    /** Stores the purchases not yet there; returns how many were new. */
    int addAll(List<Purchase> purchases);

    /**
     * Like {@link #addAll}, for a bulk import's batch that is the last purchase write of its transaction: a
     * store may write it through several connections at once, the others' parts committed right after the
     * transaction commits and rolled back with it. A crash between those commits can leave part of the batch
     * unstored (adding it again stores the rest), never part of a batch whose transaction rolled back.
     */
    default int addBatch(List<Purchase> purchases) {
        return addAll(purchases);
    }

    Optional<Purchase> findById(PurchaseId id);

    /** A customer's purchases, oldest first (ties by id). */
    List<Purchase> findByCustomer(CustomerId customerId);

    long count();

    /**
     * Up to {@code limit} purchases with their line items, in id order, after {@code after} (from the first
     * when empty): reading a whole store in pages whose position survives a restart, as {@code crm migrate}
     * does. The order is the store's own for ids (byte order on SQLite and PostgreSQL).
     */
    List<Purchase> findAfter(Optional<PurchaseId> after, int limit);

    /**
     * Every stored purchase with its line items, once each, in an order of the store's choosing, streamed: how
     * a whole table is read when its order does not matter ({@code crm migrate}'s verification). This default
     * pages through {@link #findAfter}; a SQL store reads it in one pass.
     */
    default void forEachPurchase(Consumer<Purchase> sink) {
        int pageSize = 10_000;
        Optional<PurchaseId> after = Optional.empty();
        while (true) {
            List<Purchase> page = findAfter(after, pageSize);
            page.forEach(sink);
            if (page.size() < pageSize) {
                return;
            }
            after = Optional.of(page.get(page.size() - 1).id());
        }
    }

    /**
     * Streams every customer's purchase history, each customer once (those without purchases included), in an
     * order of the store's choosing; days are taken in {@code zone}. Memory stays proportional to one customer's
     * purchases.
     */
    void forEachHistory(ZoneId zone, Consumer<PurchaseHistory> sink);

    /**
     * Every customer's purchase days up to and including {@code upTo} (days in {@code zone}); customers who had
     * not bought by then are left out. What RFM and the model fits read: SQL stores compute it where the data
     * is, one row per customer, so the JVM holds customers, not purchases. This default reduces the histories.
     */
    default void forEachPurchaseDays(ZoneId zone, LocalDate upTo, Consumer<PurchaseDays> sink) {
        forEachHistory(zone, h -> PurchaseDays.of(h, upTo).ifPresent(sink));
    }

    /**
     * Streams the line items of every customer who has any, each customer once, with the day (in {@code zone})
     * each was bought, oldest first. Memory stays proportional to one customer's lines.
     */
    void forEachLineHistory(ZoneId zone, Consumer<LineHistory> sink);

    /** One customer's bought lines, in day order. */
    record LineHistory(CustomerId customerId, List<ValueOrientationClassifier.BoughtLine> lines) {
        public LineHistory {
            Objects.requireNonNull(customerId, "'customerId' must not be null");
            lines = List.copyOf(lines);
        }
    }
}
