package org.opencrm.application.service.value;

import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.DoubleSummaryStatistics;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalDouble;
import java.util.Set;
import java.util.function.Predicate;
import org.opencrm.application.concurrent.Background;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.in.relationship.QualityReport;
import org.opencrm.application.port.in.relationship.QualityReportUseCase;
import org.opencrm.application.port.in.relationship.SixIReport;
import org.opencrm.application.port.in.relationship.SixIReportUseCase;
import org.opencrm.application.port.out.CampaignRepository;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.FollowUpRepository;
import org.opencrm.application.port.out.InteractionRepository;
import org.opencrm.application.port.out.SurveyResponseRepository;
import org.opencrm.application.service.lifecycle.CurrentStages;
import org.opencrm.application.service.lifecycle.LifecycleRules;
import org.opencrm.application.service.report.ReportPopulation;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignGroup;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpCadence;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ProfileShape;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.relationship.CommercialFriendship;
import org.opencrm.domain.relationship.ContactTally;
import org.opencrm.domain.relationship.RelationshipQuality;
import org.opencrm.domain.relationship.SixI;
import org.opencrm.domain.relationship.SixIMeasures;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.value.grid.RelationshipTier;

/**
 * The relationship quality index and the 6I scorecard, for the base and one customer, from the same facts: each
 * customer's profile, contacts, surveys and follow-ups of the year up to the as-of date, and their tier then.
 */
public class RelationshipService implements QualityReportUseCase, SixIReportUseCase {

    /** The top tiers, whose share of effort the Investment principle weighs against their share of value. */
    private static final Set<RelationshipTier> TOP_TIERS =
            Collections.unmodifiableSet(EnumSet.of(RelationshipTier.STRATEGIC, RelationshipTier.MAJOR));

    private final CustomerRepository customers;
    private final InteractionRepository interactions;
    private final SurveyResponseRepository responses;
    private final FollowUpRepository followUps;
    private final CustomerTiers tiers;
    private final LifecycleRules rules;
    private final FollowUpCadence cadence;
    private final ReportPopulation population;
    private final CampaignRepository campaigns;
    private final Clock clock;

    @Inject
    public RelationshipService(CustomerRepository customers, InteractionRepository interactions,
                               SurveyResponseRepository responses, FollowUpRepository followUps,
                               CustomerTiers tiers, LifecycleRules rules,
                               FollowUpCadence cadence, CampaignRepository campaigns, ReportPopulation population,
                               Clock clock) {
        this.campaigns = Objects.requireNonNull(campaigns);
        this.population = Objects.requireNonNull(population);
        this.customers = Objects.requireNonNull(customers);
        this.interactions = Objects.requireNonNull(interactions);
        this.responses = Objects.requireNonNull(responses);
        this.followUps = Objects.requireNonNull(followUps);
        this.tiers = Objects.requireNonNull(tiers);
        this.rules = Objects.requireNonNull(rules);
        this.cadence = Objects.requireNonNull(cadence);
        this.clock = Objects.requireNonNull(clock);
    }

    /** The query about the customer its id stands for now (a merged-away id names the survivor). */
    private Query resolved(Query query) {
        return new Query(query.asOf(), query.customer().map(customers::resolve), query.inSegment());
    }

    /** The facts the measures read; {@code withFollowUps} false: the follow-up counts stay zero (quality). */
    private Map<CustomerId, RelationshipFacts> facts(RelationshipFacts.Year year, Optional<CustomerId> one,
                                                     boolean withFollowUps, Predicate<CustomerId> counted) {
        // The store counts the year's contacts, and the survey answers and follow-ups are read, while the base is
        // read: independent queries, each on a thread of its own.
        Background<Map<CustomerId, ContactTally>> counting = one.isPresent() ? null
                : Background.start(() -> interactions.tallies(year.start(), year.end()), "contact-tallies");
        Background<List<SurveyResponse>> answering = one.isPresent() ? null : Background.start(() -> {
            List<SurveyResponse> all = new ArrayList<>();
            responses.forEachSurveyResponse(all::add);
            return all;
        }, "survey-responses");
        Background<List<FollowUp>> following = one.isPresent() || !withFollowUps ? null : Background.start(() -> {
            List<FollowUp> all = new ArrayList<>();
            followUps.forEachFollowUp(all::add);
            return all;
        }, "follow-ups");
        List<ProfileShape> base = new ArrayList<>();
        if (one.isPresent()) {
            base.add(ProfileShape.of(customers.findById(one.get())
                    .orElseThrow(() -> new CustomerNotFoundException(one.get().value()))));
        } else {
            customers.forEachShape(c -> {
                if (c.createdAt().isBefore(year.end()) && counted.test(c.id())) {
                    base.add(c);
                }
            });
        }
        RelationshipFacts.Builder builder = new RelationshipFacts.Builder(year, base);
        if (one.isPresent()) {
            interactions.findByCustomer(one.get()).forEach(builder::contact);
            responses.findByCustomer(one.get()).forEach(builder::response);
            followUps.findByCustomer(one.get()).forEach(builder::followUp);
        } else {
            builder.contacts(counting.join());
            answering.join().forEach(builder::response);
            if (following != null) {
                following.join().forEach(builder::followUp);
            }
        }
        return builder.build();
    }

