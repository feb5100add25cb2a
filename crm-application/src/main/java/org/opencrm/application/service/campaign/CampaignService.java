package org.opencrm.application.service.campaign;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Currency;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import org.opencrm.application.error.FactNotFoundException;
import org.opencrm.application.error.IdConflictException;
import org.opencrm.application.port.in.campaign.CampaignReportUseCase;
import org.opencrm.application.port.in.campaign.RecordCampaignResponseUseCase;
import org.opencrm.application.port.in.campaign.StartCampaignUseCase;
import org.opencrm.application.port.in.segment.SegmentMembersUseCase;
import org.opencrm.application.port.out.CampaignRepository;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.service.value.CustomerTiers;
import org.opencrm.domain.campaign.AttributedPurchases;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignBreakdown;
import org.opencrm.domain.campaign.CampaignGroup;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.campaign.CampaignResponse;
import org.opencrm.domain.campaign.CampaignResults;
import org.opencrm.domain.campaign.ControlGroup;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.PurchaseDays;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.segment.SegmentFacts;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.rfm.RfmAnalysis;
import org.opencrm.domain.value.rfm.RfmSegmentMap;
import org.opencrm.domain.value.rfm.RfmValues;

/** Starts campaigns from segments, records responses, and measures campaigns against their control groups. */
public class CampaignService implements StartCampaignUseCase, RecordCampaignResponseUseCase, CampaignReportUseCase {

