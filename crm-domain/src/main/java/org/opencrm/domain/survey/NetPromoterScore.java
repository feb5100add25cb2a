package org.opencrm.domain.survey;

import java.util.Collection;
import java.util.Objects;

/**
 * The Net Promoter Score the standard way: of the respondents who answered "how likely are you to recommend us"
 * (0..10), the percentage of promoters (9-10) minus the percentage of detractors (0-6); -100..100. Passives
 * (7-8) count in the base only.
 */
public record NetPromoterScore(long respondents, long promoters, long passives, long detractors) {

    public NetPromoterScore {
        if (respondents < 0 || promoters < 0 || passives < 0 || detractors < 0
                || promoters + passives + detractors != respondents) {
            throw new IllegalArgumentException("promoters, passives and detractors must add up to the respondents");
        }
    }

    /** The score of these answers; each must be 0..10. */
    public static NetPromoterScore of(Collection<Integer> recommendAnswers) {
        long promoters = 0;
        long passives = 0;
        long detractors = 0;
        for (Integer answer : recommendAnswers) {
            Objects.requireNonNull(answer, "a recommend answer must not be null");
            if (answer < 0 || answer > 10) {
                throw new IllegalArgumentException("'recommend' must be 0..10, got " + answer);
            }
            if (answer >= 9) {
                promoters++;
            } else if (answer >= 7) {
                passives++;
            } else {
                detractors++;
            }
        }
        return new NetPromoterScore(promoters + passives + detractors, promoters, passives, detractors);
    }

    /** The score, -100..100, to one decimal; 0 without respondents (undefined: check {@link #respondents()}). */
    public double score() {
        return respondents == 0 ? 0 : Math.round(1000.0 * (promoters - detractors) / respondents) / 10.0;
    }
}
