package org.opencrm.application.fake;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.BiFunction;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.opencrm.application.error.DuplicateExternalIdException;
import org.opencrm.application.port.Page;
import org.opencrm.application.port.PageRequest;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.out.ApiKeyRepository;
import org.opencrm.application.port.out.AssociationRuleRepository;
import org.opencrm.application.port.out.CampaignRepository;
import org.opencrm.application.port.out.CustomerMergeRepository;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.ComplaintRepository;
import org.opencrm.application.port.out.FollowUpRepository;
import org.opencrm.application.port.out.InteractionRepository;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.application.port.out.SurveyResponseRepository;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.survey.SurveyResponseId;
import org.opencrm.application.port.out.ModelRepository;
import org.opencrm.application.port.out.ProductRepository;
import org.opencrm.application.port.out.SegmentRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.port.out.StoredResponse;
import org.opencrm.application.port.out.StoredResponseRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.domain.access.ApiKey;
import org.opencrm.domain.access.ApiKeyId;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.domain.identity.MovedFacts;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.campaign.CampaignResponse;
import org.opencrm.domain.recommendation.RuleSet;
import org.opencrm.domain.segment.Segment;
import org.opencrm.domain.purchase.PurchaseFact;
import org.opencrm.domain.purchase.PurchaseHistory;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;

/**
 * Test fake for the application's services: maps, and a transaction that snapshots them and puts the
 * snapshot back on failure. Single-threaded by design. It passes the same storage contract as the real
 * backends ({@code FakeStorageContractTest}), which is what makes service tests over it trustworthy.
 */
public final class FakeStorage implements Storage, UnitOfWork {

    private TreeMap<CustomerId, Customer> customers = new TreeMap<>();
    private Map<PurchaseId, Purchase> purchases = new HashMap<>();
    private final Customers customerRepository = new Customers();
    private final Purchases purchaseRepository = new Purchases();
    private final Models modelRepository = new Models();
    private List<FittedModel> models = new ArrayList<>();
    private Map<ProductId, Product> products = new HashMap<>();
    private final Products productRepository = new Products();
    private Map<ApiKeyId, ApiKey> apiKeys = new HashMap<>();
    private final ApiKeys apiKeyRepository = new ApiKeys();
    private Map<List<String>, StoredResponse> storedResponses = new HashMap<>();
    private final StoredResponses storedResponseRepository = new StoredResponses();
    private Map<InteractionId, Interaction> interactions = new HashMap<>();
    private final Interactions interactionRepository = new Interactions();
    private Map<SurveyResponseId, SurveyResponse> surveyResponses = new HashMap<>();
    private final SurveyResponses surveyResponseRepository = new SurveyResponses();
    private Map<ComplaintId, Complaint> complaints = new TreeMap<>();
    private final Complaints complaintRepository = new Complaints();
    private Map<FollowUpId, FollowUp> followUps = new TreeMap<>();
    private final FollowUps followUpRepository = new FollowUps();
    private Map<CustomerId, CustomerId> aliases = new HashMap<>();
    private List<CustomerMerge> mergeLog = new ArrayList<>();
    private final Merges mergeRepository = new Merges();
    private List<Segment> segmentVersions = new ArrayList<>();
    private final Segments segmentRepository = new Segments();
    private Map<CampaignId, Campaign> campaignsById = new TreeMap<>();
    private Map<CampaignId, List<CampaignMember>> campaignMembers = new HashMap<>();
    private Map<CampaignId, TreeMap<CustomerId, CampaignResponse>> campaignResponses = new HashMap<>();
    private final Campaigns campaignRepository = new Campaigns();
    private TreeMap<LocalDate, RuleSet> ruleSets = new TreeMap<>();
    private final AssociationRules ruleRepository = new AssociationRules();
    private boolean inTransaction;
    /** How many transactions were committed: lets tests see batching. */
    private int commits;

    public int commits() {
        return commits;
    }

