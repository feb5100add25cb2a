package org.opencrm.domain.value.loyalty;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.value.clv.BgNbdModel;
import org.opencrm.domain.value.clv.BgNbdParameters;

class ReinartzKumarModelTest {

    @Test
    void splitsLoyaltyAndProfitabilityAtTheMedians() {
        Map<CustomerId, ReinartzKumarClass> classes = ReinartzKumarModel.classify(List.of(
                input("friend", 0.9, 500), input("butterfly", 0.1, 400), input("barnacle", 0.8, 5),
                input("stranger", 0.2, 1)));
        assertThat(classes).containsEntry(CustomerId.of("friend"), ReinartzKumarClass.TRUE_FRIENDS)
                .containsEntry(CustomerId.of("butterfly"), ReinartzKumarClass.BUTTERFLIES)
                .containsEntry(CustomerId.of("barnacle"), ReinartzKumarClass.BARNACLES)
                .containsEntry(CustomerId.of("stranger"), ReinartzKumarClass.STRANGERS);
    }

    @Test
    void lifetimeEndsWhereTheAliveProbabilityCrossesTheCut() {
        BgNbdModel model = new BgNbdModel(new BgNbdParameters(0.243, 4.414, 0.793, 2.426));
        double duration = ReinartzKumarModel.lifetimeDuration(model, 2, 10, 60, 0.5);
        assertThat(duration).isBetween(10.0, 60.0);
        assertThat(model.probabilityAlive(2, 10, duration)).isCloseTo(0.5, within(1e-4));
        // Still likely alive at T: the whole observed time counts.
        assertThat(ReinartzKumarModel.lifetimeDuration(model, 5, 30, 31, 0.5)).isEqualTo(31.0);
        // Without repeat purchases BG/NBD never says a customer left.
        assertThat(ReinartzKumarModel.lifetimeDuration(model, 0, 0, 40, 0.5)).isEqualTo(40.0);
    }

    private static ReinartzKumarModel.Input input(String id, double alive, double clv) {
        return new ReinartzKumarModel.Input(CustomerId.of(id), alive, clv);
    }
}
