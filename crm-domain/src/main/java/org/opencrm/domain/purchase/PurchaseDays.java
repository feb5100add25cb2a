package org.opencrm.domain.purchase;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;

/**
 * A customer's purchases up to a date, reduced to what RFM and the customer-base models read: the first and
 * last purchase day, how many distinct days, the spend, and the spend of the first day (the models leave the
 * first purchase out of the repeat spend). Stores can compute it where the data is, one row per customer.
 * {@code currency} is the one currency of all those purchases, empty when they mix currencies (the sums then
 * add amounts of different currencies and are no amount of money: a report refuses them).
 */
public record PurchaseDays(CustomerId customerId, LocalDate first, LocalDate last, int days, BigDecimal spend,
                           BigDecimal firstDaySpend, Optional<Currency> currency) {

    public PurchaseDays {
        Objects.requireNonNull(currency, "'currency' must not be null");
        Objects.requireNonNull(customerId, "'customerId' must not be null");
        Objects.requireNonNull(first, "'first' must not be null");
        Objects.requireNonNull(last, "'last' must not be null");
        Objects.requireNonNull(spend, "'spend' must not be null");
        Objects.requireNonNull(firstDaySpend, "'firstDaySpend' must not be null");
        if (last.isBefore(first) || days < 1 || (days == 1) != first.equals(last)) {
            throw new IllegalArgumentException("inconsistent purchase days: first " + first + ", last " + last
                    + ", " + days + " days");
        }
    }

    /** The days of the purchases on or before {@code upTo}; empty when there were none by then. */
    public static Optional<PurchaseDays> of(PurchaseHistory history, LocalDate upTo) {
        return of(history.customerId(), history.purchases(), upTo);
    }

    /**
     * The days of a customer's purchases, listed in day order, on or before {@code upTo}; empty when there were
     * none by then. Refuses a list out of day order.
     */
    public static Optional<PurchaseDays> of(CustomerId customerId, List<PurchaseFact> purchases, LocalDate upTo) {
        LocalDate first = null;
        LocalDate last = null;
        int days = 0;
        // Sums in minor units while the purchases share a currency (the usual case, and exact); as decimals
        // of the amounts as they are otherwise, or past the range of a long.
        Currency currency = purchases.isEmpty() ? null : purchases.get(0).currency();
        boolean mixed = false;
        long spendMinor = 0;
        long firstDayMinor = 0;
        BigDecimal spend = null;
        BigDecimal firstDaySpend = null;
        for (PurchaseFact p : purchases) {
            LocalDate day = p.day();
            if (day.isAfter(upTo)) {
                break;
            }
            if (last != null && day.isBefore(last)) {
                throw new IllegalArgumentException("purchases must be in day order: " + day + " after " + last);
            }
            if (first == null) {
                first = day;
            }
            if (!day.equals(last)) {
                days++;
                last = day;
            }
            boolean firstDay = day.equals(first);
            mixed |= !p.currency().equals(currency);
            if (spend == null && p.currency().equals(currency)) {
                try {
                    spendMinor = Math.addExact(spendMinor, p.minorUnits());
                    firstDayMinor = firstDay ? Math.addExact(firstDayMinor, p.minorUnits()) : firstDayMinor;
                    continue;
                } catch (ArithmeticException beyondLong) {
                    // carried on in decimals below
                }
            }
            if (spend == null) {
                // Only after the first purchase, which always fits: the sums so far, at their currency's scale.
                spend = Money.ofMinor(spendMinor, currency).amount();
                firstDaySpend = Money.ofMinor(firstDayMinor, currency).amount();
            }
            BigDecimal amount = p.amount().amount();
            spend = spend.add(amount);
            if (firstDay) {
                firstDaySpend = firstDaySpend.add(amount);
            }
        }
        if (first == null) {
            return Optional.empty();
        }
        if (spend == null) {
            spend = Money.ofMinor(spendMinor, currency).amount();
            firstDaySpend = Money.ofMinor(firstDayMinor, currency).amount();
        }
        return Optional.of(new PurchaseDays(customerId, first, last, days, spend, firstDaySpend,
                mixed ? Optional.empty() : Optional.of(currency)));
    }
}