    @Override
    public <T> T inTransaction(Supplier<T> work) {
        if (inTransaction) {
            return work.get();
        }
        TreeMap<CustomerId, Customer> customersBefore = new TreeMap<>(customers);
        Map<PurchaseId, Purchase> purchasesBefore = new HashMap<>(purchases);
        List<FittedModel> modelsBefore = new ArrayList<>(models);
        Map<ProductId, Product> productsBefore = new HashMap<>(products);
        Map<ApiKeyId, ApiKey> apiKeysBefore = new HashMap<>(apiKeys);
        Map<List<String>, StoredResponse> storedResponsesBefore = new HashMap<>(storedResponses);
        Map<InteractionId, Interaction> interactionsBefore = new HashMap<>(interactions);
        Map<SurveyResponseId, SurveyResponse> surveyResponsesBefore = new HashMap<>(surveyResponses);
        Map<ComplaintId, Complaint> complaintsBefore = new TreeMap<>(complaints);
        Map<FollowUpId, FollowUp> followUpsBefore = new TreeMap<>(followUps);
        Map<CustomerId, CustomerId> aliasesBefore = new HashMap<>(aliases);
        List<CustomerMerge> mergeLogBefore = new ArrayList<>(mergeLog);
        List<Segment> segmentsBefore = new ArrayList<>(segmentVersions);
        Map<CampaignId, Campaign> campaignsBefore = new TreeMap<>(campaignsById);
        Map<CampaignId, List<CampaignMember>> campaignMembersBefore = new HashMap<>(campaignMembers);
        Map<CampaignId, TreeMap<CustomerId, CampaignResponse>> campaignResponsesBefore = new HashMap<>();
        campaignResponses.forEach((k, v) -> campaignResponsesBefore.put(k, new TreeMap<>(v)));
        TreeMap<LocalDate, RuleSet> ruleSetsBefore = new TreeMap<>(ruleSets);
        inTransaction = true;
        try {
            T result = work.get();
            commits++;
            return result;
        } catch (RuntimeException e) {
            customers = customersBefore;
            purchases = purchasesBefore;
            models = modelsBefore;
            products = productsBefore;
            apiKeys = apiKeysBefore;
            storedResponses = storedResponsesBefore;
            interactions = interactionsBefore;
            surveyResponses = surveyResponsesBefore;
            complaints = complaintsBefore;
            followUps = followUpsBefore;
            aliases = aliasesBefore;
            mergeLog = mergeLogBefore;
            segmentVersions = segmentsBefore;
            campaignsById = campaignsBefore;
            campaignMembers = campaignMembersBefore;
            campaignResponses = campaignResponsesBefore;
            ruleSets = ruleSetsBefore;
            throw e;
        } finally {
            inTransaction = false;
        }
    }

    @Override
    public CustomerRepository customers() {
        return customerRepository;
    }

    @Override
    public PurchaseRepository purchases() {
        return purchaseRepository;
    }

    @Override
    public ModelRepository models() {
        return modelRepository;
    }

    @Override
    public ProductRepository products() {
        return productRepository;
    }

    @Override
    public ApiKeyRepository apiKeys() {
        return apiKeyRepository;
    }

    @Override
    public StoredResponseRepository storedResponses() {
        return storedResponseRepository;
    }

    @Override
    public UnitOfWork unitOfWork() {
        return this;
    }

    @Override
    public void close() {
    }

    private final class Customers implements CustomerRepository {

        @Override
        public void save(Customer customer) {
            for (ExternalId e : customer.externalIds()) {
                Optional<Customer> owner = findByExternalId(e);
                if (owner.isPresent() && !owner.get().id().equals(customer.id())) {
                    throw new DuplicateExternalIdException(e);
                }
            }
            customers.put(customer.id(), customer);
        }

        @Override
        public void saveAll(Collection<Customer> all) {
            inTransaction(() -> {
                all.forEach(this::save);
                return null;
            });
        }

        @Override
        public Optional<Customer> findById(CustomerId id) {
            Customer own = customers.get(id);
            return own != null || !aliases.containsKey(id) ? Optional.ofNullable(own)
                    : Optional.ofNullable(customers.get(aliases.get(id)));
        }

        @Override
        public Optional<Customer> findByExternalId(ExternalId externalId) {
            return customers.values().stream().filter(c -> c.externalIds().contains(externalId)).findFirst();
        }

