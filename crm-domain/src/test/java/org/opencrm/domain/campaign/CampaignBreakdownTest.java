package org.opencrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;

class CampaignBreakdownTest {

    private static final Instant AT = Instant.parse("2024-07-01T09:00:00Z");
    private static final CampaignId ID = CampaignResultsTest.campaign().id();

    @Test
    void eachKindIsMeasuredAgainstItsOwnControlMembers() {
        // Strategic: 4 contacted (3 responded, one bought 50.00) and 2 held out (1 responded).
        // Risk: 2 contacted (none responded), no one held out. One contacted member has no tier.
        List<CampaignMember> members = new ArrayList<>();
        List<CampaignResponse> responses = new ArrayList<>();
        Map<String, String> tierOf = new java.util.HashMap<>();
        for (int i = 0; i < 4; i++) {
            members.add(member("s-t" + i, CampaignGroup.TREATED));
            tierOf.put("s-t" + i, "STRATEGIC");
        }
        for (int i = 0; i < 3; i++) {
            responses.add(new CampaignResponse(ID, CustomerId.of("s-t" + i), true, i == 0,
                    Money.of(i == 0 ? "50.00" : "0.00", "USD"), AT));
        }
        for (int i = 0; i < 2; i++) {
            members.add(member("s-c" + i, CampaignGroup.CONTROL));
            tierOf.put("s-c" + i, "STRATEGIC");
            members.add(member("r-t" + i, CampaignGroup.TREATED));
            tierOf.put("r-t" + i, "RISK");
        }
        responses.add(new CampaignResponse(ID, CustomerId.of("s-c0"), true, false, Money.of("0.00", "USD"), AT));
        members.add(member("nobody-knows", CampaignGroup.TREATED));

        List<CampaignBreakdown> rows = CampaignBreakdown.of("tier", List.of("STRATEGIC", "MAJOR", "RISK"),
                CampaignResultsTest.campaign(), members, responses,
                c -> Optional.ofNullable(tierOf.get(c.value())));

        assertThat(rows).extracting(CampaignBreakdown::value).containsExactly("STRATEGIC", "RISK", "unclassified");
        CampaignBreakdown strategic = rows.get(0);
        assertThat(strategic.treated()).isEqualTo(new CampaignResults.Group(4, 3, 1, Money.of("50.00", "USD")));
        assertThat(strategic.control()).isEqualTo(new CampaignResults.Group(2, 1, 0, Money.of("0.00", "USD")));
        // 3/4 - 1/2 = 0.25, with Newcombe's interval from the same Wilson intervals as the whole campaign's.
        ResponseLift lift = strategic.responseLift().orElseThrow();
        assertThat(lift.difference()).isEqualTo(0.25);
        assertThat(lift).isEqualTo(ResponseLift.of(3, 4, 1, 2));
        assertThat(rows.get(1).treated().members()).isEqualTo(2);
        assertThat(rows.get(1).responseLift()).as("no control members of that tier: no lift").isEmpty();
        assertThat(rows.get(2).treated().members()).isOne();
    }

    private static CampaignMember member(String id, CampaignGroup group) {
        return new CampaignMember(ID, CustomerId.of(id), group);
    }
}
