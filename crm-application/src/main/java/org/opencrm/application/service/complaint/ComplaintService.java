package org.opencrm.application.service.complaint;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.opencrm.application.concurrent.Background;
import org.opencrm.application.error.FactNotFoundException;
import org.opencrm.application.error.IdConflictException;
import org.opencrm.application.port.in.complaint.ComplaintReport;
import org.opencrm.application.port.in.complaint.ComplaintReportUseCase;
import org.opencrm.application.port.in.complaint.ComplaintStanding;
import org.opencrm.application.port.in.complaint.FindComplaintsUseCase;
import org.opencrm.application.port.in.complaint.OpenComplaintUseCase;
import org.opencrm.application.port.in.complaint.UpdateComplaintUseCase;
import org.opencrm.application.port.out.ComplaintRepository;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.FollowUpRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.service.report.ReportPopulation;
import org.opencrm.application.service.report.Shares;
import org.opencrm.application.service.value.CustomerTiers;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.ComplaintSla;
import org.opencrm.domain.complaint.ComplaintStatus;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpCadence;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.value.grid.RelationshipTier;

/**
 * Opens, moves and finds complaint cases. Resolving schedules the revisit the customer's tier calls for, in the
 * same transaction; standings are derived from the cases' times, so any as-of date reads the same way.
 */