    private static RelationshipQuality quality(RelationshipFacts f) {
        return RelationshipQuality.of(f.latestResponse().map(SurveyResponse::answers),
                CommercialFriendship.of(f.contactsInYear()));
    }

    @Override
    public QualityReport report(Query asked) {
        Query query = resolved(asked);
        LocalDate asOf = query.asOf().orElseGet(() -> LocalDate.now(clock));
        RelationshipFacts.Year year = RelationshipFacts.Year.upTo(asOf, clock.getZone());
        // The facts of every customer are read while the purchase histories are: two independent reads.
        Predicate<CustomerId> counted = population.of(query.inSegment(), asOf);
        Background<Map<CustomerId, RelationshipFacts>> gathering =
                Background.start(() -> facts(year, Optional.empty(), false, counted), "relationship-facts");
        Optional<Map<CustomerId, LifecycleStage>> shared = SharedStages.at(asOf);
        Map<CustomerId, LifecycleStage> derived;
        Map<CustomerId, RelationshipTier> tierMap;
        if (shared.isPresent()) { // in a report book, which derived them in the pass that valued the base
            derived = shared.get();
            tierMap = tiers.asOf(asOf);
        } else {
            // One pass over the histories values the base for tiers and derives every lifecycle stage.
            CurrentStages stages = new CurrentStages(rules, asOf);
            tierMap = tiers.asOf(asOf, stages);
            derived = stages.stages();
        }
        Map<CustomerId, RelationshipFacts> all = gathering.join();
        query.customer().ifPresent(c -> {
            if (!all.containsKey(c) && customers.findById(c).isEmpty()) {
                throw new CustomerNotFoundException(c.value());
            }
        });
        // One pass over the base, each customer counted in their tier's and their stage's group; one without a
        // purchase by the date is a prospect (selection).
        Map<String, double[]> tierSums = new LinkedHashMap<>();
        for (RelationshipTier t : RelationshipTier.values()) {
            tierSums.put(t.name(), new double[3]);
        }
        tierSums.put("UNTIERED", new double[3]);
        Map<String, double[]> stageSums = new LinkedHashMap<>();
        for (LifecycleStage st : LifecycleStage.values()) {
            stageSums.put(st.name(), new double[3]);
        }
        List<RelationshipQuality> qualities = new ArrayList<>(all.size());
        all.forEach((id, f) -> {
            RelationshipQuality q = quality(f);
            qualities.add(q);
            RelationshipTier t = tierMap.get(id);
            add(tierSums.get(t == null ? "UNTIERED" : t.name()), q);
            add(stageSums.get(derived.getOrDefault(id, LifecycleStage.PROSPECT).name()), q);
        });
        List<QualityReport.QualityGroupRow> byTier = groups(tierSums);
        List<QualityReport.QualityGroupRow> byStage = groups(stageSums);
        QualityReport.CustomerQualityRow one = query.customer().map(id -> {
            RelationshipFacts f = all.get(id);
            if (f == null) { // registered after the as-of date: nothing known of them by then
                return new QualityReport.CustomerQualityRow(id.value(), components(List.of()), null, null, 0, null);
            }
            return new QualityReport.CustomerQualityRow(id.value(), components(List.of(quality(f))),
                    Optional.ofNullable(tierMap.get(id)).map(Enum::name).orElse("UNTIERED"),
                    derived.getOrDefault(id, LifecycleStage.PROSPECT).name(), (int) f.contactsInYear().contacts(),
                    f.latestResponse().map(r -> r.id().value() + " answered " + r.answeredAt()).orElse(null));
        }).orElse(null);
        long withIndex = qualities.stream().filter(q -> q.index().isPresent()).count();
        return new QualityReport(asOf, all.size(), withIndex, components(qualities), byTier,
                byStage, one);
    }

    /** Adds a customer to a group's sums: customers, customers with an index, and the sum of their indexes. */
    private static void add(double[] sums, RelationshipQuality q) {
        sums[0]++;
        if (q.index().isPresent()) {
            sums[1]++;
            sums[2] += q.index().getAsDouble();
        }
    }

    private static List<QualityReport.QualityGroupRow> groups(Map<String, double[]> sums) {
        List<QualityReport.QualityGroupRow> rows = new ArrayList<>();
        sums.forEach((name, x) -> rows.add(new QualityReport.QualityGroupRow(name, (long) x[0], (long) x[1],
                x[1] == 0 ? null : rounded(OptionalDouble.of(x[2] / x[1])))));
        return rows;
    }

