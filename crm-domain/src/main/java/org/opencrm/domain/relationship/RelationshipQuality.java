package org.opencrm.domain.relationship;

import java.util.DoubleSummaryStatistics;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.OptionalInt;
import org.opencrm.domain.survey.SurveyAnswers;

/**
 * The relationship quality index (seed 004), 0..100: the mean of trust, satisfaction and commitment (each a 1..5
 * survey answer put on 0..100) and commercial friendship, over the components there is data for; empty when
 * there is none.
 */
public record RelationshipQuality(OptionalDouble trust, OptionalDouble satisfaction, OptionalDouble commitment,
                                  OptionalDouble commercialFriendship, OptionalDouble index) {

    /** The quality of a customer with these latest answers (if any) and this friendship score (if any). */
    public static RelationshipQuality of(Optional<SurveyAnswers> answers, OptionalDouble friendship) {
        OptionalDouble trust = answers.map(a -> onHundred(a.trust())).orElse(OptionalDouble.empty());
        OptionalDouble satisfaction = answers.map(a -> onHundred(a.satisfaction())).orElse(OptionalDouble.empty());
        OptionalDouble commitment = answers.map(a -> onHundred(a.commitment())).orElse(OptionalDouble.empty());
        return new RelationshipQuality(trust, satisfaction, commitment, friendship,
                meanOfPresent(trust, satisfaction, commitment, friendship));
    }

    /** The mean of the parts there is data for (a loop: this runs once per customer of the base). */
    private static OptionalDouble meanOfPresent(OptionalDouble... parts) {
        DoubleSummaryStatistics present = new DoubleSummaryStatistics();
        for (OptionalDouble part : parts) {
            if (part.isPresent()) {
                present.accept(part.getAsDouble());
            }
        }
        return present.getCount() == 0 ? OptionalDouble.empty() : OptionalDouble.of(present.getAverage());
    }

    /** A 1..5 answer on 0..100: 1 is 0, 3 is 50, 5 is 100. */
    public static OptionalDouble onHundred(OptionalInt fivePoint) {
        return fivePoint.isPresent() ? OptionalDouble.of((fivePoint.getAsInt() - 1) * 25.0) : OptionalDouble.empty();
    }
}
