package org.opencrm.domain.acquisition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.MarketingConsent;

class ProspectScoringTest {

    private static Customer c(String id, String source, Map<String, String> attributes) {
        return new Customer(CustomerId.of(id), id, List.of(), List.of(), MarketingConsent.NONE, attributes,
                AcquisitionSource.of(source), Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void weightsOfEvidenceAndScoresByHand() {
        // Best: 3 customers, 2 from the fair, all 3 in 上海. Others: 5 customers, 1 from the fair, 1 in 上海.
        List<Customer> best = List.of(c("b1", "fair", Map.of("city", "上海")), c("b2", "fair", Map.of("city", "上海")),
                c("b3", "web", Map.of("city", "上海")));
        List<Customer> others = List.of(c("o1", "fair", Map.of("city", "北京")), c("o2", "web", Map.of("city", "北京")),
                c("o3", "web", Map.of("city", "上海")), c("o4", "web", Map.of()), c("o5", "web", Map.of()));
        ProspectScoring scoring = ProspectScoring.learn(best, others);

        // source=fair: (2+1)/(3+2) = 0.6 against (1+1)/(5+2) = 2/7: ln(0.6 / (2/7)) = ln(2.1)
        assertThat(scoring.weight("source=fair")).isCloseTo(Math.log(2.1), within(1e-12));
        // city=上海: (3+1)/5 = 0.8 against (1+1)/7: ln(2.8)
        assertThat(scoring.weight("city=上海")).isCloseTo(Math.log(2.8), within(1e-12));
        // source=web: (1+1)/5 = 0.4 against (4+1)/7: ln(0.56)
        assertThat(scoring.weight("source=web")).isCloseTo(Math.log(0.56), within(1e-12));
        assertThat(scoring.weight("city=Paris")).isZero();

        ProspectScoring.Scored p = scoring.score(c("p1", "fair", Map.of("city", "上海", "colour", "blue")), 2);
        assertThat(p.score()).isCloseTo(Math.log(2.1) + Math.log(2.8), within(1e-12));
        assertThat(p.reasons()).extracting(ProspectScoring.Contribution::feature).containsExactly("city=上海", "source=fair");
        assertThat(scoring.score(c("p2", "web", Map.of()), 3).score()).isCloseTo(Math.log(0.56), within(1e-12));
    }

    @Test
    void needsBothGroupsToCompare() {
        assertThatThrownBy(() -> ProspectScoring.learn(List.of(), List.of(c("o", "web", Map.of()))))
                .hasMessageContaining("best 0");
    }
}