    /** The mean of each component over the customers with data for it, in one pass over them. */
    private static QualityReport.QualityComponents components(List<RelationshipQuality> qs) {
        DoubleSummaryStatistics[] parts = new DoubleSummaryStatistics[5];
        for (int i = 0; i < parts.length; i++) {
            parts[i] = new DoubleSummaryStatistics();
        }
        for (RelationshipQuality q : qs) {
            add(parts[0], q.trust());
            add(parts[1], q.satisfaction());
            add(parts[2], q.commitment());
            add(parts[3], q.commercialFriendship());
            add(parts[4], q.index());
        }
        return new QualityReport.QualityComponents(mean(parts[0]), mean(parts[1]), mean(parts[2]), mean(parts[3]),
                mean(parts[4]));
    }

    private static void add(DoubleSummaryStatistics part, OptionalDouble value) {
        if (value.isPresent()) {
            part.accept(value.getAsDouble());
        }
    }

    private static Double mean(DoubleSummaryStatistics part) {
        return part.getCount() == 0 ? null : rounded(OptionalDouble.of(part.getAverage()));
    }

    private static Double rounded(OptionalDouble value) {
        return value.isPresent() ? Math.round(value.getAsDouble() * 10) / 10.0 : null;
    }

    @Override
    public SixIReport scorecard(Query asked) {
        Query query = resolved(asked);
        LocalDate asOf = query.asOf().orElseGet(() -> LocalDate.now(clock));
        RelationshipFacts.Year year = RelationshipFacts.Year.upTo(asOf, clock.getZone());
        Predicate<CustomerId> counted = population.of(query.inSegment(), asOf);
        Background<Map<CustomerId, RelationshipFacts>> gathering =
                Background.start(() -> facts(year, query.customer(), true, counted), "relationship-facts");
        Background<CampaignOffers> offering =
                Background.start(() -> campaignOffers(year, query.customer()), "campaign-offers");
        Optional<CustomerTiers.ValueShare> value = tiers.valueShare(asOf, TOP_TIERS);
        Map<CustomerId, RelationshipFacts> facts = gathering.join();
        if (query.customer().isPresent() && !facts.get(query.customer().get()).customer().createdAt().isBefore(year.end())) {
            facts = Map.of(); // registered after the date: nothing is known of them by then
        }
        Map<CustomerId, RelationshipTier> tierMap = value.map(CustomerTiers.ValueShare::tiers).orElse(Map.of());
        CampaignOffers campaignOffers = offering.join();
        Map<CustomerId, Integer> offers = campaignOffers.offers();
        long campaignsInYear = campaignOffers.started();
        Map<SixI, DoubleSummaryStatistics> scores = new EnumMap<>(SixI.class);
        for (SixI i : SixI.values()) {
            scores.put(i, new DoubleSummaryStatistics());
        }
        StringBuilder interactionBasis = new StringBuilder();
        // The outbound contacts of the year, and those to the top tiers: the Investment principle's effort.
        long[] outbound = new long[2];
        for (RelationshipFacts f : facts.values()) {
            scores.get(SixI.INFORMATION).accept(SixIMeasures.information(f.customer()));
            RelationshipTier tier = tierMap.get(f.customer().id());
            outbound[0] += f.contactsInYear().outbound();
            if (TOP_TIERS.contains(tier)) {
                outbound[1] += f.contactsInYear().outbound();
            }
            Optional<Integer> days = cadence.daysFor(Optional.ofNullable(tier));
            SixIMeasures.interaction((int) f.contactsInYear().contacts(), days, f.followUpsDue(), f.followUpsOnTime())
                    .ifPresent(scores.get(SixI.INTERACTION)::accept);
            scores.get(SixI.INTEGRATION).accept(SixIMeasures.integration(f.responsesInYear(), f.contactsInYear()));
            Optional<SurveyAnswers> latest = f.latestResponse().map(SurveyResponse::answers);
            SixIMeasures.intention(latest).ifPresent(scores.get(SixI.INTENTION)::accept);
            if (campaignsInYear > 0) {
                SixIMeasures.individuality(offers.getOrDefault(f.customer().id(), 0), f.contactsInYear().outbound())
                        .ifPresent(scores.get(SixI.INDIVIDUALITY)::accept);
            }
            if (query.customer().isPresent()) {
                interactionBasis.append(String.format(Locale.ROOT, "%d contacts in the year%s; %d of %d follow-ups due "
                        + "done on time", f.contactsInYear().contacts(), days.map(d -> " against "
                        + String.format(Locale.ROOT, "%.1f", 365.0 / d) + " (cadence " + d + " days)").orElse(
                        " (no cadence target for the tier)"), f.followUpsOnTime(), f.followUpsDue()));
            }
        }
        List<SixIReport.PrincipleRow> rows = new ArrayList<>();
        for (SixI i : SixI.values()) {
            DoubleSummaryStatistics s = scores.get(i);
            Double score = mean(s);
            String basis;
            if (i == SixI.INVESTMENT) {
                rows.add(investment(query, facts.size(), outbound[0], outbound[1], value));
                continue;
            } else if (i == SixI.INDIVIDUALITY && campaignsInYear == 0) {
                basis = "no data: no campaign started in the year (crm campaigns start)";
            } else if (i == SixI.INDIVIDUALITY && query.customer().isPresent() && !facts.isEmpty()) {
                RelationshipFacts f = facts.values().iterator().next();
                basis = offers.getOrDefault(f.customer().id(), 0) + " campaign offers and "
                        + f.contactsInYear().outbound() + " other outbound contacts in the year";
            } else if (query.customer().isPresent()) {
                basis = facts.isEmpty() ? "no data: not registered by the as-of date" : basisOf(i, facts.values()
                        .iterator().next(), interactionBasis.toString());
            } else {
                basis = "mean over " + s.getCount() + " of " + facts.size() + " customers with data";
            }
            rows.add(new SixIReport.PrincipleRow(i.name(), i.meaning(), i.measure(), score, s.getCount(), basis));
        }
        return new SixIReport(asOf, query.customer().map(CustomerId::value).orElse(null), facts.size(), rows);
    }

