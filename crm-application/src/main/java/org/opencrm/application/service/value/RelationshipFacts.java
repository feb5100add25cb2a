package org.opencrm.application.service.value;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
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
        // One entry per customer gathers every kind of fact: one lookup per fact read, not one per kind.
        private final Map<CustomerId, Gathered> base;

        /** What has been read of one customer so far. */
        private static final class Gathered {
            private final ProfileShape customer;
            private ContactTally contacts = ContactTally.NONE;
            private SurveyResponse latest;
            private long responsesInYear;
            private long followUpsDue;
            private long followUpsOnTime;

            Gathered(ProfileShape customer) {
                this.customer = customer;
            }
        }

        Builder(Year year, List<ProfileShape> customers) {
            this.year = year;
            this.base = new LinkedHashMap<>(customers.size() * 4 / 3 + 1);
            customers.forEach(c -> base.put(c.id(), new Gathered(c)));
        }

        void contact(Interaction i) {
            Gathered g = base.get(i.customerId());
            if (g != null && year.contains(i.occurredAt())) {
                g.contacts = g.contacts.plus(ContactTally.of(List.of(i)));
            }
        }

        /** The year's contacts as the store counted them ({@link InteractionRepository#tallies}). */
        void contacts(Map<CustomerId, ContactTally> tallies) {
            tallies.forEach((id, tally) -> {
                Gathered g = base.get(id);
                if (g != null) {
                    g.contacts = g.contacts.plus(tally);
                }
            });
        }

        void response(SurveyResponse r) {
            Gathered g = base.get(r.customerId());
            if (g == null || !r.answeredAt().isBefore(year.end())) {
                return;
            }
            SurveyResponse a = g.latest;
            if (a == null || !(a.answeredAt().compareTo(r.answeredAt()) > 0
                    || (a.answeredAt().equals(r.answeredAt()) && a.id().compareTo(r.id()) > 0))) {
                g.latest = r;
            }
            if (year.contains(r.answeredAt())) {
                g.responsesInYear++;
            }
        }

        void followUp(FollowUp f) {
            Gathered g = base.get(f.customerId());
            if (g == null || f.dueOn().isBefore(year.firstDay()) || f.dueOn().isAfter(year.asOf())) {
                return;
            }
            g.followUpsDue++;
            Instant dayEnd = f.dueOn().plusDays(1).atStartOfDay(year.zone()).toInstant();
            if (f.doneAt().filter(d -> d.isBefore(dayEnd)).isPresent()) {
                g.followUpsOnTime++;
            }
        }

        Map<CustomerId, RelationshipFacts> build() {
            Map<CustomerId, RelationshipFacts> facts = new LinkedHashMap<>(base.size() * 4 / 3 + 1);
            base.forEach((id, g) -> facts.put(id, new RelationshipFacts(g.customer, g.contacts,
                    Optional.ofNullable(g.latest), g.responsesInYear, g.followUpsDue, g.followUpsOnTime)));
            return facts;
        }
    }
}
