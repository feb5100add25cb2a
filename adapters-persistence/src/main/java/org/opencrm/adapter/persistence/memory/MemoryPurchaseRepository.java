package org.opencrm.adapter.persistence.memory;

import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;

/** Purchases by id, with a per-customer list for histories. */
final class MemoryPurchaseRepository implements PurchaseRepository {

    private static final Comparator<Purchase> OLDEST_FIRST =
            Comparator.comparing(Purchase::occurredAt).thenComparing(Purchase::id);

    private final MemoryUnitOfWork unitOfWork;
    private final MemoryCustomerRepository customers;
    private final TreeMap<PurchaseId, Purchase> byId = new TreeMap<>(Comparator.comparing(PurchaseId::value));
    private final Map<CustomerId, List<Purchase>> byCustomer = new HashMap<>();

    MemoryPurchaseRepository(MemoryUnitOfWork unitOfWork, MemoryCustomerRepository customers) {
        this.unitOfWork = unitOfWork;
        this.customers = customers;
    }

    @Override
    public boolean add(Purchase purchase) {
        return unitOfWork.inTransaction(() -> {
            if (byId.containsKey(purchase.id())) {
                return false;
            }
            return unitOfWork.change(() -> {
                byId.put(purchase.id(), purchase);
                byCustomer.computeIfAbsent(purchase.customerId(), c -> new ArrayList<>()).add(purchase);
                return true;
            }, () -> {
                byId.remove(purchase.id());
                // Undone newest first: the purchase is at the end of its customer's list, found at once there.
                List<Purchase> list = byCustomer.get(purchase.customerId());
                list.remove(list.lastIndexOf(purchase));
            });
        });
    }

    @Override
    public int addAll(List<Purchase> purchases) {
        return unitOfWork.inTransaction(() -> {
            int added = 0;
            for (Purchase p : purchases) {
                if (add(p)) {
                    added++;
                }
            }
            return added;
        });
    }

    @Override
    public Optional<Purchase> findById(PurchaseId id) {
        return unitOfWork.read(() -> Optional.ofNullable(byId.get(id)));
    }

    @Override
    public List<Purchase> findByCustomer(CustomerId customerId) {
        return unitOfWork.read(() -> {
            List<Purchase> list = new ArrayList<>(byCustomer.getOrDefault(customerId, List.of()));
            list.sort(OLDEST_FIRST);
            return list;
        });
    }

    @Override
    public long count() {
        return unitOfWork.read(() -> (long) byId.size());
    }

    @Override
    public List<Purchase> findAfter(Optional<PurchaseId> after, int limit) {
        return unitOfWork.read(() -> after.map(id -> byId.tailMap(id, false)).orElse(byId).values().stream()
                .limit(limit).toList());
    }

    @Override
    public void forEachHistory(ZoneId zone, Consumer<PurchaseHistory> sink) {
        for (Customer c : customers.allInIdOrder()) {
            List<PurchaseFact> facts = new ArrayList<>();
            for (Purchase p : findByCustomer(c.id())) {
                facts.add(new PurchaseFact(p.occurredAt().atZone(zone).toLocalDate(), p.amount(), p.categories()));
            }
            sink.accept(new PurchaseHistory(c.id(), c.createdAt().atZone(zone).toLocalDate(), facts));
        }
    }

    @Override
    public void forEachLineHistory(ZoneId zone, Consumer<LineHistory> sink) {
        for (Customer c : customers.allInIdOrder()) {
            List<ValueOrientationClassifier.BoughtLine> lines = new ArrayList<>();
            for (Purchase p : findByCustomer(c.id())) {
                LocalDate day = p.occurredAt().atZone(zone).toLocalDate();
                p.lineItems().forEach(item -> lines.add(new ValueOrientationClassifier.BoughtLine(day, item)));
            }
            if (!lines.isEmpty()) {
                sink.accept(new LineHistory(c.id(), lines));
            }
        }
    }

    /** Makes every purchase of {@code from} one of {@code to}: a merge. */
    long reassign(CustomerId from, CustomerId to) {
        return unitOfWork.inTransaction(() -> {
            List<Purchase> moved = unitOfWork.read(() -> new ArrayList<>(byCustomer.getOrDefault(from, List.of())));
            for (Purchase p : moved) {
                Purchase now = p.withCustomer(to);
                unitOfWork.change(() -> {
                    byId.put(p.id(), now);
                    byCustomer.get(from).remove(p);
                    return byCustomer.computeIfAbsent(to, c -> new ArrayList<>()).add(now);
                }, () -> {
                    byId.put(p.id(), p);
                    List<Purchase> list = byCustomer.get(to);
                    list.remove(list.lastIndexOf(now));
                    byCustomer.computeIfAbsent(from, c -> new ArrayList<>()).add(p);
                });
            }
            return (long) moved.size();
        });
    }
}