        @Override
        public Optional<Customer> findByEmail(String email) {
            return customers.values().stream().filter(c -> c.email().equals(Optional.of(email))).findFirst();
        }

        @Override
        public Map<String, Customer> findByExternalIds(String source, Collection<String> values) {
            Map<String, Customer> found = new HashMap<>();
            values.forEach(v -> findByExternalId(ExternalId.of(source, v)).ifPresent(c -> found.put(v, c)));
            return found;
        }

        @Override
        public Map<String, CustomerId> findIdsByExternalIds(String source, Collection<String> values) {
            Map<String, CustomerId> found = new HashMap<>();
            findByExternalIds(source, values).forEach((v, c) -> found.put(v, c.id()));
            return found;
        }

        @Override
        public Map<String, Customer> findByEmails(Collection<String> emails) {
            Map<String, Customer> found = new HashMap<>();
            emails.forEach(e -> findByEmail(e).ifPresent(c -> found.put(e, c)));
            return found;
        }

        @Override
        public Page<Customer> findPage(PageRequest request) {
            List<Customer> rest = new ArrayList<>(request.after()
                    .map(a -> customers.tailMap(CustomerId.of(a), false).values()).orElse(customers.values()));
            List<Customer> items = rest.subList(0, Math.min(rest.size(), request.limit()));
            return new Page<>(items, rest.size() > request.limit()
                    ? Optional.of(items.get(items.size() - 1).id().value()) : Optional.empty());
        }

        @Override
        public Page<Customer> findByName(String text, PageRequest request) {
            List<Customer> rest = (request.after().map(a -> customers.tailMap(CustomerId.of(a), false).values())
                    .orElse(customers.values())).stream()
                    .filter(c -> c.name().toLowerCase(java.util.Locale.ROOT).contains(text.toLowerCase(java.util.Locale.ROOT)))
                    .toList();
            List<Customer> items = rest.subList(0, Math.min(rest.size(), request.limit()));
            return new Page<>(items, rest.size() > request.limit()
                    ? Optional.of(items.get(items.size() - 1).id().value()) : Optional.empty());
        }

        @Override
        public long count() {
            return customers.size();
        }
    }

    private final class Purchases implements PurchaseRepository {

        @Override
        public boolean add(Purchase purchase) {
            return purchases.putIfAbsent(purchase.id(), purchase) == null;
        }

        @Override
        public int addAll(List<Purchase> all) {
            return inTransaction(() -> (int) all.stream().filter(this::add).count());
        }

        @Override
        public Optional<Purchase> findById(PurchaseId id) {
            return Optional.ofNullable(purchases.get(id));
        }

        @Override
        public List<Purchase> findByCustomer(CustomerId customerId) {
            return purchases.values().stream().filter(p -> p.customerId().equals(customerId))
                    .sorted(Comparator.comparing(Purchase::occurredAt).thenComparing(Purchase::id)).toList();
        }

        @Override
        public long count() {
            return purchases.size();
        }

        @Override
        public void forEachHistory(ZoneId zone, Consumer<PurchaseHistory> sink) {
            // Grouped once: tests stream tens of thousands of customers.
            Map<CustomerId, List<Purchase>> byCustomer = purchases.values().stream()
                    .collect(Collectors.groupingBy(Purchase::customerId));
            for (Customer c : customers.values()) {
                List<PurchaseFact> facts = byCustomer.getOrDefault(c.id(), List.of()).stream()
                        .sorted(Comparator.comparing(Purchase::occurredAt).thenComparing(Purchase::id))
                        .map(p -> new PurchaseFact(
                        p.occurredAt().atZone(zone).toLocalDate(), p.amount(),
                        p.lineItems().stream().map(LineItem::category).flatMap(Optional::stream)
                                .collect(Collectors.toSet()))).toList();
                sink.accept(new PurchaseHistory(c.id(), c.createdAt().atZone(zone).toLocalDate(), facts));
            }
        }

        @Override
        public List<Purchase> findAfter(Optional<PurchaseId> after, int limit) {
            return purchases.values().stream().filter(p -> after.isEmpty() || p.id().value().compareTo(after.get().value()) > 0)
                    .sorted(Comparator.comparing(p -> p.id().value())).limit(limit).toList();
        }

