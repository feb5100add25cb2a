package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignGroup;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.campaign.CampaignResponse;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.money.Money;

/** Contract of {@link org.opencrm.application.port.out.CampaignRepository}: every backend passes it. */
public abstract class CampaignRepositoryContract extends StorageContract {

    private static final Instant T0 = Instant.parse("2024-07-01T09:15:30.123Z");
    private static final CampaignId ID = CampaignId.of("cmp-1");

    private static Campaign campaign(CampaignId id, LocalDate start) {
        return new Campaign(id, "夏季回馈 summer win-back", "lapsed-spenders", 3, ContactChannel.EMAIL, "20% off, 'quoted'",
                Money.of("0.35", "EUR"), Money.of("1250.00", "EUR"), 0.15, -7L, start, 45, 12, T0);
    }

    @Test
    void keepsACampaignItsSnapshotAndOneResponseAMemberExactly() {
        Campaign c = campaign(ID, LocalDate.of(2024, 7, 1));
        List<CampaignMember> members = List.of(new CampaignMember(ID, CustomerId.of("c-2"), CampaignGroup.CONTROL),
                new CampaignMember(ID, CustomerId.of("c-1"), CampaignGroup.TREATED),
                new CampaignMember(ID, CustomerId.of("c-3"), CampaignGroup.TREATED));
        storage().campaigns().start(c, members);
        Campaign later = campaign(CampaignId.of("cmp-0"), LocalDate.of(2024, 8, 1));
        storage().campaigns().start(later, List.of(new CampaignMember(later.id(), CustomerId.of("c-1"),
                CampaignGroup.TREATED)));

        assertThat(storage().campaigns().findById(ID)).contains(c);
        assertThat(storage().campaigns().findById(CampaignId.of("nope"))).isEmpty();
        assertThat(storage().campaigns().findAll()).containsExactly(later, c);
        assertThat(storage().campaigns().members(ID)).extracting(m -> m.customer().value())
                .containsExactly("c-1", "c-2", "c-3");
        assertThat(storage().campaigns().members(ID)).contains(members.get(0));

        CampaignResponse bought = new CampaignResponse(ID, CustomerId.of("c-3"), true, true, Money.of("99.99", "EUR"), T0);
        CampaignResponse control = new CampaignResponse(ID, CustomerId.of("c-2"), true, false, Money.of("0.00", "EUR"),
                T0.plusSeconds(5));
        assertThat(storage().campaigns().respond(bought)).isTrue();
        assertThat(storage().campaigns().respond(control)).isTrue();
        assertThat(storage().campaigns().respond(new CampaignResponse(ID, CustomerId.of("c-3"), false, false,
                Money.of("0", "EUR"), T0))).isFalse();
        assertThat(storage().campaigns().responses(ID)).containsExactly(control, bought);
        assertThat(storage().campaigns().responses(later.id())).isEmpty();
        assertThat(storage().campaigns().member(ID, CustomerId.of("c-2"))).contains(members.get(0));
        assertThat(storage().campaigns().member(later.id(), CustomerId.of("c-2"))).isEmpty();
        assertThat(storage().campaigns().response(ID, CustomerId.of("c-3"))).contains(bought);
        assertThat(storage().campaigns().response(ID, CustomerId.of("c-1"))).isEmpty();
    }

    @Test
    void aStartCutOffStoresNeitherTheCampaignNorItsSnapshot() {
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            storage().campaigns().start(campaign(ID, LocalDate.of(2024, 7, 1)),
                    List.of(new CampaignMember(ID, CustomerId.of("c-1"), CampaignGroup.TREATED)));
            throw new IllegalStateException("power cut");
        })).hasMessage("power cut");
        assertThat(storage().campaigns().findAll()).isEmpty();
        assertThat(storage().campaigns().members(ID)).isEmpty();
    }
}
