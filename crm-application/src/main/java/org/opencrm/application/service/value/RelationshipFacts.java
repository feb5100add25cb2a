package org.opencrm.application.service.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.customer.ProfileShape;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.application.port.out.InteractionRepository;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.relationship.ContactTally;
import org.opencrm.domain.survey.SurveyResponse;

/**
 * What the relationship measures read of one customer as of a date: the profile, the contacts of the year up to
 * that date, the latest survey response by then and the year's responses, and the follow-ups due in the year
 * (and how many were done by their day). Nothing after the date is seen.
 */
record RelationshipFacts(ProfileShape customer, ContactTally contactsInYear, Optional<SurveyResponse> latestResponse,
                         long responsesInYear, long followUpsDue, long followUpsOnTime) {

    /** The window of the year: from {@code start} (inclusive) to {@code end} (exclusive), with days in {@code zone}. */
    record Year(Instant start, Instant end, LocalDate firstDay, LocalDate asOf, ZoneId zone) {
        static Year upTo(LocalDate asOf, ZoneId zone) {
            LocalDate first = asOf.minusDays(364);
            return new Year(first.atStartOfDay(zone).toInstant(), asOf.plusDays(1).atStartOfDay(zone).toInstant(), first,
                    asOf, zone);
        }

        boolean contains(Instant at) {
            return !at.isBefore(start) && at.isBefore(end);
        }
    }

    /** Gathers the facts of each customer in {@code base}, from the streams of every kind of fact. */
    static final class Builder {
        private final Year year;
        private final Map<CustomerId, ProfileShape> base;
        private final Map<CustomerId, ContactTally> contacts = new HashMap<>();
        private final Map<CustomerId, SurveyResponse> latest = new HashMap<>();
        private final Map<CustomerId, long[]> counts = new HashMap<>();

        Builder(Year year, List<ProfileShape> customers) {
            this.year = year;
            this.base = new LinkedHashMap<>();
            customers.forEach(c -> base.put(c.id(), c));
        }

        void contact(Interaction i) {
            if (base.containsKey(i.customerId()) && year.contains(i.occurredAt())) {
                contacts.merge(i.customerId(), ContactTally.of(List.of(i)), ContactTally::plus);
            }
        }

        /** The year's contacts as the store counted them ({@link InteractionRepository#tallies}). */
        void contacts(Map<CustomerId, ContactTally> tallies) {
            tallies.forEach((id, tally) -> {
                if (base.containsKey(id)) {
                    contacts.merge(id, tally, ContactTally::plus);
                }
            });
        }

        void response(SurveyResponse r) {
            if (!base.containsKey(r.customerId()) || !r.answeredAt().isBefore(year.end())) {
                return;
            }
            latest.merge(r.customerId(), r, (a, b) -> a.answeredAt().compareTo(b.answeredAt()) > 0
                    || (a.answeredAt().equals(b.answeredAt()) && a.id().compareTo(b.id()) > 0) ? a : b);
            if (year.contains(r.answeredAt())) {
                counts.computeIfAbsent(r.customerId(), k -> new long[3])[0]++;
            }
        }

        void followUp(FollowUp f) {
            if (!base.containsKey(f.customerId()) || f.dueOn().isBefore(year.firstDay()) || f.dueOn().isAfter(year.asOf())) {
                return;
            }
            long[] c = counts.computeIfAbsent(f.customerId(), k -> new long[3]);
            c[1]++;
            Instant dayEnd = f.dueOn().plusDays(1).atStartOfDay(year.zone()).toInstant();
            if (f.doneAt().filter(d -> d.isBefore(dayEnd)).isPresent()) {
                c[2]++;
            }
        }

        Map<CustomerId, RelationshipFacts> build() {
            Map<CustomerId, RelationshipFacts> facts = new LinkedHashMap<>();
            base.forEach((id, c) -> {
                long[] n = counts.getOrDefault(id, new long[3]);
                facts.put(id, new RelationshipFacts(c, contacts.getOrDefault(id, ContactTally.NONE),
                        Optional.ofNullable(latest.get(id)), n[0], n[1], n[2]));
            });
            return facts;
        }
    }
}