public class ComplaintService implements OpenComplaintUseCase, UpdateComplaintUseCase, FindComplaintsUseCase,
        ComplaintReportUseCase {

    private final CustomerRepository customers;
    private final ComplaintRepository complaints;
    private final FollowUpRepository followUps;
    private final UnitOfWork unitOfWork;
    private final CustomerTiers tiers;
    private final ComplaintSla sla;
    private final FollowUpCadence cadence;
    private final ReportPopulation population;
    private final Clock clock;

    @Inject
    public ComplaintService(CustomerRepository customers, ComplaintRepository complaints, FollowUpRepository followUps,
                            UnitOfWork unitOfWork, CustomerTiers tiers, ComplaintSla sla, FollowUpCadence cadence,
                            ReportPopulation population, Clock clock) {
        this.population = Objects.requireNonNull(population);
        this.customers = Objects.requireNonNull(customers);
        this.complaints = Objects.requireNonNull(complaints);
        this.followUps = Objects.requireNonNull(followUps);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.tiers = Objects.requireNonNull(tiers);
        this.sla = Objects.requireNonNull(sla);
        this.cadence = Objects.requireNonNull(cadence);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public OpenComplaintUseCase.Result open(OpenComplaintUseCase.Command command) {
        Complaint given = Complaint.open(command.id().orElseGet(ComplaintId::random), command.customerId(),
                command.openedAt().orElseGet(clock::instant), command.category(), command.severity(), command.summary());
        return unitOfWork.inTransaction(() -> {
            // An id merged away stands for the customer it was merged into: the complaint is theirs.
            Complaint complaint = given.withCustomer(customers.resolve(given.customerId()));
            if (complaints.add(complaint)) {
                return new OpenComplaintUseCase.Result(complaint, true);
            }
            Complaint stored = complaints.findById(complaint.id()).orElseThrow();
            // A replay of the opening matches the case as it was opened, whatever happened to it since.
            boolean same = stored.customerId().equals(complaint.customerId()) && stored.openedAt().equals(complaint.openedAt())
                    && stored.category().equals(complaint.category()) && stored.severity() == complaint.severity()
                    && stored.summary().equals(complaint.summary());
            if (!same) {
                throw new IdConflictException("complaint", complaint.id().value());
            }
            return new OpenComplaintUseCase.Result(stored, false);
        });
    }

    @Override
    public UpdateComplaintUseCase.Result update(UpdateComplaintUseCase.Command command) {
        Instant at = command.at().orElseGet(clock::instant);
        // The tier is read before the transaction: valuing the base is a long read, not part of the write.
        Optional<RelationshipTier> tier = command.status() == ComplaintStatus.RESOLVED
                ? tierOf(complaints.findById(command.id()).map(Complaint::customerId), at) : Optional.empty();
        return unitOfWork.inTransaction(() -> {
            Complaint before = complaints.findById(command.id())
                    .orElseThrow(() -> new FactNotFoundException("complaint", command.id().value()));
            Complaint after = before.moveTo(command.status(), at, command.resolution());
            complaints.update(after);
            Optional<FollowUp> followUp = Optional.empty();
            if (after.status() == ComplaintStatus.RESOLVED) {
                followUp = cadence.daysFor(tier).map(days -> new FollowUp(
                        FollowUpId.of("complaint:" + after.id().value() + ":" + after.reopened()), after.customerId(),
                        LocalDate.ofInstant(at, clock.getZone()).plusDays(days), Optional.empty(),
                        FollowUp.AFTER_COMPLAINT, at, Optional.empty()));
                followUp.ifPresent(followUps::add);
            }
            return new UpdateComplaintUseCase.Result(after, followUp);
        });
    }

    private Optional<RelationshipTier> tierOf(Optional<CustomerId> customer, Instant at) {
        return customer.flatMap(c -> Optional.ofNullable(tiers.asOf(LocalDate.ofInstant(at, clock.getZone())).get(c)));
    }

    @Override
    public List<ComplaintStanding> find(Query query) {
        Optional<CustomerId> one = query.customer().map(customers::resolve);
        LocalDate asOf = query.asOf().orElseGet(() -> LocalDate.now(clock));
        // The cases are read while the base is valued for tiers: two independent reads.
        Background<List<Complaint>> reading = Background.start(() -> {
            List<Complaint> found = new ArrayList<>();
            if (one.isPresent()) {
                found.addAll(complaints.findByCustomer(one.get()));
            } else {
                complaints.forEachComplaint(found::add);
            }
            return found;
        }, "complaint-read");
        Map<CustomerId, RelationshipTier> tierMap = tiers.asOf(asOf);
        List<Complaint> cases = reading.join();
        Instant end = asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        List<ComplaintStanding> standings = new ArrayList<>();
        for (Complaint c : cases) {
            if (!c.openedAt().isBefore(end)) {
                continue;
            }
            ComplaintStanding s = standing(c, Optional.ofNullable(tierMap.get(c.customerId())), end);
            if ((!query.unresolvedOnly() || s.unresolved()) && (!query.overdueOnly() || s.overdue())) {
                standings.add(s);
            }
        }
        standings.sort(Comparator.comparing((ComplaintStanding s) -> s.complaint().openedAt())
                .thenComparing(s -> s.complaint().id()));
        return standings;
    }

    @Override
    public ComplaintReport report(Optional<LocalDate> asOf, Optional<String> inSegment) {
        LocalDate day = asOf.orElseGet(() -> LocalDate.now(clock));
        Predicate<CustomerId> counted = population.of(inSegment, day);
        List<ComplaintStanding> all = find(new Query(Optional.empty(), false, false, Optional.of(day))).stream()
                .filter(s -> counted.test(s.complaint().customerId())).toList();
        Instant end = day.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Map<List<String>, List<ComplaintStanding>> groups = new TreeMap<>(Comparator
                .comparing((List<String> k) -> tierOrder(k.get(0))).thenComparing(k -> k.get(1)));
        for (ComplaintStanding s : all) {
            groups.computeIfAbsent(List.of(s.tier().map(Enum::name).orElse(UNTIERED), s.complaint().category()),
                    k -> new ArrayList<>()).add(s);
        }
        List<ComplaintReport.ComplaintRow> rows = new ArrayList<>();
        groups.forEach((key, cases) -> rows.add(new ComplaintReport.ComplaintRow(key.get(0), key.get(1),
                cases.get(0).sla().toHours(), totals(cases, end))));
        return new ComplaintReport(day, all.stream().anyMatch(s -> s.tier().isPresent()), totals(all, end), rows);
    }

    static final String UNTIERED = "untiered";

    private static int tierOrder(String tier) {
        return tier.equals(UNTIERED) ? RelationshipTier.values().length : RelationshipTier.valueOf(tier).ordinal();
    }

    private static ComplaintReport.ComplaintTotals totals(List<ComplaintStanding> cases, Instant end) {
        long unresolved = cases.stream().filter(ComplaintStanding::unresolved).count();
        long overdue = cases.stream().filter(ComplaintStanding::overdue).count();
        List<ComplaintStanding> resolved = cases.stream().filter(s -> !s.unresolved()).toList();
        double[] hours = resolved.stream().mapToDouble(s -> s.complaint().resolutionTime().orElseThrow().toMinutes() / 60.0)
                .sorted().toArray();
        long withinSla = resolved.stream().filter(s -> !s.complaint().resolvedAt().orElseThrow().isAfter(s.dueBy())).count();
        Double median = hours.length == 0 ? null : Math.round(100 * (hours.length % 2 == 1 ? hours[hours.length / 2]
                : (hours[hours.length / 2 - 1] + hours[hours.length / 2]) / 2)) / 100.0;
        return new ComplaintReport.ComplaintTotals(cases.size(), unresolved, overdue, resolved.size(), median,
                Shares.of(withinSla, resolved.size()));
    }

    /** A case at the instant {@code end}: unresolved unless resolved before it; overdue once past its deadline. */
    ComplaintStanding standing(Complaint c, Optional<RelationshipTier> tier, Instant end) {
        Duration deadline = sla.of(tier);
        Instant dueBy = c.openedAt().plus(deadline);
        boolean unresolved = c.isUnresolvedAt(end);
        return new ComplaintStanding(c, tier, deadline, dueBy, unresolved, unresolved && end.isAfter(dueBy));
    }
}
