package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import org.opencrm.application.port.in.customer.CustomerProfile;
import org.opencrm.application.port.out.ComplaintRepository;
import org.opencrm.application.port.out.FollowUpRepository;
import org.opencrm.application.port.out.InteractionRepository;
import org.opencrm.application.port.out.SurveyResponseRepository;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintSla;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.ProfileShape;
import org.opencrm.domain.relationship.CommercialFriendship;
import org.opencrm.domain.relationship.RelationshipQuality;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.value.grid.RelationshipTier;

/**
 * One customer's relationship side for the profile, read from the same facts and with the same rules as the
 * complaint list (deadline by tier) and the quality report (latest survey, the year's contacts), so the
 * profile and the reports agree.
 */
public class RelationshipStandings {

    private final ComplaintRepository complaints;
    private final FollowUpRepository followUps;
    private final SurveyResponseRepository responses;
    private final InteractionRepository interactions;
    private final ComplaintSla sla;
    private final Clock clock;

    @Inject
    public RelationshipStandings(ComplaintRepository complaints, FollowUpRepository followUps,
                                 SurveyResponseRepository responses, InteractionRepository interactions,
                                 ComplaintSla sla, Clock clock) {
        this.complaints = Objects.requireNonNull(complaints);
        this.followUps = Objects.requireNonNull(followUps);
        this.responses = Objects.requireNonNull(responses);
        this.interactions = Objects.requireNonNull(interactions);
        this.sla = Objects.requireNonNull(sla);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The customer's standing as of {@code asOf}; {@code tier}: theirs on that date, if the value engine knows it. */
    public CustomerProfile.Relationship of(Customer customer, LocalDate asOf, Optional<RelationshipTier> tier) {
        RelationshipFacts.Year year = RelationshipFacts.Year.upTo(asOf, clock.getZone());
        Instant end = year.end();
        Duration deadline = sla.of(tier);
        long open = 0;
        long overdue = 0;
        for (Complaint c : complaints.findByCustomer(customer.id())) {
            boolean unresolved = c.openedAt().isBefore(end) && c.resolvedAt().map(r -> !r.isBefore(end)).orElse(true);
            if (unresolved) {
                open++;
                if (end.isAfter(c.openedAt().plus(deadline))) {
                    overdue++;
                }
            }
        }
        Optional<FollowUp> next = followUps.findByCustomer(customer.id()).stream()
                .filter(f -> f.doneAt().filter(d -> d.isBefore(end)).isEmpty() && f.createdAt().isBefore(end))
                .min(Comparator.comparing(FollowUp::dueOn).thenComparing(FollowUp::id));
        RelationshipFacts.Builder facts = new RelationshipFacts.Builder(year, List.of(ProfileShape.of(customer)));
        List<SurveyResponse> answered = responses.findByCustomer(customer.id());
        answered.forEach(facts::response);
        interactions.findByCustomer(customer.id()).forEach(facts::contact);
        RelationshipFacts f = facts.build().get(customer.id());
        OptionalInt satisfaction = answered.stream()
                .filter(r -> r.answeredAt().isBefore(end) && r.answers().satisfaction().isPresent())
                .max(Comparator.comparing(SurveyResponse::answeredAt).thenComparing(SurveyResponse::id))
                .map(r -> r.answers().satisfaction()).orElse(OptionalInt.empty());
        RelationshipQuality quality = RelationshipQuality.of(f.latestResponse().map(SurveyResponse::answers),
                CommercialFriendship.of(f.contactsInYear()));
        return new CustomerProfile.Relationship(open, overdue, next, satisfaction, quality.index());
    }
}