        @Override
        public void forEachLineHistory(ZoneId zone, Consumer<LineHistory> sink) {
            for (Customer c : customers.values()) {
                List<ValueOrientationClassifier.BoughtLine> lines = findByCustomer(c.id()).stream()
                        .flatMap(p -> p.lineItems().stream().map(item -> new ValueOrientationClassifier.BoughtLine(
                                p.occurredAt().atZone(zone).toLocalDate(), item)))
                        .toList();
                if (!lines.isEmpty()) {
                    sink.accept(new LineHistory(c.id(), lines));
                }
            }
        }
    }

    private final class Models implements ModelRepository {

        @Override
        public void save(FittedModel model) {
            models.add(model);
        }

        @Override
        public Optional<FittedModel> findLatest(ModelKind kind) {
            return findAll(kind).stream().findFirst();
        }

        @Override
        public List<FittedModel> findAll(ModelKind kind) {
            return models.stream().filter(m -> m.kind() == kind)
                    .sorted(Comparator.comparing(FittedModel::fittedAt).reversed()).toList();
        }
    }

    private final class Products implements ProductRepository {

        @Override
        public int saveAll(Collection<Product> saved) {
            return inTransaction(() -> {
                int added = 0;
                for (Product p : saved) {
                    if (products.put(p.id(), p) == null) {
                        added++;
                    }
                }
                return added;
            });
        }

        @Override
        public Optional<Product> findById(ProductId id) {
            return Optional.ofNullable(products.get(id));
        }

        @Override
        public Map<ProductId, Product> findByIds(Collection<ProductId> ids) {
            Map<ProductId, Product> found = new HashMap<>();
            ids.forEach(id -> findById(id).ifPresent(p -> found.put(id, p)));
            return found;
        }

        @Override
        public long count() {
            return products.size();
        }

        @Override
        public List<Product> findAfter(Optional<ProductId> after, int limit) {
            return products.values().stream().filter(p -> after.isEmpty() || p.id().value().compareTo(after.get().value()) > 0)
                    .sorted(Comparator.comparing(p -> p.id().value())).limit(limit).toList();
        }
    }

    @Override
    public InteractionRepository interactions() {
        return interactionRepository;
    }

    @Override
    public SurveyResponseRepository surveyResponses() {
        return surveyResponseRepository;
    }

    @Override
    public ComplaintRepository complaints() {
        return complaintRepository;
    }

    @Override
    public FollowUpRepository followUps() {
        return followUpRepository;
    }

    @Override
    public CustomerMergeRepository merges() {
        return mergeRepository;
    }

    private static <K, V> long reassign(Map<K, V> facts, Function<V, CustomerId> owner,
                                        BiFunction<V, CustomerId, V> withCustomer, CustomerId from, CustomerId to) {
        long[] moved = {0};
        facts.replaceAll((id, fact) -> {
            if (!owner.apply(fact).equals(from)) {
                return fact;
            }
            moved[0]++;
            return withCustomer.apply(fact, to);
        });
        return moved[0];
    }

    @Override
    public SegmentRepository segments() {
        return segmentRepository;
    }

    @Override
    public CampaignRepository campaigns() {
        return campaignRepository;
    }

    @Override
    public AssociationRuleRepository associationRules() {
        return ruleRepository;
    }

    private final class AssociationRules implements AssociationRuleRepository {

        @Override
        public void save(RuleSet rules) {
            inTransaction(() -> ruleSets.put(rules.asOf(), rules));
        }

        @Override
        public Optional<RuleSet> findLatest(LocalDate asOf) {
            return Optional.ofNullable(ruleSets.floorEntry(asOf)).map(Map.Entry::getValue);
        }

        @Override
        public List<RuleSet> findAll() {
            return List.copyOf(ruleSets.values());
        }
    }

    private final class Campaigns implements CampaignRepository {

