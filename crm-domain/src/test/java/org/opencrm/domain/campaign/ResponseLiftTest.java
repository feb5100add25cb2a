package org.opencrm.domain.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencrm.domain.customer.CustomerId;

/** Golden values from src/test/resources/golden/lift_intervals.py (scipy's normal quantile, the formulas written out). */
class ResponseLiftTest {

    private static final double EPS = 1e-9;

    @ParameterizedTest
    @CsvSource({
        "81, 263, 0.2552885199, 0.3662095770",
        "15, 148, 0.0623863995, 0.1604872417",
        "0, 20, 0.0000000000, 0.1611251581",
        "1, 29, 0.0061132143, 0.1717552188",
        "56, 70, 0.6918335550, 0.8769526075"})
    void wilsonIntervalsAsNewcombeTabulates(long x, long n, double lower, double upper) {
        ResponseLift.Interval i = ResponseLift.wilson(x, n);
        assertThat(i.lower()).isCloseTo(lower, within(EPS));
        assertThat(i.upper()).isCloseTo(upper, within(EPS));
        assertThat(i.rate()).isEqualTo((double) x / n);
    }

    @ParameterizedTest
    @CsvSource({
        "56, 70, 48, 80, 0.0524314724, 0.3338726540",
        "9, 10, 3, 10, 0.1705227239, 0.8090179735",
        "6, 7, 2, 7, 0.0582279275, 0.8062496375",
        "5, 56, 0, 29, -0.0381371479, 0.1925600139",
        "120, 9000, 8, 1000, -0.0026728513, 0.0100467752"})
    void newcombeHybridScoreIntervalOfTheDifference(long x1, long n1, long x2, long n2, double lower, double upper) {
        ResponseLift lift = ResponseLift.of(x1, n1, x2, n2);
        assertThat(lift.difference()).isCloseTo((double) x1 / n1 - (double) x2 / n2, within(EPS));
        assertThat(lift.lower()).isCloseTo(lower, within(EPS));
        assertThat(lift.upper()).isCloseTo(upper, within(EPS));
    }

    @Test
    void significantOnlyWhenTheWholeIntervalIsAboveZero() {
        assertThat(ResponseLift.of(56, 70, 48, 80).significant()).isTrue();
        assertThat(ResponseLift.of(120, 9000, 8, 1000).significant()).isFalse();
    }

    @Test
    void refusesImpossibleCounts() {
        assertThatThrownBy(() -> ResponseLift.of(3, 2, 0, 10)).hasMessageContaining("'successes' must be 0..2");
        assertThatThrownBy(() -> ResponseLift.of(0, 10, 0, 0)).hasMessageContaining("'trials' must be at least 1");
    }

    @Test
    void theControlGroupIsReproducibleSortedAndOfTheAskedSize() {
        List<CustomerId> members = new ArrayList<>();
        for (int i = 0; i < 1_000; i++) {
            members.add(CustomerId.of(String.format("c-%04d", i)));
        }
        ControlGroup a = ControlGroup.split(members, 0.1, 42);
        List<CustomerId> reversed = new ArrayList<>(members);
        java.util.Collections.reverse(reversed);
        ControlGroup b = ControlGroup.split(reversed, 0.1, 42);
        assertThat(a).isEqualTo(b);
        assertThat(a.control()).hasSize(100).isSorted().doesNotContainAnyElementsOf(a.treated());
        assertThat(a.treated()).hasSize(900).isSorted();
        assertThat(ControlGroup.split(members, 0.1, 43).control()).isNotEqualTo(a.control());
        assertThatThrownBy(() -> ControlGroup.split(members, 0.6, 1)).hasMessageContaining("'controlFraction'");
        assertThatThrownBy(() -> ControlGroup.split(members, 0, 1)).hasMessageContaining("'controlFraction'");
        assertThatThrownBy(() -> ControlGroup.split(List.of(), 0.1, 1)).hasMessageContaining("no members");
    }
}
