package org.opencrm.application.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.ReportNotComputableException;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.report.RfmReport;
import org.opencrm.application.port.in.report.RfmReportUseCase;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.fixtures.TestCustomers;
import org.opencrm.domain.fixtures.TestPurchases;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.value.rfm.RfmSegmentMap;
import org.opencrm.domain.value.rfm.RfmValues;

class RfmReportServiceTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final RfmSegmentMap TWO = RfmSegmentMap.parse("two", "Top ; * ; 5 ; *\nRest ; * ; * ; *");

    private final FakeApplication app = new FakeApplication();
    private final RfmReportUseCase rfm = app.useCase(RfmReportUseCase.class);

    /** Customer i buys on i days, 10 days apart, the last one 10·i days before the as-of date, 10.00 each. */
    RfmReportServiceTest() {
        for (int i = 1; i <= 5; i++) {
            app.storage().customers().save(TestCustomers.aCustomer("c" + i, "C" + i, "x" + i));
            for (int d = 0; d < i; d++) {
                app.storage().purchases().add(TestPurchases.aPurchase("p" + i + "-" + d, CustomerId.of("c" + i),
                        AS_OF.minusDays(10L * i + 10L * d), "10.00"));
            }
        }
    }

    private RfmReport report(LocalDate asOf, RfmSegmentMap segments) {
        return rfm.report(new RfmReportUseCase.Query(Optional.of(asOf), 5, RfmValues.Monetary.TOTAL, segments));
    }

    @Test
    void theMostFrequentBuyerAloneIsInTheTopFrequencyScoreWithTheirOwnMeans() {
        RfmReport r = report(AS_OF, TWO);
        assertThat(r.customers()).isEqualTo(5);
        RfmReport.SegmentRow top = r.segments().get(0);
        assertThat(top.segment()).isEqualTo("Top");
        assertThat(top.customers()).isOne();
        assertThat(top.meanPurchaseDays()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("5"));
        assertThat(top.meanRecencyDays()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("50"));
        assertThat(top.meanMonetary()).contains(Money.of("50.00", "USD"));
        RfmReport.SegmentRow rest = r.segments().get(1);
        assertThat(rest.customers()).isEqualTo(4);
        // (10 + 20 + 30 + 40) / 4 days since the last purchase; (1 + 2 + 3 + 4) / 4 purchase days.
        assertThat(rest.meanRecencyDays()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("25"));
        assertThat(rest.meanPurchaseDays()).hasValueSatisfying(d -> assertThat(d).isEqualByComparingTo("2.5"));
        assertThat(r.segments().stream().map(RfmReport.SegmentRow::share).reduce(BigDecimal.ZERO, BigDecimal::add))
                .isEqualByComparingTo("1");
    }

    @Test
    void theRecencyByFrequencyMapCountsEachPairOfScoresAndNamesItsSegment() {
        RfmReport r = report(AS_OF, RfmSegmentMap.STANDARD);
        // Recency 10·i days and i purchase days: customer i scores R = 6 − i and F = i, one customer a cell on the
        // anti-diagonal; the standard map names those cells New, Potential loyalist, Needs attention, At risk and
        // Can't lose them, and the empty corners Champions (R5 F5) and Lost (R1 F1).
        assertThat(r.recencyByFrequency()).hasSize(25);
        assertThat(r.recencyByFrequency().get(0)).isEqualTo(new RfmReport.RfCell(5, 1, 1, "New"));
        assertThat(r.recencyByFrequency()).filteredOn(c -> c.customers() > 0).containsExactly(
                new RfmReport.RfCell(5, 1, 1, "New"), new RfmReport.RfCell(4, 2, 1, "Potential loyalist"),
                new RfmReport.RfCell(3, 3, 1, "Needs attention"), new RfmReport.RfCell(2, 4, 1, "At risk"),
                new RfmReport.RfCell(1, 5, 1, "Can't lose them"));
        assertThat(r.recencyByFrequency()).contains(new RfmReport.RfCell(5, 5, 0, "Champions"),
                new RfmReport.RfCell(1, 1, 0, "Lost"));
    }

    @Test
    void aPurchaseAfterTheDateChangesNothingAsOfTheDate() {
        RfmReport before = report(AS_OF, RfmSegmentMap.STANDARD);
        app.storage().purchases().add(TestPurchases.aPurchase("late", CustomerId.of("c1"), AS_OF.plusDays(1), "999.00"));
        assertThat(report(AS_OF, RfmSegmentMap.STANDARD)).isEqualTo(before);
        assertThat(report(AS_OF.plusDays(1), RfmSegmentMap.STANDARD)).isNotEqualTo(before);
    }

    @Test
    void purchasesInTwoCurrenciesAreNotAddedUp() {
        app.storage().purchases().add(new org.opencrm.domain.purchase.Purchase(
                org.opencrm.domain.purchase.PurchaseId.of("yen"), CustomerId.of("c1"), TestPurchases.noon(AS_OF),
                Money.of("500", "JPY"), java.util.List.of(), org.opencrm.domain.purchase.Channel.of("web")));
        assertThatThrownBy(() -> report(AS_OF, RfmSegmentMap.STANDARD))
                .isInstanceOf(ReportNotComputableException.class).hasMessageContaining("one currency");
    }
}