        @Override
        public void start(Campaign campaign, List<CampaignMember> members) {
            if (campaignsById.containsKey(campaign.id())) {
                throw new IllegalArgumentException("campaign " + campaign.id().value() + " is stored already");
            }
            campaignsById.put(campaign.id(), campaign);
            campaignMembers.put(campaign.id(), members.stream().sorted(Comparator.comparing(CampaignMember::customer))
                    .toList());
        }

        @Override
        public Optional<Campaign> findById(CampaignId id) {
            return Optional.ofNullable(campaignsById.get(id));
        }

        @Override
        public List<Campaign> findAll() {
            return campaignsById.values().stream().sorted(Comparator.comparing(Campaign::startedOn).reversed()
                    .thenComparing(Campaign::id)).toList();
        }

        @Override
        public List<CampaignMember> members(CampaignId campaign) {
            return campaignMembers.getOrDefault(campaign, List.of());
        }

        @Override
        public boolean respond(CampaignResponse response) {
            return campaignResponses.computeIfAbsent(response.campaign(), k -> new TreeMap<>())
                    .putIfAbsent(response.customer(), response) == null;
        }

        @Override
        public List<CampaignResponse> responses(CampaignId campaign) {
            return new ArrayList<>(campaignResponses.getOrDefault(campaign, new TreeMap<>()).values());
        }
    }

    private final class Segments implements SegmentRepository {

        @Override
        public void add(Segment segment) {
            if (find(segment.name(), segment.version()).isPresent()) {
                throw new IllegalArgumentException("segment " + segment.name() + " version " + segment.version()
                        + " is stored already");
            }
            segmentVersions.add(segment);
        }

        @Override
        public Optional<Segment> findLatest(String name) {
            return segmentVersions.stream().filter(s -> s.name().equals(name))
                    .max(Comparator.comparingInt(Segment::version));
        }

        @Override
        public Optional<Segment> find(String name, int version) {
            return segmentVersions.stream().filter(s -> s.name().equals(name) && s.version() == version).findFirst();
        }

        @Override
        public List<Segment> findAll() {
            return segmentVersions.stream().sorted(Comparator.comparing(Segment::name)
                    .thenComparingInt(Segment::version)).toList();
        }
    }

    private final class Merges implements CustomerMergeRepository {

        @Override
        public MovedFacts moveFacts(CustomerId absorbed, CustomerId survivor) {
            return inTransaction(() -> {
                MovedFacts moved = new MovedFacts(
                        reassign(purchases, Purchase::customerId, Purchase::withCustomer, absorbed, survivor),
                        reassign(interactions, Interaction::customerId, Interaction::withCustomer, absorbed, survivor),
                        reassign(complaints, Complaint::customerId, Complaint::withCustomer, absorbed, survivor),
                        reassign(followUps, FollowUp::customerId, FollowUp::withCustomer, absorbed, survivor),
                        reassign(surveyResponses, SurveyResponse::customerId, SurveyResponse::withCustomer, absorbed,
                                survivor),
                        customers.get(absorbed).externalIds().size(), reassignCampaigns(absorbed, survivor));
                Customer gone = customers.remove(absorbed);
                Customer kept = customers.get(survivor);
                List<ExternalId> ids = new ArrayList<>(kept.externalIds());
                ids.addAll(gone.externalIds());
                customers.put(survivor, new Customer(kept.id(), kept.name(), ids, kept.contactPoints(), kept.consent(),
                        kept.attributes(), kept.acquisition(), kept.createdAt()));
                return moved;
            });
        }

        /** As the stores do: the absorbed record's memberships go to the survivor unless it is in that campaign. */
        private long reassignCampaigns(CustomerId from, CustomerId to) {
            long moved = 0;
            for (Map.Entry<CampaignId, List<CampaignMember>> e : campaignMembers.entrySet()) {
                List<CampaignMember> list = new ArrayList<>(e.getValue());
                boolean toIn = list.stream().anyMatch(m -> m.customer().equals(to));
                Optional<CampaignMember> gone = list.stream().filter(m -> m.customer().equals(from)).findFirst();
                if (gone.isEmpty()) {
                    continue;
                }
                list.remove(gone.get());
                TreeMap<CustomerId, CampaignResponse> answers = campaignResponses.getOrDefault(e.getKey(), new TreeMap<>());
                CampaignResponse answered = answers.remove(from);
                if (!toIn) {
                    list.add(new CampaignMember(e.getKey(), to, gone.get().group()));
                    moved++;
                    if (answered != null && !answers.containsKey(to)) {
                        answers.put(to, new CampaignResponse(e.getKey(), to, answered.responded(), answered.converted(),
                                answered.revenue(), answered.at()));
                    }
                }
                e.setValue(list.stream().sorted(Comparator.comparing(CampaignMember::customer)).toList());
            }
            return moved;
        }

