package org.opencrm.domain.money;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.util.Currency;
import org.junit.jupiter.api.Test;

class MoneyTest {

    @Test
    void addsExactlyWithoutBinaryFloatingPoint() {
        Money sum = Money.of("0.1", "USD").plus(Money.of("0.2", "USD"));
        assertThat(sum.amount()).isEqualByComparingTo("0.30");
        assertThat(sum.amount().toPlainString()).isEqualTo("0.30");
        assertThat(sum.minorUnits()).isEqualTo(30);
    }

    @Test
    void aComputedAmountShouldBeRoundedHalfEvenToTheMinorUnitOfItsCurrency() {
        Currency usd = Currency.getInstance("USD");
        assertThat(Money.rounded(128.92000000000002, usd).amount().toPlainString()).isEqualTo("128.92");
        assertThat(Money.rounded(44.90200000000001, usd).amount().toPlainString()).isEqualTo("44.90");
        assertThat(Money.rounded(0.125, usd).amount().toPlainString()).isEqualTo("0.12");
        assertThat(Money.rounded(0.375, usd).amount().toPlainString()).isEqualTo("0.38");
        assertThat(Money.rounded(-2.5, Currency.getInstance("JPY")).amount().toPlainString()).isEqualTo("-2");
        assertThat(Money.rounded(1.23456, Currency.getInstance("BHD")).amount().toPlainString()).isEqualTo("1.235");
        // Past 2^53 minor units the decimal route takes over, still exact to the cent.
        assertThat(Money.rounded(1e17, usd).amount().toPlainString()).isEqualTo("100000000000000000.00");
        assertThat(Money.rounded(new BigDecimal("2.675"), usd).amount().toPlainString()).isEqualTo("2.68");
        assertThatThrownBy(() -> Money.rounded(Double.NaN, usd)).hasMessageContaining("finite");
    }

    @Test
    void aComputedAmountShouldBeWithinHalfAMinorUnitOfItsBinaryValue() {
        Currency usd = Currency.getInstance("USD");
        java.util.Random random = new java.util.Random(3);
        for (int i = 0; i < 10_000; i++) {
            double x = (random.nextDouble() - 0.5) * Math.pow(10, random.nextInt(12));
            BigDecimal exact = new BigDecimal(x);
            // Half a cent, plus the product's own rounding (a few units in the last place of x).
            BigDecimal bound = new BigDecimal("0.005").add(new BigDecimal(Math.abs(x) * 0x1p-50));
            assertThat(Money.rounded(x, usd).amount().subtract(exact).abs()).as("%s", x).isLessThanOrEqualTo(bound);
        }
    }

    @Test
    void extremeAmountsShouldBeRefusedByFieldQuicklyAndWithoutEchoingThem() {
        for (String text : new String[] {"1e1000000000", "1e-10000000", "1e400", "12345678901234567890123456789012",
                "9".repeat(5000)}) {
            assertThatThrownBy(() -> org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(
                    java.time.Duration.ofSeconds(1), () -> Money.of(text, "USD")))
                    .as(text.substring(0, Math.min(20, text.length())))
                    .isInstanceOf(IllegalArgumentException.class)
                    .hasMessageStartingWith("'amount' ")
                    .satisfies(e -> assertThat(e.getMessage()).hasSizeLessThan(200));
        }
        for (String text : new String[] {"NaN", "Infinity", "-Infinity", "0x10", "1,5", ""}) {
            assertThatThrownBy(() -> Money.of(text, "USD")).as(text).hasMessageContaining("is not a decimal number");
        }
        assertThat(Money.of("-0", "USD").amount().toPlainString()).isEqualTo("0.00");
        assertThat(Money.of("1.2300000000000000000000", "USD").amount().toPlainString()).isEqualTo("1.23");
        assertThat(Money.of("1E+2", "USD").amount().toPlainString()).isEqualTo("100.00");
    }

    @Test
    void anAmountAStoreCannotKeepShouldBeRefusedAsTheFieldItIs() {
        Currency usd = Currency.getInstance("USD");
        Money largest = Money.ofMinor(Money.MAX_STORED_MINOR_UNITS, usd);
        assertThat(largest.storable("amount")).isEqualTo(largest);
        assertThat(Money.ofMinor(-Money.MAX_STORED_MINOR_UNITS, usd).storable("amount").isNegative()).isTrue();
        assertThatThrownBy(() -> Money.of("92233720368547758.07", "USD").storable("amount"))
                .hasMessageStartingWith("'amount' 92233720368547758.07 USD is larger than the largest amount kept, "
                        + "10000000000000.00 USD");
        assertThatThrownBy(() -> Money.of("10000000000000.01", "USD").storable("listPrice"))
                .hasMessageStartingWith("'listPrice' ");
    }

    @Test
    void scalesToTheCurrencyMinorUnit() {
        assertThat(Money.of("5", "EUR").amount().toPlainString()).isEqualTo("5.00");
        assertThat(Money.of("500", "JPY").amount().toPlainString()).isEqualTo("500");
        assertThat(Money.ofMinor(1234, Currency.getInstance("USD"))).isEqualTo(Money.of("12.34", "usd"));
    }

    @Test
    void refusesDigitsItWouldHaveToRoundAway() {
        assertThatThrownBy(() -> Money.of("1.005", "USD"))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("more than 2 decimals");
    }

    @Test
    void refusesBadTextWithTheFieldName() {
        assertThatThrownBy(() -> Money.of("12,5", "USD")).hasMessageContaining("'amount'");
        assertThatThrownBy(() -> Money.of("1", "DOLLARS")).hasMessageContaining("'currency'");
    }

    @Test
    void refusesMixingCurrencies() {
        assertThatThrownBy(() -> Money.of("1", "USD").plus(Money.of("1", "EUR")))
                .hasMessageContaining("USD").hasMessageContaining("EUR");
    }

    @Test
    void comparesByValue() {
        assertThat(new Money(new BigDecimal("1.50"), Currency.getInstance("USD")))
                .isEqualTo(Money.of("1.5", "USD"));
    }
}