    private static String basisOf(SixI i, RelationshipFacts f, String interaction) {
        return switch (i) {
            case INFORMATION -> String.format(Locale.ROOT, "%.0f%% of six profile fields present",
                    SixIMeasures.information(f.customer()));
            case INTERACTION -> interaction;
            case INTEGRATION -> f.responsesInYear() + " survey answers and " + f.contactsInYear().participating()
                    + " feedback, survey or co-creation contacts in the year";
            case INTENTION -> f.latestResponse().map(r -> "latest survey " + r.id().value() + " of " + r.answeredAt()
                    + ": commitment " + r.answers().commitment() + ", recommend " + r.answers().recommend())
                    .orElse("no data: no survey response by the as-of date");
            default -> "";
        };
    }

    /** Offers per contacted member of the campaigns started in the year, and how many campaigns started then. */
    private record CampaignOffers(long started, Map<CustomerId, Integer> offers) {
    }

    /** The campaign offers of the year (of {@code one} only, by keyed lookups, when given). */
    private CampaignOffers campaignOffers(RelationshipFacts.Year year, Optional<CustomerId> one) {
        Map<CustomerId, Integer> offers = new HashMap<>();
        long started = 0;
        for (Campaign c : campaigns.findAll()) {
            Instant start = c.startedOn().atStartOfDay(clock.getZone()).toInstant();
            if (start.isBefore(year.start()) || !start.isBefore(year.end())) {
                continue;
            }
            started++;
            List<CampaignMember> members = one.map(id -> campaigns.member(c.id(), id).stream().toList())
                    .orElseGet(() -> campaigns.members(c.id()));
            for (CampaignMember m : members) {
                if (m.group() == CampaignGroup.TREATED) {
                    offers.merge(m.customer(), 1, Integer::sum);
                }
            }
        }
        return new CampaignOffers(started, offers);
    }

    private static SixIReport.PrincipleRow investment(Query query, int customers, long outbound, long toTop,
                                                      Optional<CustomerTiers.ValueShare> value) {
        SixI i = SixI.INVESTMENT;
        if (query.customer().isPresent()) {
            return new SixIReport.PrincipleRow(i.name(), i.meaning(), i.measure(), null, 0,
                    "no data: a portfolio measure, not one customer's");
        }
        if (query.inSegment().isPresent()) {
            return new SixIReport.PrincipleRow(i.name(), i.meaning(), i.measure(), null, 0,
                    "no data: a measure of the whole portfolio's effort against its value, not of a segment's");
        }
        if (value.isEmpty()) {
            return new SixIReport.PrincipleRow(i.name(), i.meaning(), i.measure(), null, 0,
                    "no data: no value fits by the as-of date (crm model fit), so no tiers and no CLV");
        }
        if (outbound == 0) {
            return new SixIReport.PrincipleRow(i.name(), i.meaning(), i.measure(), null, 0,
                    "no data: no outbound contact in the year");
        }
        double effort = (double) toTop / outbound;
        return new SixIReport.PrincipleRow(i.name(), i.meaning(), i.measure(),
                rounded(SixIMeasures.investment(effort, value.get().topShare())), customers,
                String.format(Locale.ROOT, "strategic and major customers got %.1f%% of %d outbound contacts and hold "
                        + "%.1f%% of CLV", 100 * effort, outbound, 100 * value.get().topShare()));
    }
}
