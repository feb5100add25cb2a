package org.opencrm.domain.value.grid;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.CustomerId;

class ValueGridTest {

    @Test
    void tercilesOfHistoryAndPotentialPlaceEachCustomerInATier() {
        List<CustomerValue> values = new ArrayList<>();
        for (int h = 0; h < 3; h++) {
            for (int p = 0; p < 3; p++) {
                for (int k = 0; k < 10; k++) { // ten customers per cell, clearly separated values
                    values.add(new CustomerValue(CustomerId.of(h + "-" + p + "-" + k), h * 100 + k, 0, p * 1000 + k));
                }
            }
        }
        ValueGrid grid = ValueGrid.of(values, TierPolicy.DEFAULT);
        assertThat(grid.cells().get(CustomerId.of("2-2-5"))).isEqualTo(new ValueCell(Tercile.HIGH, Tercile.HIGH));
        assertThat(grid.tierOf(CustomerId.of("2-2-5"))).isEqualTo(RelationshipTier.STRATEGIC);
        assertThat(grid.tierOf(CustomerId.of("0-2-5"))).isEqualTo(RelationshipTier.MAJOR);
        assertThat(grid.tierOf(CustomerId.of("0-0-5"))).isEqualTo(RelationshipTier.RISK);
        assertThat(grid.tierSizes()).containsEntry(RelationshipTier.STRATEGIC, 10L).containsEntry(RelationshipTier.RISK, 10L)
                .containsEntry(RelationshipTier.MAJOR, 30L).containsEntry(RelationshipTier.TRANSACTIONAL, 40L);
        assertThat(TierPolicy.DEFAULT.resourceShare(RelationshipTier.STRATEGIC)).isEqualTo(0.40);
        assertThat(RelationshipTier.RISK.strategy()).isEqualTo("refuse service, end contact");
    }

    @Test
    void aPolicyMustCoverEveryCellAndShareAllResources() {
        Map<RelationshipTier, Double> shares = Map.of(RelationshipTier.STRATEGIC, 0.5, RelationshipTier.MAJOR, 0.5,
                RelationshipTier.TRANSACTIONAL, 0.0, RelationshipTier.RISK, 0.0);
        assertThatThrownBy(() -> new TierPolicy(Map.of(), shares)).hasMessageContaining("without a tier");
        Map<ValueCell, RelationshipTier> all = new HashMap<>(TierPolicy.DEFAULT.tiers());
        assertThatThrownBy(() -> new TierPolicy(all, Map.of(RelationshipTier.STRATEGIC, 0.5, RelationshipTier.MAJOR, 0.2,
                RelationshipTier.TRANSACTIONAL, 0.2, RelationshipTier.RISK, 0.2))).hasMessageContaining("add up to 1");
    }

    @Test
    void aPolicyListsItsCellsInGridOrderAndItsSharesInTierOrderWhateverItWasGiven() {
        Map<ValueCell, RelationshipTier> shuffled = new HashMap<>(TierPolicy.DEFAULT.tiers());
        Map<RelationshipTier, Double> shares = new HashMap<>(TierPolicy.DEFAULT.resourceShares());
        TierPolicy policy = new TierPolicy(shuffled, shares);
        List<ValueCell> gridOrder = new ArrayList<>();
        for (Tercile h : Tercile.values()) {
            for (Tercile p : Tercile.values()) {
                gridOrder.add(new ValueCell(h, p));
            }
        }
        // Reports print these maps: the same order on every run, not a hash order.
        assertThat(policy.tiers().keySet()).containsExactlyElementsOf(gridOrder);
        assertThat(policy.resourceShares().keySet()).containsExactly(RelationshipTier.values());
        assertThat(policy).isEqualTo(TierPolicy.DEFAULT);
    }

    @Test
    void movementsCountUpgradesAndDowngrades() {
        CustomerId a = CustomerId.of("a");
        CustomerId b = CustomerId.of("b");
        CustomerId c = CustomerId.of("c");
        TierMovements m = TierMovements.between(
                Map.of(a, RelationshipTier.TRANSACTIONAL, b, RelationshipTier.STRATEGIC, c, RelationshipTier.MAJOR),
                Map.of(a, RelationshipTier.MAJOR, b, RelationshipTier.MAJOR, c, RelationshipTier.MAJOR));
        assertThat(m.upgrades()).isEqualTo(1);
        assertThat(m.downgrades()).isEqualTo(1);
        assertThat(m.unchanged()).isEqualTo(1);
        assertThat(m.moves().get(RelationshipTier.TRANSACTIONAL)).containsEntry(RelationshipTier.MAJOR, 1L);
    }
}
