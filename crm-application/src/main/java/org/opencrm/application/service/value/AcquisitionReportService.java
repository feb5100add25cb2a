package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import org.opencrm.application.port.in.acquisition.AcquisitionReportUseCase;
import org.opencrm.application.port.in.value.ValueAssumptions;
import org.opencrm.application.port.in.value.ValuedCustomer;
import org.opencrm.application.port.out.CampaignRepository;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.service.report.ReportPopulation;
import org.opencrm.domain.acquisition.AcquisitionEconomics;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignGroup;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.purchase.PurchaseFact;

/**
 * Acquisition economics as of a date: each customer's source and cost from the profile, the first purchase and
 * CLV from the valuation the value reports make (or, without fits, the first purchase from the histories alone).
 */
public class AcquisitionReportService implements AcquisitionReportUseCase {

    private final CustomerRepository customers;
    private final CampaignRepository campaigns;
    private final CustomerValuation valuation;
    private final ReportPopulation population;
    private final Clock clock;

    @Inject
    public AcquisitionReportService(CustomerRepository customers, CampaignRepository campaigns,
                                    CustomerValuation valuation, ReportPopulation population, Clock clock) {
        this.population = Objects.requireNonNull(population);
        this.customers = Objects.requireNonNull(customers);
        this.campaigns = Objects.requireNonNull(campaigns);
        this.valuation = Objects.requireNonNull(valuation);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public AcquisitionReport report(Optional<LocalDate> date, Optional<String> inSegment) {
        LocalDate asOf = date.orElseGet(() -> LocalDate.now(clock));
        Instant end = asOf.plusDays(1).atStartOfDay(clock.getZone()).toInstant();
        Predicate<CustomerId> counted = population.of(inSegment, asOf);
        List<Customer> base = new ArrayList<>();
        customers.forEachCustomer(c -> {
            if (c.createdAt().isBefore(end) && counted.test(c.id())) {
                base.add(c);
            }
        });
        List<String> notes = new ArrayList<>();
        Map<CustomerId, LocalDate> first = new ConcurrentHashMap<>();
        Map<CustomerId, Double> clv = new ConcurrentHashMap<>();
        Currency[] currency = {null};
        if (valuation.canValueAt(asOf, ValueAssumptions.DEFAULT)) {
            CustomerValuation.Result valued = valuation.valueAt(List.of(asOf), ValueAssumptions.DEFAULT);
            for (ValuedCustomer v : valued.snapshots().get(0).customers()) {
                first.put(v.customerId(), v.firstPurchase());
                clv.put(v.customerId(), v.clv().amount().doubleValue());
                currency[0] = v.clv().currency();
            }
        } else {
            notes.add("no " + valuation.policy().purchaseModel().code() + " and gamma-gamma fits calibrated on or before "
                    + asOf + " (crm model fit): no CLV, so no CLV:CAC");
            valuation.forEachHistory(h -> {
                for (PurchaseFact p : h.purchases()) {
                    if (!p.day().isAfter(asOf)) {
                        first.merge(h.customerId(), p.day(), (a, b) -> a.isBefore(b) ? a : b);
                    }
                }
            });
        }
        List<AcquisitionEconomics.Entry> entries = new ArrayList<>();
        for (Customer c : base) {
            Optional<Money> cost = c.acquisition().cost();
            if (currency[0] == null && cost.isPresent()) {
                currency[0] = cost.get().currency();
            }
            Double value = clv.get(c.id());
            entries.add(new AcquisitionEconomics.Entry(c.acquisition().name(),
                    LocalDate.ofInstant(c.createdAt(), clock.getZone()), Optional.ofNullable(first.get(c.id())), cost,
                    value == null ? OptionalDouble.empty() : OptionalDouble.of(value)));
        }
        Currency money = currency[0] == null ? Currency.getInstance("USD") : currency[0];
        return new AcquisitionReport(asOf, money.getCurrencyCode(), AcquisitionEconomics.bySource(entries, money),
                AcquisitionEconomics.bySource(campaignEntries(asOf, first, clv, money, counted, notes), money), notes);
    }

    /**
     * Each campaign started by the date, as a way of acquiring: its members who had not bought before the start,
     * contacted and held out apart (the control group's conversions are what would have happened anyway); time to
     * convert counted from the start; each contacted prospect carries its share of the campaign's cost (the cost per
     * contact and the fixed cost spread over everyone contacted).
     */
    private List<AcquisitionEconomics.Entry> campaignEntries(LocalDate asOf, Map<CustomerId, LocalDate> first,
                                                             Map<CustomerId, Double> clv, Currency money,
                                                             Predicate<CustomerId> counted, List<String> notes) {
        List<AcquisitionEconomics.Entry> entries = new ArrayList<>();
        for (Campaign campaign : campaigns.findAll()) {
            LocalDate start = campaign.startedOn();
            if (start.isAfter(asOf)) {
                continue;
            }
            List<CampaignMember> members = campaigns.members(campaign.id());
            long contacted = members.stream().filter(m -> m.group() == CampaignGroup.TREATED).count();
            Optional<Money> share = Optional.empty();
            if (!campaign.costPerContact().currency().equals(money)) {
                notes.add("campaign " + campaign.id().value() + " is costed in "
                        + campaign.costPerContact().currency().getCurrencyCode() + ", the report in " + money
                        + ": no acquisition cost for it");
            } else if (contacted > 0) {
                share = Optional.of(Money.rounded(campaign.costPerContact().amount().add(campaign.fixedCost().amount()
                        .divide(BigDecimal.valueOf(contacted), 10, RoundingMode.HALF_EVEN)), money));
            }
            for (CampaignMember m : members) {
                if (!counted.test(m.customer())) {
                    continue;
                }
                LocalDate firstPurchase = first.get(m.customer());
                if (firstPurchase != null && firstPurchase.isBefore(start)) {
                    continue; // a customer already: not acquired by the campaign
                }
                boolean treated = m.group() == CampaignGroup.TREATED;
                Double value = clv.get(m.customer());
                entries.add(new AcquisitionEconomics.Entry(campaign.id().value() + (treated ? " contacted"
                        : " control"), start, Optional.ofNullable(firstPurchase), treated ? share : Optional.empty(),
                        value == null ? OptionalDouble.empty() : OptionalDouble.of(value)));
            }
        }
        return entries;
    }
}
