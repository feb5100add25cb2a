package org.opencrm.domain.purchase;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import org.opencrm.domain.customer.CustomerId;

/** A customer's purchases in day order, with the day the customer became known: the input of derivation. */
public record PurchaseHistory(CustomerId customerId, LocalDate knownSince, List<PurchaseFact> purchases) {

    public PurchaseHistory {
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        Objects.requireNonNull(knownSince, "'knownSince' must not be null");
        Objects.requireNonNull(purchases, "'purchases' must not be null");
        purchases = inDayOrder(purchases);
        // A customer who bought before being registered (a back-loaded history) was known from that purchase.
        if (!purchases.isEmpty() && purchases.get(0).day().isBefore(knownSince)) {
            knownSince = purchases.get(0).day();
        }
    }

    /** An immutable copy in day order; stores usually deliver that order already, so sort only when needed. */
    private static List<PurchaseFact> inDayOrder(List<PurchaseFact> purchases) {
        for (int i = 1; i < purchases.size(); i++) {
            if (purchases.get(i).day().isBefore(purchases.get(i - 1).day())) {
                List<PurchaseFact> sorted = new ArrayList<>(purchases);
                sorted.sort(Comparator.comparing(PurchaseFact::day));
                return List.copyOf(sorted);
            }
        }
        return List.copyOf(purchases);
    }
}
