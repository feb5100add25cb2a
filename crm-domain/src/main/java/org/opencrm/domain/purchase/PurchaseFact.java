package org.opencrm.domain.purchase;

import java.time.LocalDate;
import java.util.Currency;
import java.util.Objects;
import java.util.Set;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;

/**
 * What lifecycle derivation needs of one purchase: its day, its amount and the categories it touched.
 *
 * <p>The amount is kept as stores keep it, in minor units of its currency: reports read a million of these in
 * one pass and add them up, and building a {@link Money} for each was a tenth of that work.
 */
public final class PurchaseFact {

    private final LocalDate day;
    private final long minorUnits;
    private final Currency currency;
    private final Set<Category> categories;

    public PurchaseFact(LocalDate day, Money amount, Set<Category> categories) {
        this(day, minorUnitsOf(amount), amount.currency(), categories);
    }

    private PurchaseFact(LocalDate day, long minorUnits, Currency currency, Set<Category> categories) {
        this.day = Objects.requireNonNull(day, "'day' must not be null");
        this.minorUnits = minorUnits;
        this.currency = Objects.requireNonNull(currency, "'currency' must not be null");
        this.categories = Set.copyOf(Objects.requireNonNull(categories, "'categories' must not be null"));
    }

    public static PurchaseFact of(LocalDate day, Money amount) {
        return new PurchaseFact(day, amount, Set.of());
    }

    /** A purchase as stored: {@code minorUnits} of {@code currency} (cents for USD). */
    public static PurchaseFact ofMinor(LocalDate day, long minorUnits, Currency currency, Set<Category> categories) {
        return new PurchaseFact(day, minorUnits, currency, categories);
    }

    public LocalDate day() {
        return day;
    }

    public Money amount() {
        return Money.ofMinor(minorUnits, currency);
    }

    /** The amount in minor units of {@link #currency()}. */
    public long minorUnits() {
        return minorUnits;
    }

    public Currency currency() {
        return currency;
    }

    public Set<Category> categories() {
        return categories;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof PurchaseFact p && day.equals(p.day) && minorUnits == p.minorUnits
                && currency.equals(p.currency) && categories.equals(p.categories);
    }

    @Override
    public int hashCode() {
        return Objects.hash(day, minorUnits, currency, categories);
    }

    @Override
    public String toString() {
        return "PurchaseFact[day=" + day + ", amount=" + amount() + ", categories=" + categories + "]";
    }

    private static long minorUnitsOf(Money amount) {
        Objects.requireNonNull(amount, "'amount' must not be null");
        try {
            return amount.minorUnits();
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'amount' " + amount + " is beyond the range of a stored amount");
        }
    }
}
