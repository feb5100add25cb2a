package org.opencrm.domain.acquisition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.money.Money;

class AcquisitionEconomicsTest {

    private static final Currency USD = Currency.getInstance("USD");
    private static final LocalDate JAN = LocalDate.of(2024, 1, 1);

    private static AcquisitionEconomics.Entry entry(String source, Integer daysToBuy, String cost, Double clv) {
        return new AcquisitionEconomics.Entry(source, JAN, Optional.ofNullable(daysToBuy).map(JAN::plusDays),
                Optional.ofNullable(cost).map(c -> Money.of(c, "USD")),
                clv == null ? OptionalDouble.empty() : OptionalDouble.of(clv));
    }

    @Test
    void figuresPerSourceByHand() {
        // fair: 4 customers, 3 bought after 2, 10 and 30 days; costs 40 + 40 + 40 + 40 = 160; CLV 100, 200, 300.
        // web: 2 customers, none bought, no cost recorded.
        List<AcquisitionEconomics.SourceRow> rows = AcquisitionEconomics.bySource(List.of(
                entry("fair", 2, "40", 100.0), entry("fair", 10, "40", 200.0), entry("fair", 30, "40", 300.0),
                entry("fair", null, "40", null), entry("web", null, null, null), entry("web", null, null, null)), USD);

        AcquisitionEconomics.SourceRow fair = rows.get(0);
        assertThat(fair.source()).isEqualTo("fair");
        assertThat(fair.customers()).isEqualTo(4);
        assertThat(fair.converted()).isEqualTo(3);
        assertThat(fair.prospects()).isEqualTo(1);
        assertThat(fair.conversionRate()).isEqualTo(0.75);
        assertThat(fair.medianDaysToConvert().getAsDouble()).isEqualTo(10.0);
        assertThat(fair.acquisitionCost()).contains(Money.of("160.00", "USD"));
        assertThat(fair.costPerConverted()).contains(Money.of("53.33", "USD")); // 160 / 3
        assertThat(fair.meanClv().getAsDouble()).isEqualTo(200.0);
        assertThat(fair.clvToCac().getAsDouble()).isCloseTo(200.0 / 53.33, within(1e-9));

        AcquisitionEconomics.SourceRow web = rows.get(1);
        assertThat(web.converted()).isZero();
        assertThat(web.medianDaysToConvert()).isEmpty();
        assertThat(web.acquisitionCost()).isEmpty();
        assertThat(web.costPerConverted()).isEmpty();
        assertThat(web.clvToCac()).isEmpty();
    }

    @Test
    void theMedianOfAnEvenCountIsTheMeanOfTheMiddleTwoAndCostsMustShareACurrency() {
        assertThat(AcquisitionEconomics.bySource(List.of(entry("a", 1, null, null), entry("a", 4, null, null)), USD)
                .get(0).medianDaysToConvert().getAsDouble()).isEqualTo(2.5);
        assertThatThrownBy(() -> AcquisitionEconomics.bySource(List.of(new AcquisitionEconomics.Entry("a", JAN,
                Optional.empty(), Optional.of(Money.of("1", "EUR")), OptionalDouble.empty())), USD))
                .hasMessageContaining("one currency");
    }
}
