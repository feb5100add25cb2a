package org.opencrm.application.service.complaint;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.error.FactNotFoundException;
import org.opencrm.application.error.IdConflictException;
import org.opencrm.application.port.in.complaint.CompleteFollowUpUseCase;
import org.opencrm.application.port.in.complaint.FindFollowUpsUseCase;
import org.opencrm.application.port.in.complaint.ScheduleFirstPurchaseFollowUpsUseCase;
import org.opencrm.application.port.in.complaint.ScheduleFollowUpUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.FollowUpRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.service.value.CustomerTiers;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpCadence;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.purchase.PurchaseDays;
import org.opencrm.domain.value.grid.RelationshipTier;

/** Schedules, completes and finds follow-ups, and schedules the revisits after recent first purchases. */
public class FollowUpService implements ScheduleFollowUpUseCase, CompleteFollowUpUseCase, FindFollowUpsUseCase,
        ScheduleFirstPurchaseFollowUpsUseCase {

    private final CustomerRepository customers;
    private final FollowUpRepository followUps;
    private final PurchaseRepository purchases;
    private final UnitOfWork unitOfWork;
    private final CustomerTiers tiers;
    private final FollowUpCadence cadence;
    private final Clock clock;

    @Inject
    public FollowUpService(CustomerRepository customers, FollowUpRepository followUps, PurchaseRepository purchases,
                           UnitOfWork unitOfWork, CustomerTiers tiers, FollowUpCadence cadence, Clock clock) {
        this.customers = Objects.requireNonNull(customers);
        this.followUps = Objects.requireNonNull(followUps);
        this.purchases = Objects.requireNonNull(purchases);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.tiers = Objects.requireNonNull(tiers);
        this.cadence = Objects.requireNonNull(cadence);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ScheduleFollowUpUseCase.Result schedule(ScheduleFollowUpUseCase.Command command) {
        FollowUp given = new FollowUp(command.id().orElseGet(FollowUpId::random), command.customerId(),
                command.dueOn(), command.owner(), command.reason(), clock.instant(), Optional.empty());
        return unitOfWork.inTransaction(() -> {
            // An id merged away stands for the customer it was merged into: the followUp is theirs.
            FollowUp followUp = given.withCustomer(customers.resolve(given.customerId()));
            if (followUps.add(followUp)) {
                return new ScheduleFollowUpUseCase.Result(followUp, true);
            }
            FollowUp stored = followUps.findById(followUp.id()).orElseThrow();
            boolean same = stored.customerId().equals(followUp.customerId()) && stored.dueOn().equals(followUp.dueOn())
                    && stored.owner().equals(followUp.owner()) && stored.reason().equals(followUp.reason());
            if (!same) {
                throw new IdConflictException("follow-up", followUp.id().value());
            }
            return new ScheduleFollowUpUseCase.Result(stored, false);
        });
    }

    @Override
    public FollowUp complete(FollowUpId id, Optional<Instant> at) {
        return unitOfWork.inTransaction(() -> {
            FollowUp done = followUps.findById(id).orElseThrow(() -> new FactNotFoundException("follow-up", id.value()))
                    .done(at.orElseGet(clock::instant));
            followUps.update(done);
            return done;
        });
    }

    @Override
    public List<FollowUp> find(FindFollowUpsUseCase.Query query) {
        LocalDate asOf = query.asOf().orElseGet(() -> LocalDate.now(clock));
        List<FollowUp> all = new ArrayList<>();
        if (query.customer().isPresent()) {
            all.addAll(followUps.findByCustomer(customers.resolve(query.customer().get())));
        } else {
            followUps.forEachFollowUp(all::add);
        }
        return all.stream().filter(f -> !query.openOnly() || f.doneAt().isEmpty())
                .filter(f -> !query.overdueOnly() || f.isOverdue(asOf))
                .sorted(Comparator.comparing(FollowUp::dueOn).thenComparing(FollowUp::id)).toList();
    }

    @Override
    public ScheduleFirstPurchaseFollowUpsUseCase.Result schedule(Optional<LocalDate> asOfDate, int withinDays) {
        if (withinDays < 1) {
            throw new IllegalArgumentException("'withinDays' must be at least 1, got " + withinDays);
        }
        LocalDate asOf = asOfDate.orElseGet(() -> LocalDate.now(clock));
        LocalDate from = asOf.minusDays(withinDays - 1L);
        List<PurchaseDays> firstBuyers = new ArrayList<>();
        purchases.forEachPurchaseDays(clock.getZone(), asOf, d -> {
            if (!d.first().isBefore(from)) {
                firstBuyers.add(d);
            }
        });
        Map<CustomerId, RelationshipTier> tierMap = firstBuyers.isEmpty() ? Map.of() : tiers.asOf(asOf);
        long[] counts = new long[3];
        Instant now = clock.instant();
        unitOfWork.run(() -> {
            for (PurchaseDays d : firstBuyers) {
                Optional<Integer> days = cadence.daysFor(Optional.ofNullable(tierMap.get(d.customerId())));
                if (days.isEmpty()) {
                    counts[2]++;
                    continue;
                }
                FollowUp f = new FollowUp(FollowUpId.of(FollowUp.AFTER_FIRST_PURCHASE + ":" + d.customerId().value()),
                        d.customerId(), d.first().plusDays(days.get()), Optional.empty(), FollowUp.AFTER_FIRST_PURCHASE,
                        now, Optional.empty());
                counts[followUps.add(f) ? 0 : 1]++;
            }
        });
        return new ScheduleFirstPurchaseFollowUpsUseCase.Result(counts[0], counts[1], counts[2]);
    }
}
