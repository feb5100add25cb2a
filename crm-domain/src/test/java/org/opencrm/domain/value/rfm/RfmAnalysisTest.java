package org.opencrm.domain.value.rfm;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.value.clv.CdnowSample;

class RfmAnalysisTest {

    @Test
    void theStandardMapNamesEveryCellOfTheGridExactlyOnce() {
        for (int r = 1; r <= 5; r++) {
            for (int f = 1; f <= 5; f++) {
                RfmScore s = new RfmScore(r, f, 3);
                long matching = RfmSegmentMap.STANDARD.rules().stream().filter(rule -> rule.matches(s)).count();
                assertThat(matching).as("cell R%d F%d", r, f).isEqualTo(1);
            }
        }
        assertThat(RfmSegmentMap.STANDARD.rules()).extracting(RfmSegmentMap.Rule::segment).hasSize(11)
                .contains("Champions", "Can't lose them", "Lost");
        assertThat(RfmSegmentMap.STANDARD.segmentOf(new RfmScore(5, 5, 1))).isEqualTo("Champions");
        assertThat(RfmSegmentMap.STANDARD.segmentOf(new RfmScore(1, 1, 5))).isEqualTo("Lost");
    }

    @Test
    void quintilesOfTheCdnowSampleMatchThePublishedCutPoints() {
        // docs/value-models.md §3.2: as of 1998-07-01, frequency = purchase days, monetary = total spend.
        List<RfmValues> values = new ArrayList<>();
        for (PurchaseHistory h : cdnowSample()) {
            values.add(RfmValues.of(h, LocalDate.of(1998, 7, 1), RfmValues.Monetary.TOTAL).orElseThrow());
        }
        assertThat(values.stream().filter(v -> v.frequency() == 1).count()).isEqualTo(1_218);
        RfmAnalysis analysis = RfmAnalysis.of(values, 5, RfmSegmentMap.STANDARD);
        assertThat(analysis.frequency().cuts()).containsExactly(1, 1, 2, 4);
        assertThat(analysis.frequency().distinctScores()).isEqualTo(4);
        assertThat(analysis.recency().cuts()).containsExactly(153, 443, 487, 513);
        double[] monetary = analysis.monetary().cuts();
        assertThat(monetary[0]).isCloseTo(15.36, within(0.005));
        assertThat(monetary[1]).isCloseTo(31.96, within(0.005));
        assertThat(monetary[2]).isCloseTo(59.25, within(0.005));
        assertThat(monetary[3]).isCloseTo(130.44, within(0.005));
        // Ties share a score: every one-day buyer has F = 1.
        assertThat(analysis.customers()).filteredOn(c -> c.values().frequency() == 1)
                .allMatch(c -> c.score().frequency() == 1);
    }

    @Test
    void scoresArePureFunctionsOfValueAndCuts() {
        QuantileCuts cuts = QuantileCuts.of(new double[] {1, 2, 3, 4, 5, 6, 7, 8, 9, 10}, 5);
        assertThat(cuts.score(1)).isEqualTo(1);
        assertThat(cuts.score(10)).isEqualTo(5);
        assertThat(cuts.reversedScore(1)).isEqualTo(5);
        assertThat(cuts.score(2.8)).isEqualTo(cuts.score(2.8));
        assertThatThrownBy(() -> QuantileCuts.of(new double[] {1}, 1)).hasMessageContaining("2 bins");
    }

    @Test
    void operatorsMapsAreReadAndBadLinesNamed() {
        RfmSegmentMap map = RfmSegmentMap.parse("mine", "# ours\nVIP ; 4-5 ; 4-5 ; 5\nEveryone else ; * ; * ; *\n");
        assertThat(map.segmentOf(new RfmScore(5, 4, 5))).isEqualTo("VIP");
        assertThat(map.segmentOf(new RfmScore(5, 4, 4))).isEqualTo("Everyone else");
        assertThatThrownBy(() -> RfmSegmentMap.parse("mine", "VIP ; 4-5 ; 4-5\n"))
                .hasMessageContaining("line 1").hasMessageContaining("segment ; R ; F ; M");
        assertThatThrownBy(() -> RfmSegmentMap.parse("mine", "\nVIP ; 5-4 ; 1 ; *\n"))
                .hasMessageContaining("line 2").hasMessageContaining("R range '5-4'");
    }

    private static List<PurchaseHistory> cdnowSample() {
        List<PurchaseHistory> histories = new ArrayList<>();
        CdnowSample.purchases().forEach((id, facts) -> histories.add(
                new PurchaseHistory(CustomerId.of(id.toString()), LocalDate.of(1997, 1, 1), facts)));
        return histories;
    }
}
