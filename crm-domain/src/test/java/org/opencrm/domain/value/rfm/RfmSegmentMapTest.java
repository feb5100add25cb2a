package org.opencrm.domain.value.rfm;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class RfmSegmentMapTest {

    @Test
    void segmentsAreNamedOnceInTheOrderOfTheirFirstRule() {
        RfmSegmentMap map = RfmSegmentMap.parse("two-rules-one-name", "Top ; 5 ; * ; *\nRest ; 1-4 ; 4-5 ; *\n"
                + "Top ; * ; 5 ; *");
        assertThat(map.segments()).containsExactly("Top", "Rest");
        assertThat(RfmSegmentMap.STANDARD.segments()).hasSize(11).startsWith("Champions").endsWith("Lost")
                .doesNotContain(RfmSegmentMap.OTHER);
    }
}