    private final CampaignRepository campaigns;
    private final CustomerRepository customers;
    private final SegmentMembersUseCase segments;
    private final CustomerTiers tiers;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public CampaignService(CampaignRepository campaigns, CustomerRepository customers, SegmentMembersUseCase segments,
                           CustomerTiers tiers, UnitOfWork unitOfWork, Clock clock) {
        this.campaigns = Objects.requireNonNull(campaigns);
        this.customers = Objects.requireNonNull(customers);
        this.segments = Objects.requireNonNull(segments);
        this.tiers = Objects.requireNonNull(tiers);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Started start(StartCampaignUseCase.Command c) {
        LocalDate startOn = c.startOn().orElseGet(() -> LocalDate.now(clock));
        // The segment is evaluated before the write: a long read, not part of the transaction.
        SegmentMembersUseCase.Members found = segments.members(new SegmentMembersUseCase.Query(c.segment(),
                c.segmentVersion(), Optional.of(startOn)));
        List<CustomerId> reachable = new ArrayList<>();
        long excluded = 0;
        for (SegmentFacts f : found.members()) {
            if (consents(f.customer(), c.channel())) {
                reachable.add(f.customer().id());
            } else {
                excluded++;
            }
        }
        if (reachable.isEmpty()) {
            throw new IllegalArgumentException("'segment' " + c.segment() + " version " + found.segment().version()
                    + " has no member to contact on " + startOn + " (" + found.members().size() + " members, "
                    + excluded + " without " + c.channel().code() + " consent)");
        }
        Campaign campaign = new Campaign(c.id().orElseGet(CampaignId::random), c.name(), c.segment(),
                found.segment().version(), c.channel(), c.offer(), c.costPerContact(), c.fixedCost(),
                c.controlFraction(), c.seed(), startOn, c.attributionDays(), excluded, clock.instant());
        ControlGroup split = ControlGroup.split(reachable, c.controlFraction(), c.seed());
        List<CampaignMember> members = new ArrayList<>();
        split.treated().forEach(id -> members.add(new CampaignMember(campaign.id(), id, CampaignGroup.TREATED)));
        split.control().forEach(id -> members.add(new CampaignMember(campaign.id(), id, CampaignGroup.CONTROL)));
        unitOfWork.run(() -> {
            if (campaigns.findById(campaign.id()).isPresent()) {
                throw new IdConflictException("campaign", campaign.id().value());
            }
            campaigns.start(campaign, members);
        });
        return new Started(campaign, split.treated().size(), split.control().size());
    }

    /** E-mail and phone need the customer's consent for that channel; letters and visits do not. */
    private static boolean consents(Customer customer, ContactChannel channel) {
        return switch (channel) {
            case EMAIL -> customer.consent().email();
            case PHONE -> customer.consent().phone();
            default -> true;
        };
    }

    @Override
    public RecordCampaignResponseUseCase.Result record(RecordCampaignResponseUseCase.Command c) {
        return unitOfWork.inTransaction(() -> {
            Campaign campaign = campaigns.findById(c.campaign())
                    .orElseThrow(() -> new FactNotFoundException("campaign", c.campaign().value()));
            CustomerId customer = customers.resolve(c.customer());
            // One keyed lookup each: responses are recorded one by one against snapshots of tens of thousands.
            if (campaigns.member(campaign.id(), customer).isEmpty()) {
                throw new IllegalArgumentException("'customer' " + customer.value() + " is not in campaign "
                        + campaign.id().value() + " (neither contacted nor held out)");
            }
            Money revenue = c.revenue().orElseGet(() -> Money.ofMinor(0, campaign.costPerContact().currency()));
            if (!revenue.currency().equals(campaign.costPerContact().currency())) {
                throw new IllegalArgumentException("'revenue' must be in the campaign's currency ("
                        + campaign.costPerContact().currency().getCurrencyCode() + ")");
            }
            CampaignResponse response = new CampaignResponse(campaign.id(), customer, c.responded(), c.converted(),
                    revenue, c.at().orElseGet(clock::instant));
            if (campaigns.respond(response)) {
                return new RecordCampaignResponseUseCase.Result(response, true);
            }
            CampaignResponse stored = campaigns.response(campaign.id(), customer).orElseThrow();
            boolean same = stored.responded() == response.responded() && stored.converted() == response.converted()
                    && stored.revenue().equals(response.revenue());
            if (!same) {
                throw new IllegalArgumentException("'customer' " + customer.value() + " has a response to campaign "
                        + campaign.id().value() + " already; a member responds once");
            }
            return new RecordCampaignResponseUseCase.Result(stored, false);
        });
    }

    @Override
    public List<Campaign> campaigns() {
        return campaigns.findAll();
    }

    @Override
    public Campaign campaign(CampaignId id) {
        return campaigns.findById(id).orElseThrow(() -> new FactNotFoundException("campaign", id.value()));
    }

    @Override
    public CampaignReport report(CampaignId id) {
        Campaign campaign = campaign(id);
        List<CampaignMember> members = campaigns.members(id);
        List<CampaignResponse> responses = campaigns.responses(id);
        LocalDate start = campaign.startedOn();
        // One pass over the histories: the spend in the window, the RFM values as of the start, and (with fits by
        // the start) the valuation the tiers come from.
        SpendInWindow spent = new SpendInWindow(campaign, members);
        List<RfmValues> rfm = new ArrayList<>();
        Set<Currency> currencies = new HashSet<>();
        // The valuation hands histories over from two threads at once.
        Map<CustomerId, RelationshipTier> tierOf = tiers.asOf(start, history -> {
            spent.accept(history);
            PurchaseDays.of(history, start).ifPresent(d -> {
                RfmValues values = RfmValues.of(d, start, RfmValues.Monetary.AVERAGE);
                synchronized (rfm) {
                    rfm.add(values);
                    currencies.add(d.currency().orElse(null));
                }
            });
        });
        List<String> notes = new ArrayList<>();
        List<CampaignBreakdown> breakdown = new ArrayList<>();
        if (tierOf.isEmpty()) {
            notes.add("no value fits calibrated on or before the start (" + start + "): members' tiers unknown");
        }
        breakdown.addAll(CampaignBreakdown.of("tier", Arrays.stream(RelationshipTier.values()).map(Enum::name)
                .toList(), campaign, members, responses, c -> Optional.ofNullable(tierOf.get(c)).map(Enum::name)));
        Map<CustomerId, String> segmentOf = new HashMap<>();
        if (rfm.isEmpty() || currencies.size() != 1 || currencies.contains(null)) {
            notes.add("no RFM segments as of the start (" + start + "): " + (rfm.isEmpty() ? "no purchases by then"
                    : "purchases in several currencies"));
        } else {
            RfmAnalysis.of(rfm, RFM_BINS, RfmSegmentMap.STANDARD).customers()
                    .forEach(s -> segmentOf.put(s.values().customerId(), s.segment()));
        }
        breakdown.addAll(CampaignBreakdown.of("rfm_segment", RfmSegmentMap.STANDARD.segments(), campaign, members,
                responses,
                c -> Optional.ofNullable(segmentOf.get(c))));
        return new CampaignReport(campaign, CampaignResults.of(campaign, members, responses),
                AttributedPurchases.of(campaign, members, spent.spent), breakdown, notes);
    }

    /** The RFM scores of the breakdown: the RFM report's default bins and map. */
    private static final int RFM_BINS = 5;

    /**
     * Each member's spend in the campaign's currency from the start day through the attribution window; takes
     * histories from several threads at once.
     */
    private static final class SpendInWindow implements Consumer<PurchaseHistory> {
        private final Set<CustomerId> wanted = new HashSet<>();
        private final LocalDate first;
        private final LocalDate last;
        private final Currency currency;
        private final Map<CustomerId, Money> spent = new ConcurrentHashMap<>();

        SpendInWindow(Campaign campaign, List<CampaignMember> members) {
            members.forEach(m -> wanted.add(m.customer()));
            first = campaign.startedOn();
            last = first.plusDays(campaign.attributionDays() - 1L);
            currency = campaign.costPerContact().currency();
        }

        @Override
        public void accept(PurchaseHistory history) {
            if (!wanted.contains(history.customerId())) {
                return;
            }
            long minor = 0;
            for (PurchaseFact p : history.purchases()) {
                if (!p.day().isBefore(first) && !p.day().isAfter(last) && p.currency().equals(currency)) {
                    minor = Math.addExact(minor, p.minorUnits());
                }
            }
            if (minor > 0) {
                spent.put(history.customerId(), Money.ofMinor(minor, currency));
            }
        }
    }
}
