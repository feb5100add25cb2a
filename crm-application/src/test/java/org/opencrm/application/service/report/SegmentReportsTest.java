package org.opencrm.application.service.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.FactNotFoundException;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.acquisition.AcquisitionReportUseCase;
import org.opencrm.application.port.in.report.LifecycleReport;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.application.port.in.report.RfmReport;
import org.opencrm.application.port.in.report.RfmReportUseCase;
import org.opencrm.application.port.in.segment.SaveSegmentUseCase;
import org.opencrm.application.port.in.survey.SurveyReportUseCase;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.fixtures.TestPurchases;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.survey.SurveyResponseId;
import org.opencrm.domain.value.rfm.RfmSegmentMap;
import org.opencrm.domain.value.rfm.RfmValues;

/** Reports restricted to a saved segment count its members only, scored as in the whole base. */
class SegmentReportsTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);

    private final FakeApplication app = new FakeApplication();

    /** Customer i (1..6) buys on i days, 10 days apart, the last 10·i days before the date; odd ones are north. */
    @BeforeEach
    void sixBuyersInTwoRegions() {
        for (int i = 1; i <= 6; i++) {
            app.storage().customers().save(new Customer(CustomerId.of("c" + i), "C" + i, List.of(), List.of(),
                    MarketingConsent.NONE, Map.of("region", i % 2 == 1 ? "north" : "south"), AcquisitionSource.UNKNOWN,
                    Instant.parse("2024-01-01T00:00:00Z")));
            for (int d = 0; d < i; d++) {
                app.storage().purchases().add(TestPurchases.aPurchase("p" + i + "-" + d, CustomerId.of("c" + i),
                        AS_OF.minusDays(10L * i + 10L * d), "10.00"));
            }
        }
        app.useCase(SaveSegmentUseCase.class).save(new SaveSegmentUseCase.Command("north", "attr.region = north"));
    }

    @Test
    void theLifecycleReportCountsTheMembersOnly() {
        LifecycleReportUseCase lifecycle = app.useCase(LifecycleReportUseCase.class);
        LifecycleReport all = lifecycle.report(LifecycleReportUseCase.Query.asOf(AS_OF));
        LifecycleReport north = lifecycle.report(new LifecycleReportUseCase.Query(Optional.of(AS_OF), Optional.empty(),
                Optional.of("north")));
        assertThat(all.customers()).isEqualTo(6);
        assertThat(north.customers()).isEqualTo(3);
    }

    @Test
    void theRfmReportKeepsTheBaseScoresAndCountsTheMembers() {
        RfmReportUseCase rfm = app.useCase(RfmReportUseCase.class);
        RfmReport all = rfm.report(new RfmReportUseCase.Query(Optional.of(AS_OF), 3, RfmValues.Monetary.TOTAL,
                RfmSegmentMap.STANDARD));
        RfmReport north = rfm.report(new RfmReportUseCase.Query(Optional.of(AS_OF), 3, RfmValues.Monetary.TOTAL,
                RfmSegmentMap.STANDARD, Optional.of("north")));
        assertThat(north.customers()).isEqualTo(3);
        assertThat(north.recency()).as("the whole base's cut points").isEqualTo(all.recency());
        // c1, c3 and c5 sit where they sit in the whole base's map: their cells add up to them and no one else.
        assertThat(north.recencyByFrequency().stream().mapToLong(RfmReport.RfCell::customers).sum()).isEqualTo(3);
        for (RfmReport.RfCell cell : north.recencyByFrequency()) {
            RfmReport.RfCell whole = all.recencyByFrequency().stream().filter(c -> c.recency() == cell.recency()
                    && c.frequency() == cell.frequency()).findFirst().orElseThrow();
            assertThat(cell.customers()).isLessThanOrEqualTo(whole.customers());
        }
    }

    @Test
    void theSurveyAndAcquisitionReportsCountTheMembersOnly() {
        for (int i = 1; i <= 2; i++) {
            app.storage().surveyResponses().add(new SurveyResponse(SurveyResponseId.of("s" + i), CustomerId.of("c" + i),
                    Instant.parse("2024-06-01T00:00:00Z"), new SurveyAnswers(OptionalInt.of(5), OptionalInt.of(10),
                    OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(), OptionalInt.empty(),
                    OptionalInt.empty())));
        }
        SurveyReportUseCase surveys = app.useCase(SurveyReportUseCase.class);
        assertThat(surveys.report(Optional.of(AS_OF)).respondents()).isEqualTo(2);
        assertThat(surveys.report(Optional.of(AS_OF), Optional.of("north")).respondents()).isOne(); // c1 only
        AcquisitionReportUseCase acquisition = app.useCase(AcquisitionReportUseCase.class);
        assertThat(acquisition.report(Optional.of(AS_OF), Optional.of("north")).sources().get(0).customers())
                .isEqualTo(3);
    }

    @Test
    void anUnknownSegmentIsRefused() {
        assertThatThrownBy(() -> app.useCase(LifecycleReportUseCase.class).report(new LifecycleReportUseCase.Query(
                Optional.of(AS_OF), Optional.empty(), Optional.of("nope")))).isInstanceOf(FactNotFoundException.class);
    }
}
