package org.opencrm.domain.value.loyalty;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.CustomerId;

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

    private static ReinartzKumarModel.Input input(String id, double alive, double clv) {
        return new ReinartzKumarModel.Input(CustomerId.of(id), alive, clv);
    }
}