        @Override
        public void record(CustomerMerge merge) {
            aliases.replaceAll((alias, target) -> target.equals(merge.absorbed()) ? merge.survivor() : target);
            aliases.put(merge.absorbed(), merge.survivor());
            mergeLog.add(merge);
        }

        @Override
        public List<CustomerMerge> findBySurvivor(CustomerId survivor) {
            return findAll().stream().filter(m -> m.survivor().equals(survivor)).toList();
        }

        @Override
        public List<CustomerMerge> findAll() {
            return mergeLog.stream().sorted(Comparator.comparing(CustomerMerge::mergedAt)
                    .thenComparing(m -> m.absorbed().value())).toList();
        }
    }

    private void requireCustomer(CustomerId id) {
        if (!customers.containsKey(id)) {
            throw new CustomerNotFoundException(id.value());
        }
    }

    private final class Complaints implements ComplaintRepository {

        @Override
        public boolean add(Complaint complaint) {
            requireCustomer(complaint.customerId());
            return complaints.putIfAbsent(complaint.id(), complaint) == null;
        }

        @Override
        public void update(Complaint complaint) {
            if (complaints.replace(complaint.id(), complaint) == null) {
                throw new IllegalArgumentException("no complaint " + complaint.id().value());
            }
        }

        @Override
        public Optional<Complaint> findById(ComplaintId id) {
            return Optional.ofNullable(complaints.get(id));
        }

        @Override
        public List<Complaint> findByCustomer(CustomerId customer) {
            return complaints.values().stream().filter(c -> c.customerId().equals(customer))
                    .sorted(Comparator.comparing(Complaint::openedAt).thenComparing(Complaint::id)).toList();
        }

        @Override
        public void forEachComplaint(Consumer<Complaint> sink) {
            List.copyOf(complaints.values()).forEach(sink);
        }

        @Override
        public long count() {
            return complaints.size();
        }

        @Override
        public List<Complaint> findAfter(Optional<ComplaintId> after, int limit) {
            return complaints.values().stream().filter(c -> after.map(a -> c.id().compareTo(a) > 0).orElse(true))
                    .limit(limit).toList();
        }
    }

    private final class FollowUps implements FollowUpRepository {

        @Override
        public boolean add(FollowUp followUp) {
            requireCustomer(followUp.customerId());
            return followUps.putIfAbsent(followUp.id(), followUp) == null;
        }

        @Override
        public void update(FollowUp followUp) {
            if (followUps.replace(followUp.id(), followUp) == null) {
                throw new IllegalArgumentException("no follow-up " + followUp.id().value());
            }
        }

        @Override
        public Optional<FollowUp> findById(FollowUpId id) {
            return Optional.ofNullable(followUps.get(id));
        }

        @Override
        public List<FollowUp> findByCustomer(CustomerId customer) {
            return followUps.values().stream().filter(f -> f.customerId().equals(customer))
                    .sorted(Comparator.comparing(FollowUp::dueOn).thenComparing(FollowUp::id)).toList();
        }

        @Override
        public void forEachFollowUp(Consumer<FollowUp> sink) {
            List.copyOf(followUps.values()).forEach(sink);
        }

        @Override
        public long count() {
            return followUps.size();
        }

        @Override
        public List<FollowUp> findAfter(Optional<FollowUpId> after, int limit) {
            return followUps.values().stream().filter(f -> after.map(a -> f.id().compareTo(a) > 0).orElse(true))
                    .limit(limit).toList();
        }
    }

    private final class SurveyResponses implements SurveyResponseRepository {

