package org.opencrm.domain.money;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Currency;
import java.util.Objects;

/**
 * An exact amount in one ISO 4217 currency, held at the currency's minor-unit scale (docs/domain.md §3).
 *
 * <p>Amounts with more decimals than the currency has minor units are refused rather than rounded,
 * so that nothing is silently lost on the way in.
 */
public record Money(BigDecimal amount, Currency currency) implements Comparable<Money> {

    public Money {
        Objects.requireNonNull(amount, "'amount' must not be null");
        Objects.requireNonNull(currency, "'currency' must not be null");
        int scale = scaleOf(currency);
        // Refused before any arithmetic: rescaling 1e1000000000 or 1e-10000000 would take seconds and gigabytes.
        if (amount.signum() != 0 && amount.precision() - amount.scale() > MAX_INTEGER_DIGITS) {
            throw new IllegalArgumentException("'amount' " + describe(amount) + " is too large: at most "
                    + MAX_INTEGER_DIGITS + " digits before the decimal point");
        }
        if (amount.scale() > scale && amount.stripTrailingZeros().scale() > scale) {
            throw new IllegalArgumentException("'amount' " + describe(amount) + " has more than " + scale
                    + " decimals, the minor unit of " + currency.getCurrencyCode());
        }
        try {
            amount = amount.setScale(scale, RoundingMode.UNNECESSARY);
        } catch (ArithmeticException e) {
            throw new IllegalArgumentException("'amount' " + describe(amount) + " has more than "
                    + scale + " decimals, the minor unit of " + currency.getCurrencyCode());
        }
    }

    /**
     * The largest amount, in minor units, a purchase, a price or a cost may have: 10^15 (ten trillion dollars).
     * Stores keep minor units in 64-bit integers; below this bound, sums of thousands of the largest amounts
     * still fit, and reports add up beyond that without wrapping.
     */
    public static final long MAX_STORED_MINOR_UNITS = 1_000_000_000_000_000L;

    /** Amounts are refused past this many integer digits before any rescaling (sums may still grow to it). */
    private static final int MAX_INTEGER_DIGITS = 30;

    /** This amount, if a store may keep it as the given field; refused by name otherwise. */
    public Money storable(String field) {
        if (amount.unscaledValue().abs().compareTo(java.math.BigInteger.valueOf(MAX_STORED_MINOR_UNITS)) > 0) {
            throw new IllegalArgumentException("'" + field + "' " + this + " is larger than the largest amount kept, "
                    + ofMinor(MAX_STORED_MINOR_UNITS, currency));
        }
        return this;
    }

    /** Parses a plain decimal such as {@code 12.30} with an ISO code such as {@code USD}. */
    public static Money of(String amount, String currencyCode) {
        return new Money(parseAmount(amount), currency(currencyCode));
    }

    public static Money of(BigDecimal amount, Currency currency) {
        return new Money(amount, currency);
    }

    /** Rebuilds money from its minor units (cents for USD), as stored. */
    public static Money ofMinor(long minorUnits, Currency currency) {
        return new Money(BigDecimal.valueOf(minorUnits, scaleOf(currency)), currency);
    }

    public static Currency currency(String code) {
        Objects.requireNonNull(code, "'currency' must not be null");
        try {
            return Currency.getInstance(code.strip().toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("'currency' is not an ISO 4217 code: '" + code + "'");
        }
    }

    public static BigDecimal parseAmount(String text) {
        Objects.requireNonNull(text, "'amount' must not be null");
        try {
            return new BigDecimal(text.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'amount' is not a decimal number: '" + abbreviate(text) + "'");
        }
    }

    /** An amount as a person reads it, but never thousands of characters long (it may echo hostile input). */
    private static String describe(BigDecimal amount) {
        String plain = Math.abs(amount.scale()) <= MAX_INTEGER_DIGITS + 10 ? amount.toPlainString() : amount.toString();
        return abbreviate(plain);
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 37) + "...";
    }

    /** A computed amount (a mean, a prediction, a share of margin) rounded half-even to the currency's minor unit. */
    public static Money rounded(BigDecimal amount, Currency currency) {
        Objects.requireNonNull(amount, "'amount' must not be null");
        Objects.requireNonNull(currency, "'currency' must not be null");
        return new Money(amount.setScale(scaleOf(currency), RoundingMode.HALF_EVEN), currency);
    }

    /**
     * A model's floating-point figure (which must be finite) rounded half-even to the currency's minor unit. Rounds
     * the binary value itself, without a detour through its decimal text: a report rounds 100,000 of these.
     */
    public static Money rounded(double amount, Currency currency) {
        if (!Double.isFinite(amount)) {
            throw new IllegalArgumentException("'amount' must be a finite number, got " + amount);
        }
        Objects.requireNonNull(currency, "'currency' must not be null");
        int scale = scaleOf(currency);
        double minor = Math.rint(amount * POWERS_OF_TEN[Math.min(scale, POWERS_OF_TEN.length - 1)]);
        if (scale < POWERS_OF_TEN.length && Math.abs(minor) < EXACT_DOUBLE_LIMIT) {
            return ofMinor((long) minor, currency);
        }
        return rounded(BigDecimal.valueOf(amount), currency);
    }

    private static final double[] POWERS_OF_TEN = {1, 10, 100, 1_000, 10_000};
    /** Below 2^53 every whole number is a double, so the rounded minor units are exact. */
    private static final double EXACT_DOUBLE_LIMIT = 0x1p53;

    public long minorUnits() {
        // Moving the point keeps a small amount in its compact form; unscaledValue() would build a BigInteger.
        return amount.movePointRight(amount.scale()).longValueExact();
    }

    public boolean isNegative() {
        return amount.signum() < 0;
    }

    public Money plus(Money other) {
        requireSameCurrency(other);
        return new Money(amount.add(other.amount), currency);
    }

    public Money times(long factor) {
        return new Money(amount.multiply(BigDecimal.valueOf(factor)), currency);
    }

    @Override
    public int compareTo(Money other) {
        requireSameCurrency(other);
        return amount.compareTo(other.amount);
    }

    @Override
    public String toString() {
        return amount.toPlainString() + " " + currency.getCurrencyCode();
    }

    private void requireSameCurrency(Money other) {
        if (!currency.equals(other.currency)) {
            throw new IllegalArgumentException("cannot combine " + currency.getCurrencyCode()
                    + " with " + other.currency.getCurrencyCode());
        }
    }

    private static int scaleOf(Currency currency) {
        // Pseudo-currencies (XAU, XXX) report -1: keep cents precision for them.
        int digits = currency.getDefaultFractionDigits();
        return digits < 0 ? 2 : digits;
    }
}
