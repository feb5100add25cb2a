package org.opencrm.adapter.persistence.jooq;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseDays;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.purchase.PurchaseId;

/**
 * Purchases in SQL: writes ({@link PurchaseWrites}), reads of whole purchases ({@link PurchaseReads}) and the
 * scans reports run ({@link PurchaseHistoryScan}), each doing what its database does its own way through the
 * store's {@link SqlBackend}.
 */
public final class JooqPurchaseRepository implements PurchaseRepository {

    private final PurchaseWrites writes;
    private final PurchaseReads reads;
    private final PurchaseHistoryScan histories;
    private final JooqSession session;
    private final Optional<PurchaseDaysScan> daysInDatabase;

    public JooqPurchaseRepository(JooqSession session, SqlBackend backend) {
        this(session, backend, PurchaseHistoryScan.PARALLEL_SCAN_CUSTOMERS);
    }

    /** {@code parallelScanCustomers}: from this many customers on, histories are read by two connections. */
    JooqPurchaseRepository(JooqSession session, SqlBackend backend, long parallelScanCustomers) {
        this.session = session;
        this.writes = new PurchaseWrites(session, backend);
        this.reads = new PurchaseReads(session);
        this.histories = new PurchaseHistoryScan(session, backend, parallelScanCustomers);
        this.daysInDatabase = backend.purchaseDaysScan();
    }

    @Override
    public boolean add(Purchase purchase) {
        return addAll(List.of(purchase)) == 1;
    }

    @Override
    public int addAll(List<Purchase> purchases) {
        return writes.add(purchases, false);
    }

    @Override
    public int addBatch(List<Purchase> purchases) {
        return writes.add(purchases, true);
    }

    @Override
    public Optional<Purchase> findById(PurchaseId id) {
        return reads.findById(id);
    }

    @Override
    public List<Purchase> findByCustomer(CustomerId customerId) {
        return reads.findByCustomer(customerId);
    }

    @Override
    public long count() {
        return reads.count();
    }

    /** A store with line items is paged in id order, which brings each purchase's lines along; else one pass. */
    @Override
    public void forEachPurchase(Consumer<Purchase> sink) {
        if (reads.anyLineItems()) {
            PurchaseRepository.super.forEachPurchase(sink);
        } else {
            reads.forEachWithoutLines(sink);
        }
    }

    @Override
    public List<Purchase> findAfter(Optional<PurchaseId> after, int limit) {
        return reads.findAfter(after, limit);
    }

    @Override
    public void forEachHistory(ZoneId zone, Consumer<PurchaseHistory> sink) {
        histories.forEachHistory(zone, sink);
    }

    /** By the database where the backend can (and is set to), else by reducing the streamed histories here. */
    @Override
    public void forEachPurchaseDays(ZoneId zone, LocalDate upTo, Consumer<PurchaseDays> sink) {
        Optional<PurchaseDaysScan> scan = daysInDatabase.filter(s -> s.handles(zone));
        if (scan.isPresent()) {
            scan.get().scan(session, zone, upTo, sink);
        } else {
            PurchaseRepository.super.forEachPurchaseDays(zone, upTo, sink);
        }
    }

    @Override
    public void forEachLineHistory(ZoneId zone, Consumer<LineHistory> sink) {
        histories.forEachLineHistory(zone, sink);
    }
}