        private final Comparator<SurveyResponse> inTime = Comparator.comparing(SurveyResponse::answeredAt)
                .thenComparing(SurveyResponse::id);

        @Override
        public boolean add(SurveyResponse response) {
            if (!customers.containsKey(response.customerId())) {
                throw new CustomerNotFoundException(response.customerId().value());
            }
            return surveyResponses.putIfAbsent(response.id(), response) == null;
        }

        @Override
        public int addBatch(List<SurveyResponse> batch) {
            return inTransaction(() -> SurveyResponseRepository.super.addBatch(batch));
        }

        @Override
        public Optional<SurveyResponse> findById(SurveyResponseId id) {
            return Optional.ofNullable(surveyResponses.get(id));
        }

        @Override
        public List<SurveyResponse> findByCustomer(CustomerId customer) {
            return surveyResponses.values().stream().filter(r -> r.customerId().equals(customer)).sorted(inTime)
                    .toList();
        }

        @Override
        public List<SurveyResponse> latestPerCustomer(Instant before) {
            Map<CustomerId, SurveyResponse> latest = new TreeMap<>();
            surveyResponses.values().stream().filter(r -> r.answeredAt().isBefore(before))
                    .forEach(r -> latest.merge(r.customerId(), r, (a, b) -> inTime.compare(a, b) >= 0 ? a : b));
            return List.copyOf(latest.values());
        }

        @Override
        public long count() {
            return surveyResponses.size();
        }

        @Override
        public List<SurveyResponse> findAfter(Optional<SurveyResponseId> after, int limit) {
            return surveyResponses.values().stream().filter(r -> after.map(a -> r.id().compareTo(a) > 0).orElse(true))
                    .sorted(Comparator.comparing(SurveyResponse::id)).limit(limit).toList();
        }
    }

    private final class Interactions implements InteractionRepository {

        @Override
        public boolean add(Interaction interaction) {
            if (!customers.containsKey(interaction.customerId())) {
                throw new CustomerNotFoundException(interaction.customerId().value());
            }
            return interactions.putIfAbsent(interaction.id(), interaction) == null;
        }

        @Override
        public int addBatch(List<Interaction> batch) {
            return inTransaction(() -> InteractionRepository.super.addBatch(batch));
        }

        @Override
        public Optional<Interaction> findById(InteractionId id) {
            return Optional.ofNullable(interactions.get(id));
        }

        @Override
        public List<Interaction> findByCustomer(CustomerId customer) {
            return interactions.values().stream().filter(i -> i.customerId().equals(customer))
                    .sorted(Comparator.comparing(Interaction::occurredAt).thenComparing(Interaction::id)).toList();
        }

        @Override
        public long count() {
            return interactions.size();
        }

        @Override
        public List<Interaction> findAfter(Optional<InteractionId> after, int limit) {
            return interactions.values().stream().filter(i -> after.map(a -> i.id().compareTo(a) > 0).orElse(true))
                    .sorted(Comparator.comparing(Interaction::id)).limit(limit).toList();
        }
    }

    private final class StoredResponses implements StoredResponseRepository {

        @Override
        public Optional<StoredResponse> find(String owner, String key) {
            return Optional.ofNullable(storedResponses.get(List.of(owner, key)));
        }

        @Override
        public boolean add(StoredResponse response) {
            return storedResponses.putIfAbsent(List.of(response.owner(), response.key()), response) == null;
        }

        @Override
        public int removeStoredBefore(Instant cutoff) {
            int before = storedResponses.size();
            storedResponses.values().removeIf(r -> r.storedAt().isBefore(cutoff));
            return before - storedResponses.size();
        }
    }

    private final class ApiKeys implements ApiKeyRepository {

        @Override
        public void save(ApiKey key) {
            apiKeys.put(key.id(), key);
        }

        @Override
        public Optional<ApiKey> findById(ApiKeyId id) {
            return Optional.ofNullable(apiKeys.get(id));
        }

        @Override
        public List<ApiKey> findAll() {
            return apiKeys.values().stream().sorted(Comparator.comparing(ApiKey::createdAt)
                    .thenComparing(k -> k.id().value())).toList();
        }
    }
}
