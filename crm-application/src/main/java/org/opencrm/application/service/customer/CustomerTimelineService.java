package org.opencrm.application.service.customer;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.in.customer.CustomerTimeline;
import org.opencrm.application.port.in.customer.CustomerTimelineUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.ComplaintRepository;
import org.opencrm.application.port.out.FollowUpRepository;
import org.opencrm.application.port.out.InteractionRepository;
import org.opencrm.application.port.out.SurveyResponseRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.service.lifecycle.LifecycleRules;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.lifecycle.LifecycleHistory;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.survey.SurveyResponse;

/**
 * Builds a customer's timeline from their profile and purchases, deriving the lifecycle stage changes the same
 * way the lifecycle report does (same derivation, same report zone), so the two always agree.
 */
public class CustomerTimelineService implements CustomerTimelineUseCase {

    private final CustomerRepository customers;
    private final PurchaseRepository purchases;
    private final InteractionRepository interactions;
    private final ComplaintRepository complaints;
    private final FollowUpRepository followUps;
    private final SurveyResponseRepository responses;
    private final LifecycleRules rules;
    private final Clock clock;

    @Inject
    public CustomerTimelineService(CustomerRepository customers, PurchaseRepository purchases,
                                   InteractionRepository interactions, ComplaintRepository complaints,
                                   FollowUpRepository followUps, SurveyResponseRepository responses,
                                   LifecycleRules rules, Clock clock) {
        this.complaints = Objects.requireNonNull(complaints);
        this.followUps = Objects.requireNonNull(followUps);
        this.responses = Objects.requireNonNull(responses);
        this.customers = Objects.requireNonNull(customers);
        this.purchases = Objects.requireNonNull(purchases);
        this.interactions = Objects.requireNonNull(interactions);
        this.rules = Objects.requireNonNull(rules);
        this.clock = Objects.requireNonNull(clock);
    }

    private static Instant timeOf(CustomerTimeline.Entry e) {
        if (e instanceof CustomerTimeline.Registered r) {
            return Instant.MIN;
        }
        if (e instanceof CustomerTimeline.Purchased p) {
            return p.purchase().occurredAt();
        }
        if (e instanceof CustomerTimeline.Interacted i) {
            return i.interaction().occurredAt();
        }
        if (e instanceof CustomerTimeline.Complained c) {
            return c.complaint().openedAt();
        }
        if (e instanceof CustomerTimeline.ComplaintResolved c) {
            return c.complaint().resolvedAt().orElseThrow();
        }
        if (e instanceof CustomerTimeline.Answered a) {
            return a.response().answeredAt();
        }
        // Follow-ups are due on a day, stage changes happen on one: both after the day's timed facts.
        return Instant.MAX;
    }

    @Override
    public CustomerTimeline timeline(CustomerId asked, Optional<LocalDate> asOfDate) {
        Customer customer = customers.findById(asked).orElseThrow(() -> new CustomerNotFoundException(asked.value()));
        CustomerId id = customer.id(); // the survivor's, when the id asked for was merged away
        ZoneId zone = clock.getZone();
        LocalDate asOf = asOfDate.orElseGet(() -> LocalDate.now(clock));
        List<CustomerTimeline.Entry> entries = new ArrayList<>();
        LocalDate registered = customer.createdAt().atZone(zone).toLocalDate();
        if (!registered.isAfter(asOf)) {
            entries.add(new CustomerTimeline.Registered(customer.createdAt(), registered));
        }
        List<PurchaseFact> facts = new ArrayList<>();
        for (Purchase p : purchases.findByCustomer(id)) {
            LocalDate day = p.occurredAt().atZone(zone).toLocalDate();
            if (!day.isAfter(asOf)) {
                entries.add(new CustomerTimeline.Purchased(p, day));
                facts.add(new PurchaseFact(day, p.amount(), p.categories()));
            }
        }
        for (Interaction i : interactions.findByCustomer(id)) {
            LocalDate day = i.occurredAt().atZone(zone).toLocalDate();
            if (!day.isAfter(asOf)) {
                entries.add(new CustomerTimeline.Interacted(i, day));
            }
        }
        Instant end = asOf.plusDays(1).atStartOfDay(zone).toInstant();
        for (Complaint c : complaints.findByCustomer(id)) {
            if (c.openedAt().isBefore(end)) {
                entries.add(new CustomerTimeline.Complained(c, c.openedAt().atZone(zone).toLocalDate()));
            }
            c.resolvedAt().filter(r -> r.isBefore(end)).ifPresent(r -> entries.add(
                    new CustomerTimeline.ComplaintResolved(c, r.atZone(zone).toLocalDate())));
        }
        for (FollowUp f : followUps.findByCustomer(id)) {
            if (!f.dueOn().isAfter(asOf)) {
                entries.add(new CustomerTimeline.FollowUpDue(f, f.doneAt().filter(d -> d.isBefore(end)).isPresent()));
            }
        }
        for (SurveyResponse r : responses.findByCustomer(id)) {
            if (r.answeredAt().isBefore(end)) {
                entries.add(new CustomerTimeline.Answered(r, r.answeredAt().atZone(zone).toLocalDate()));
            }
        }
        Optional<LifecycleHistory> lifecycle = registered.isAfter(asOf) ? Optional.empty()
                : rules.asOf(asOf).derivation().derive(new PurchaseHistory(id, registered, facts), asOf);
        lifecycle.ifPresent(h -> h.transitions().forEach(t -> entries.add(new CustomerTimeline.StageChanged(t))));
        // On one day: the registration, then purchases and contacts in time order, then the stage changes the
        // purchases caused (the sort is stable, and stage changes carry no time).
        entries.sort(Comparator.comparing(CustomerTimeline.Entry::day).thenComparing(CustomerTimelineService::timeOf));
        return new CustomerTimeline(customer, asOf, lifecycle.map(LifecycleHistory::current), entries);
    }
}
