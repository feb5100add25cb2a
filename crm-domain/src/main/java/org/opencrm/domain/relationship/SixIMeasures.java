package org.opencrm.domain.relationship;

import java.util.List;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.ProfileShape;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.survey.SurveyAnswers;

/** The per-customer measures of the 6I scorecard; each empty ("no data") where its inputs are missing. */
public final class SixIMeasures {

    /** Interaction types that count as the customer taking part (Integration). */
    public static final Set<String> PARTICIPATION = Set.of("feedback", "survey", "co-creation");

    private SixIMeasures() {
    }

    /** Information: the share of six profile fields present, 0..100. */
    public static double information(Customer c) {
        return information(ProfileShape.of(c));
    }

    /** {@link #information(Customer)} from which fields the profile has. */
    public static double information(ProfileShape p) {
        int present = p.contacts().size();
        if (p.acquisitionKnown()) {
            present++;
        }
        if (p.hasAttributes()) {
            present++;
        }
        if (p.hasExternalIds()) {
            present++;
        }
        return 100.0 * present / 6;
    }

    /**
     * Interaction: contacts in the year against the target the tier's cadence sets ({@code cadenceDays} empty: no
     * target), and the share of follow-ups due in the year done by their day; the mean of what is known.
     */
    public static OptionalDouble interaction(int contactsInYear, Optional<Integer> cadenceDays, long followUpsDue,
                                             long followUpsOnTime) {
        OptionalDouble contacts = cadenceDays.map(d -> OptionalDouble.of(100.0 * Math.min(1.0,
                contactsInYear / (365.0 / d)))).orElse(OptionalDouble.empty());
        OptionalDouble onTime = followUpsDue == 0 ? OptionalDouble.empty()
                : OptionalDouble.of(100.0 * followUpsOnTime / followUpsDue);
        return mean(contacts, onTime);
    }

    /** Integration: survey answers plus participating contacts in the year, two or more is 100. */
    public static double integration(long responsesInYear, List<Interaction> contactsInYear) {
        return integration(responsesInYear, ContactTally.of(contactsInYear));
    }

    /** {@link #integration(long, List)} from the year's contacts as counted. */
    public static double integration(long responsesInYear, ContactTally contactsInYear) {
        long n = responsesInYear + contactsInYear.participating();
        return 100.0 * Math.min(1.0, n / 2.0);
    }

    /** Intention: commitment on 0..100 and recommend times 10, averaged over those answered. */
    public static OptionalDouble intention(Optional<SurveyAnswers> latest) {
        if (latest.isEmpty()) {
            return OptionalDouble.empty();
        }
        SurveyAnswers a = latest.get();
        OptionalDouble recommend = a.recommend().isPresent() ? OptionalDouble.of(a.recommend().getAsInt() * 10.0)
                : OptionalDouble.empty();
        return mean(RelationshipQuality.onHundred(a.commitment()), recommend);
    }

    /**
     * Individuality: of the contacts a customer had in the year, the share that carried a segment-specific offer —
     * campaign offers (each campaign drawn from a segment) over campaign offers plus the outbound contacts recorded;
     * empty with neither.
     */
    public static OptionalDouble individuality(long campaignOffers, long outboundContacts) {
        long contacts = campaignOffers + outboundContacts;
        return contacts == 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * campaignOffers / contacts);
    }

    /** Investment of a portfolio: effort share over value share, capped at 100; empty without either. */
    public static OptionalDouble investment(double effortShare, double valueShare) {
        return valueShare <= 0 ? OptionalDouble.empty() : OptionalDouble.of(100.0 * Math.min(1.0, effortShare / valueShare));
    }

    static OptionalDouble mean(OptionalDouble... parts) {
        double sum = 0;
        int n = 0;
        for (OptionalDouble p : parts) {
            if (p.isPresent()) {
                sum += p.getAsDouble();
                n++;
            }
        }
        return n == 0 ? OptionalDouble.empty() : OptionalDouble.of(sum / n);
    }
}
