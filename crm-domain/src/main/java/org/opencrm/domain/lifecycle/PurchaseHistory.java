package org.opencrm.domain.lifecycle;

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
        List<PurchaseFact> sorted = new ArrayList<>(purchases);
        sorted.sort(Comparator.comparing(PurchaseFact::day));
        purchases = List.copyOf(sorted);
        // A customer who bought before being registered (a back-loaded history) was known from that purchase.
        if (!purchases.isEmpty() && purchases.get(0).day().isBefore(knownSince)) {
            knownSince = purchases.get(0).day();
        }
    }
}
