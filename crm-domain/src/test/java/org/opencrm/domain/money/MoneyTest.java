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
