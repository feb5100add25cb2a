package org.opencrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;

class AttributedPurchasesTest {

    @Test
    void buyersAndRevenuePerGroupAndTheBuyingLift() {
        CampaignId id = CampaignId.of("cmp-1");
        List<CampaignMember> members = new ArrayList<>();
        Map<CustomerId, Money> spent = new HashMap<>();
        // 10 contacted, 9 bought 10.00 each; 10 held out, 3 bought 5.00 each (Newcombe: 9/10 vs 3/10).
        for (int i = 0; i < 10; i++) {
            members.add(new CampaignMember(id, CustomerId.of("t-" + i), CampaignGroup.TREATED));
            members.add(new CampaignMember(id, CustomerId.of("c-" + i), CampaignGroup.CONTROL));
            if (i < 9) {
                spent.put(CustomerId.of("t-" + i), Money.of("10.00", "USD"));
            }
            if (i < 3) {
                spent.put(CustomerId.of("c-" + i), Money.of("5.00", "USD"));
            }
        }
        spent.put(CustomerId.of("stranger"), Money.of("999.00", "USD"));
        AttributedPurchases a = AttributedPurchases.of(CampaignResultsTest.campaign(), members, spent);
        assertThat(a.treatedBuyers()).isEqualTo(9);
        assertThat(a.treatedRevenue()).isEqualTo(Money.of("90.00", "USD"));
        assertThat(a.controlBuyers()).isEqualTo(3);
        assertThat(a.controlRevenue()).isEqualTo(Money.of("15.00", "USD"));
        assertThat(a.buyingLift().orElseThrow().lower()).isCloseTo(0.1705227239, within(1e-9));
        assertThat(a.buyingLift().orElseThrow().upper()).isCloseTo(0.8090179735, within(1e-9));
    }
}
