package org.opencrm.domain.value.clv;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.money.Money;

/** docs/value-models.md §5, test 1: the summary builder on the raw CDNOW sample equals the published summary. */
class PurchaseSummaryTest {

    @Test
    void rebuildsThePublishedCdnowSummaryFromTheRawLog() {
        Map<Integer, List<PurchaseFact>> purchases = CdnowSample.purchases();
        Map<Integer, CdnowSample.Row> published = CdnowSample.summaryCsv();
        assertThat(purchases).hasSize(2_357);
        int sumX = 0;
        int repeaters = 0;
        for (Map.Entry<Integer, List<PurchaseFact>> e : purchases.entrySet()) {
            PurchaseSummary s = CdnowSample.summary(e.getValue(), CdnowSample.CALIBRATION_END, ModelTimeUnit.WEEKS)
                    .orElseThrow();
            CdnowSample.Row row = published.get(e.getKey());
            assertThat(s.x()).as("x of %s", e.getKey()).isEqualTo(row.x());
            assertThat(Math.round(s.tx() * 100) / 100.0).as("t_x of %s", e.getKey()).isEqualTo(row.tx());
            assertThat(Math.round(s.T() * 100) / 100.0).as("T of %s", e.getKey()).isEqualTo(row.T());
            sumX += s.x();
            repeaters += s.x() > 0 ? 1 : 0;
        }
        assertThat(sumX).isEqualTo(2_457);
        assertThat(repeaters).isEqualTo(946);
    }

    @Test
    void sameDayPurchasesAreOneAndTheFirstDayIsNotARepeat() {
        LocalDate d = LocalDate.of(1997, 1, 1);
        List<PurchaseFact> p = List.of(fact(d, "10"), fact(d, "5"), fact(d.plusDays(7), "3"), fact(d.plusDays(7), "4"),
                fact(d.plusDays(14), "11"), fact(d.plusDays(400), "99"));
        PurchaseSummary s = CdnowSample.summary(p, d.plusDays(21), ModelTimeUnit.WEEKS).orElseThrow();
        assertThat(s.x()).isEqualTo(2);
        assertThat(s.tx()).isEqualTo(2.0);
        assertThat(s.T()).isEqualTo(3.0);
        assertThat(s.meanRepeatValue()).isEqualByComparingTo("9"); // (3+4 + 11) / 2 repeat days
        assertThat(CdnowSample.summary(p, d.minusDays(1), ModelTimeUnit.DAYS)).isEmpty();
    }

    private static PurchaseFact fact(LocalDate day, String amount) {
        return PurchaseFact.of(day, Money.of(amount, "USD"));
    }
}
