package org.opencrm.domain.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.MarketingConsent;

class DuplicateFinderTest {

    private static Customer customer(String id, String name, List<ContactPoint> contacts, Map<String, String> attrs) {
        return new Customer(CustomerId.of(id), name, List.of(), contacts, MarketingConsent.NONE, attrs,
                AcquisitionSource.UNKNOWN, Instant.parse("2024-01-01T00:00:00Z"));
    }

    @Test
    void keysAreNormalisedForEveryScript() {
        assertThat(MatchKeys.email(" Ann.Lee+shop@Example.ORG ")).contains("ann.lee@example.org");
        assertThat(MatchKeys.phone("0044 (20) 7946-0000")).contains("+442079460000");
        assertThat(MatchKeys.phone("+44 20 7946 0000")).contains("+442079460000");
        assertThat(MatchKeys.phone("123")).isEmpty();
        assertThat(MatchKeys.name("Zhang,  WEI")).contains("wei zhang");
        assertThat(MatchKeys.name("Ｚｈａｎｇ Wei")).contains("wei zhang"); // full-width letters, NFKC
        assertThat(MatchKeys.name("张伟")).contains("张伟");
        // One edit in three letters: 1 - 1/3; in two Chinese characters: 1 - 1/2.
        assertThat(MatchKeys.similarity("ann", "anne")).isEqualTo(0.75);
        assertThat(MatchKeys.similarity("张伟", "张玮")).isEqualTo(0.5);
    }

    @Test
    void findsPairsByEmailPhoneOrNameWithAnotherFieldAndNothingElse() {
        List<Customer> all = List.of(
                customer("c1", "Ann Lee", List.of(ContactPoint.email("ann@example.org")), Map.of()),
                customer("c2", "A. Lee", List.of(ContactPoint.email("ANN+x@example.org")), Map.of()),
                customer("c3", "张伟", List.of(ContactPoint.phone("+86 10 1234 5678")), Map.of()),
                customer("c4", "Wei Zhang", List.of(ContactPoint.phone("0086-10-12345678")), Map.of()),
                customer("c5", "Margaret Thatcher", List.of(new ContactPoint(ContactPoint.Kind.ADDRESS, "10 Downing St.")),
                        Map.of()),
                customer("c6", "Margret Thatcher", List.of(new ContactPoint(ContactPoint.Kind.ADDRESS, "10 downing st")),
                        Map.of()),
                customer("c7", "Margret Thatcher", List.of(), Map.of("tier", "gold")),
                customer("c8", "Bob Stone", List.of(), Map.of("birth_date", "1970-01-01")),
                customer("c9", "Bob Stones", List.of(), Map.of("birth_date", "1970-01-01")));
        List<DuplicateCandidate> found = new DuplicateFinder(100).find(all, 0.5).candidates();
        assertThat(found).extracting(d -> d.first().value() + "-" + d.second().value() + " " + d.rule())
                .containsExactly("c1-c2 SAME_EMAIL", "c3-c4 SAME_PHONE", "c5-c6 SIMILAR_NAME", "c8-c9 SIMILAR_NAME");
        // "margaret thatcher" vs "margret thatcher": one edit in 17 -> 0.9 x 16/17.
        assertThat(found.get(2).score()).isEqualTo(0.9 * 16 / 17);
        assertThat(found.get(2).evidence()).contains("same address");
        assertThat(new DuplicateFinder(100).find(all, 0.9).candidates()).hasSize(2);
    }

    @Test
    void aBlockTooLargeIsSkippedAndCountedNotComparedPairByPair() {
        List<Customer> office = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            office.add(customer("c" + i, "Person " + (char) ('A' + i) + "x" + i,
                    List.of(ContactPoint.phone("+1 555 000 0000")), Map.of()));
        }
        DuplicateFinder.Result result = new DuplicateFinder(4).find(office, 0.5);
        assertThat(result.candidates()).isEmpty();
        assertThat(result.skippedBlocks()).isOne();
    }
}
