package org.opencrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.money.Money;

/** Hand-computed expectations; the intervals' golden values from src/test/resources/golden/lift_intervals.py. */
class CampaignResultsTest {

    private static final Instant AT = Instant.parse("2024-07-01T09:00:00Z");
    private static final CampaignId ID = CampaignId.of("cmp-1");

    static Campaign campaign() {
        return new Campaign(ID, "Summer win-back", "lapsed-spenders", 2, ContactChannel.EMAIL, "20% off",
                Money.of("0.50", "USD"), Money.of("100.00", "USD"), 0.5, 42, LocalDate.of(2024, 7, 1), 30, 3, AT);
    }

    @Test
    void ratesCostRoiAndLiftOverControl() {
        // 10 contacted: 9 responded, 6 of them bought 50.00 each; 10 held out: 3 responded, 2 bought 40.00 each.
        List<CampaignMember> members = new ArrayList<>();
        List<CampaignResponse> responses = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            CustomerId t = CustomerId.of("t-" + i);
            CustomerId c = CustomerId.of("c-" + i);
            members.add(new CampaignMember(ID, t, CampaignGroup.TREATED));
            members.add(new CampaignMember(ID, c, CampaignGroup.CONTROL));
            if (i < 9) {
                responses.add(new CampaignResponse(ID, t, true, i < 6, Money.of(i < 6 ? "50.00" : "0.00", "USD"), AT));
            }
            if (i < 3) {
                responses.add(new CampaignResponse(ID, c, true, i < 2, Money.of(i < 2 ? "40.00" : "0.00", "USD"), AT));
            }
        }
        CampaignResults r = CampaignResults.of(campaign(), members, responses);

        assertThat(r.treated()).isEqualTo(new CampaignResults.Group(10, 9, 6, Money.of("300.00", "USD")));
        assertThat(r.control()).isEqualTo(new CampaignResults.Group(10, 3, 2, Money.of("80.00", "USD")));
        assertThat(r.treated().responseRate()).isEqualTo(0.9);
        assertThat(r.cost()).isEqualTo(Money.of("105.00", "USD")); // 10 x 0.50 + 100.00
        assertThat(r.roi().getAsDouble()).isCloseTo((300.0 - 105.0) / 105.0, within(1e-9));
        // Added revenue: (30.00 - 8.00) per member x 10 contacted = 220.00 against 105.00 spent.
        assertThat(r.incrementalRoi().getAsDouble()).isCloseTo((220.0 - 105.0) / 105.0, within(1e-9));
        ResponseLift response = r.responseLift().orElseThrow();
        assertThat(response.difference()).isCloseTo(0.6, within(1e-12));
        assertThat(response.lower()).isCloseTo(0.1705227239, within(1e-9));
        assertThat(response.upper()).isCloseTo(0.8090179735, within(1e-9));
        ResponseLift conversion = r.conversionLift().orElseThrow();
        assertThat(conversion.lower()).isCloseTo(-0.0225584654, within(1e-9));
        assertThat(conversion.upper()).isCloseTo(0.6725442446, within(1e-9));
        assertThat(conversion.significant()).isFalse();
        CampaignResults.RevenueLift revenue = r.revenueLift().orElseThrow();
        assertThat(revenue.difference()).isCloseTo(22.0, within(1e-9));
        assertThat(revenue.lower()).isLessThan(22.0).isGreaterThanOrEqualTo(-40.0);
        assertThat(revenue.upper()).isGreaterThan(22.0).isLessThanOrEqualTo(50.0);
        assertThat(CampaignResults.of(campaign(), members, responses).revenueLift()).contains(revenue);
    }

    @Test
    void largeGroupsGetTheNormalIntervalOfTheDifferenceOfMeans() {
        // 10,000 each: half the contacted spent 1.00, a fifth of the control did. Means 0.5 and 0.2; sample
        // variances p(1-p) n/(n-1): 0.25 x 10000/9999 and 0.16 x 10000/9999.
        double[] treated = new double[10_000];
        double[] control = new double[10_000];
        for (int i = 0; i < 10_000; i++) {
            treated[i] = i < 5_000 ? 1 : 0;
            control[i] = i < 2_000 ? 1 : 0;
        }
        CampaignResults.RevenueLift lift = CampaignResults.revenueInterval(treated, control, 1);
        double half = ResponseLift.Z95 * Math.sqrt((0.25 + 0.16) / 9_999);
        assertThat(lift.difference()).isCloseTo(0.3, within(1e-12));
        assertThat(lift.lower()).isCloseTo(0.3 - half, within(1e-12));
        assertThat(lift.upper()).isCloseTo(0.3 + half, within(1e-12));
    }

    @Test
    void noLiftWithoutAControlGroupAndNoRoiWithoutCost() {
        List<CampaignMember> members = List.of(new CampaignMember(ID, CustomerId.of("t-1"), CampaignGroup.TREATED));
        CampaignResults r = CampaignResults.of(campaign(), members, List.of());
        assertThat(r.responseLift()).isEmpty();
        assertThat(r.revenueLift()).isEmpty();
        assertThat(r.incrementalRoi()).isEmpty();
        assertThat(r.roi().getAsDouble()).isCloseTo(-1.0, within(1e-12));
    }

    @Test
    void aCampaignAndAResponseRefuseNonsenseByField() {
        assertThatThrownBy(() -> new Campaign(ID, "x", "s", 1, ContactChannel.EMAIL, "o", Money.of("0.50", "USD"),
                Money.of("1.00", "EUR"), 0.1, 1, LocalDate.of(2024, 1, 1), 30, 0, AT)).hasMessageContaining("'fixedCost'");
        assertThatThrownBy(() -> new Campaign(ID, "x", "s", 1, ContactChannel.EMAIL, "o", Money.of("0.50", "USD"),
                Money.of("1.00", "USD"), 0.7, 1, LocalDate.of(2024, 1, 1), 30, 0, AT))
                .hasMessageContaining("'controlFraction'");
        assertThatThrownBy(() -> new CampaignResponse(ID, CustomerId.of("t"), false, true, Money.of("1", "USD"), AT))
                .hasMessageContaining("'converted' needs 'responded'");
        assertThatThrownBy(() -> new CampaignResponse(ID, CustomerId.of("t"), true, true, Money.of("-1", "USD"), AT))
                .hasMessageContaining("'revenue'");
    }
}
