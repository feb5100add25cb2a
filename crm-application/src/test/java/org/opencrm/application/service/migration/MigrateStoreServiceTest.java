package org.opencrm.application.service.migration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.opencrm.domain.fixtures.TestCustomers.aChineseCustomer;
import static org.opencrm.domain.fixtures.TestCustomers.aCustomer;
import static org.opencrm.domain.fixtures.TestPurchases.aPurchase;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.fake.FakeStorage;
import org.opencrm.application.port.in.migration.MigrateStoreUseCase.Command;
import org.opencrm.application.port.in.migration.MigrateStoreUseCase;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.domain.access.ApiKey;
import org.opencrm.domain.access.ApiKeyId;
import org.opencrm.domain.access.ApiScope;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignGroup;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.campaign.CampaignResponse;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.ComplaintStatus;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.complaint.Severity;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.domain.identity.MovedFacts;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.interaction.Direction;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.Product;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.recommendation.AssociationRule;
import org.opencrm.domain.recommendation.ProductStats;
import org.opencrm.domain.recommendation.RuleSet;
import org.opencrm.domain.recommendation.RuleThresholds;
import org.opencrm.domain.segment.Segment;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.survey.SurveyResponseId;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;

class MigrateStoreServiceTest {

    private static final String FROM = "fake:from";
    private static final String TO = "fake:to";

    private final Map<String, Storage> stores = new HashMap<>();
    private final MigrateStoreService service = new MigrateStoreService(location -> stores.get(location.uri()));
    private final FakeStorage source = new FakeStorage();

    @BeforeEach
    void aSourceWithSomethingInEveryTable() {
        stores.put(FROM, source);
        List<Customer> customers = new ArrayList<>();
        List<Purchase> purchases = new ArrayList<>();
        for (int i = 0; i < 25; i++) {
            Customer c = i % 5 == 0 ? aChineseCustomer("c-" + i) : aCustomer("c-" + i, "Name " + i, "ext-" + i);
            customers.add(c);
            for (int j = 0; j < 3; j++) {
                purchases.add(aPurchase("p-" + i + "-" + j, c.id(), LocalDate.of(2024, 1, 1 + j), "1" + j + ".50"));
            }
        }
        source.customers().saveAll(customers);
        source.purchases().addAll(purchases);
        source.products().saveAll(List.of(new Product(ProductId.of("sku"), Category.of("music"),
                Optional.of(LocalDate.of(2024, 1, 1)), Optional.of(Money.of("9.99", "USD")), true)));
        source.models().save(new FittedModel(ModelKind.BG_NBD, Map.of("r", 0.24, "alpha", 4.4, "a", 0.79, "b", 2.4),
                -9582.4, LocalDate.of(1997, 9, 30), ModelTimeUnit.WEEKS, 2357, Instant.parse("2026-01-01T00:00:00Z"),
                true, 28));
        source.apiKeys().save(ApiKey.issue(ApiKeyId.of("key000000001"), "2c".repeat(32), "sync",
                Set.of(ApiScope.WRITE), Instant.parse("2026-01-02T00:00:00Z")).revoke(Instant.parse("2026-02-01T00:00:00Z")));
        for (int i = 0; i < 12; i++) {
            source.interactions().add(new Interaction(InteractionId.of("i-" + i), customers.get(i).id(),
                    ContactChannel.values()[i % 6], i % 2 == 0 ? Direction.INBOUND : Direction.OUTBOUND, "inquiry",
                    "asked about order " + i + " 订单", Optional.of("answered"), Instant.parse("2024-02-01T09:00:00Z"),
                    Optional.empty(), i > 0 ? Optional.of(InteractionId.of("i-" + (i - 1))) : Optional.empty()));
        }
        for (int i = 0; i < 4; i++) {
            source.surveyResponses().add(new SurveyResponse(SurveyResponseId.of("s-" + i), customers.get(i).id(),
                    Instant.parse("2024-03-01T09:00:00Z"), new SurveyAnswers(OptionalInt.of(1 + i),
                    i == 2 ? OptionalInt.empty() : OptionalInt.of(10 - i), OptionalInt.empty(), OptionalInt.of(4),
                    OptionalInt.of(3), OptionalInt.of(2), OptionalInt.of(i))));
        }
        Complaint lost = Complaint.open(ComplaintId.of("k-1"), customers.get(1).id(),
                Instant.parse("2024-03-01T09:00:00Z"), "delivery", Severity.HIGH, "包裹丢了");
        source.complaints().add(lost);
        source.complaints().add(Complaint.open(ComplaintId.of("k-2"), customers.get(2).id(),
                Instant.parse("2024-03-02T09:00:00Z"), "billing", Severity.LOW, "charged twice")
                .moveTo(ComplaintStatus.IN_PROGRESS, Instant.parse("2024-03-02T10:00:00Z"), Optional.empty())
                .moveTo(ComplaintStatus.RESOLVED, Instant.parse("2024-03-03T10:00:00Z"), Optional.of("refunded")));
        source.segments().add(new Segment("at-risk", 1, "stage = at_risk and spend(90d) > 10",
                Instant.parse("2024-03-04T10:00:00Z")));
        CampaignId campaign = CampaignId.of("cmp-1");
        source.campaigns().start(new Campaign(campaign, "win-back", "at-risk", 1, ContactChannel.EMAIL, "10% off",
                Money.of("0.50", "USD"), Money.of("10.00", "USD"), 0.2, 7, LocalDate.of(2024, 3, 5), 30, 0,
                Instant.parse("2024-03-05T10:00:00Z")), List.of(
                new CampaignMember(campaign, customers.get(3).id(), CampaignGroup.TREATED),
                new CampaignMember(campaign, customers.get(4).id(), CampaignGroup.CONTROL)));
        source.campaigns().respond(new CampaignResponse(campaign, customers.get(3).id(), true, true,
                Money.of("25.00", "USD"), Instant.parse("2024-03-06T10:00:00Z")));
        source.followUps().add(new FollowUp(FollowUpId.of("f-1"), customers.get(2).id(), LocalDate.of(2024, 3, 10),
                Optional.of("desk-7"), FollowUp.AFTER_COMPLAINT, Instant.parse("2024-03-03T10:00:00Z"), Optional.empty()));
        source.associationRules().save(new RuleSet(LocalDate.of(2024, 3, 5), RuleThresholds.DEFAULT, 10, 14,
                Instant.parse("2024-03-05T11:00:00Z"),
                List.of(new ProductStats(ProductId.of("sku"), Optional.of(Category.of("music")), 4, Money.of("9.99", "USD")),
                        new ProductStats(ProductId.of("sku-2"), Optional.empty(), 3, Money.of("1.00", "USD"))),
                List.of(new AssociationRule(ProductId.of("sku"), ProductId.of("sku-2"), 10, 4, 3, 2))));
    }

    @Test
    void copiesEveryTableAndVerifiesIt() {
        CustomerMerge merge = new CustomerMerge(CustomerId.of("c-23"), CustomerId.of("c-24"), "Name 24",
                Instant.parse("2024-04-01T00:00:00Z"), new MovedFacts(3, 0, 0, 0, 0, 1), List.of());
        source.unitOfWork().run(() -> {
            source.merges().moveFacts(merge.absorbed(), merge.survivor());
            source.merges().record(merge);
        });
        FakeStorage target = new FakeStorage();
        stores.put(TO, target);
        MigrateStoreUseCase.Result result = service.migrate(new Command(FROM, TO, 7, MigrateStoreUseCase.Listener.NONE));
        assertThat(result.verified()).isTrue();
        assertThat(result.tables()).extracting(MigrateStoreUseCase.TableCheck::written)
                .containsExactly(24L, 1L, 75L, 1L, 1L, 12L, 4L, 2L, 1L, 1L, 1L, 1L, 1L);
        assertThat(target.merges().findAll()).containsExactly(merge);
        assertThat(target.customers().findById(merge.absorbed()).map(Customer::id)).contains(merge.survivor());
        assertThat(target.apiKeys().findAll()).isEqualTo(source.apiKeys().findAll());
        assertThat(target.interactions().findAfter(Optional.empty(), 100))
                .isEqualTo(source.interactions().findAfter(Optional.empty(), 100));
        assertThat(target.complaints().findAfter(Optional.empty(), 100))
                .isEqualTo(source.complaints().findAfter(Optional.empty(), 100));
        assertThat(target.followUps().findAfter(Optional.empty(), 100))
                .isEqualTo(source.followUps().findAfter(Optional.empty(), 100));
        assertThat(target.surveyResponses().findAfter(Optional.empty(), 100))
                .isEqualTo(source.surveyResponses().findAfter(Optional.empty(), 100));
        assertThat(target.purchases().findByCustomer(source.customers().findPage(
                org.opencrm.application.port.PageRequest.first(1)).items().get(0).id())).hasSize(3);
        assertThat(target.customers().count()).isEqualTo(24);
    }

    @Test
    void purchasesGoIntoATargetWithoutAnyAsOneLoadThatAnInterruptionUndoesWhole() {
        FakeStorage target = new FakeStorage();
        stores.put(TO, new Faulty(target, 40, c -> c));
        assertThatThrownBy(() -> service.migrate(new Command(FROM, TO, 10, MigrateStoreUseCase.Listener.NONE)))
                .hasMessageContaining("connection lost");
        assertThat(target.customers().count()).isEqualTo(25); // committed page by page before the purchases
        assertThat(target.purchases().count()).isZero();

        stores.put(TO, target);
        MigrateStoreUseCase.Result again = service.migrate(new Command(FROM, TO, 10, MigrateStoreUseCase.Listener.NONE));
        assertThat(again.verified()).isTrue();
        assertThat(target.purchases().count()).isEqualTo(75);
    }

    @Test
    void aSecondRunAfterAnInterruptionCompletesTheCopyWithoutDuplicates() {
        FakeStorage target = new FakeStorage();
        // A target with some purchases already (an earlier run, say): the copy goes a page per transaction.
        Purchase first = source.purchases().findAfter(java.util.Optional.empty(), 1).get(0);
        target.customers().save(source.customers().findById(first.customerId()).orElseThrow());
        target.purchases().add(first);
        stores.put(TO, new Faulty(target, 40, c -> c));
        assertThatThrownBy(() -> service.migrate(new Command(FROM, TO, 10, MigrateStoreUseCase.Listener.NONE)))
                .hasMessageContaining("connection lost");
        assertThat(target.purchases().count()).isBetween(2L, 74L);

        stores.put(TO, target);
        MigrateStoreUseCase.Result again = service.migrate(new Command(FROM, TO, 10, MigrateStoreUseCase.Listener.NONE));
        assertThat(again.verified()).isTrue();
        assertThat(target.purchases().count()).isEqualTo(75);
        assertThat(target.models().findAll(ModelKind.BG_NBD)).hasSize(1);
        // A third run finds nothing to do and still verifies.
        MigrateStoreUseCase.Result third = service.migrate(new Command(FROM, TO, 10, MigrateStoreUseCase.Listener.NONE));
        assertThat(third.verified()).isTrue();
        assertThat(third.tables()).extracting(MigrateStoreUseCase.TableCheck::written).containsExactly(0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L, 0L);
    }

    @Test
    void aTargetThatHeldOtherRowsFailsVerificationLoudly() {
        FakeStorage target = new FakeStorage();
        target.customers().save(aCustomer("stranger", "Someone Else", "other"));
        stores.put(TO, target);
        MigrateStoreUseCase.Result result = service.migrate(new Command(FROM, TO, 100, MigrateStoreUseCase.Listener.NONE));
        assertThat(result.verified()).isFalse();
        MigrateStoreUseCase.TableCheck customers = result.tables().get(0);
        assertThat(customers.matches()).isFalse();
        assertThat(customers.targetRows()).isEqualTo(customers.sourceRows() + 1);
        assertThat(result.tables().get(2).matches()).isTrue();
    }

    @Test
    void aCustomerStoredWithAnyFieldChangedFailsVerification() {
        Instant later = Instant.parse("2026-03-01T00:00:00Z");
        List<UnaryOperator<Customer>> changes = List.of(
                c -> new Customer(c.id(), c.name() + ".", c.externalIds(), c.contactPoints(), c.consent(),
                        c.attributes(), c.acquisition(), c.createdAt()),
                c -> new Customer(c.id(), c.name(), List.of(ExternalId.of("shop", "other")), c.contactPoints(),
                        c.consent(), c.attributes(), c.acquisition(), c.createdAt()),
                c -> new Customer(c.id(), c.name(), c.externalIds(), List.of(ContactPoint.email("x@example.org")),
                        c.consent(), c.attributes(), c.acquisition(), c.createdAt()),
                c -> new Customer(c.id(), c.name(), c.externalIds(), c.contactPoints(), new MarketingConsent(false, true),
                        c.attributes(), c.acquisition(), c.createdAt()),
                c -> new Customer(c.id(), c.name(), c.externalIds(), c.contactPoints(), c.consent(),
                        Map.of("城市", "上海"), c.acquisition(), c.createdAt()),
                c -> new Customer(c.id(), c.name(), c.externalIds(), c.contactPoints(), c.consent(),
                        c.attributes(), AcquisitionSource.of("ads", Money.of("1.00", "CNY")), c.createdAt()),
                c -> new Customer(c.id(), c.name(), c.externalIds(), c.contactPoints(), c.consent(),
                        c.attributes(), c.acquisition(), later));
        for (UnaryOperator<Customer> change : changes) {
            FakeStorage target = new FakeStorage();
            stores.put(TO, new Faulty(target, Integer.MAX_VALUE, c -> c.id().value().equals("c-5") ? change.apply(c) : c));
            MigrateStoreUseCase.Result result = service.migrate(new Command(FROM, TO, 100, MigrateStoreUseCase.Listener.NONE));
            MigrateStoreUseCase.TableCheck customers = result.tables().get(0);
            assertThat(customers.targetRows()).isEqualTo(customers.sourceRows());
            assertThat(customers.matches()).as("a changed %s", target.customers().findById(
                    org.opencrm.domain.customer.CustomerId.of("c-5")).orElseThrow()).isFalse();
            assertThat(result.verified()).isFalse();
        }
    }

    @Test
    void refusesToCopyAStoreOntoItself() {
        assertThatThrownBy(() -> new Command(FROM, FROM, 10, MigrateStoreUseCase.Listener.NONE))
                .hasMessageContaining("'from' and 'to' are the same store");
    }

    /**
     * A target that misbehaves: its purchase writes fail after some rows, as a lost connection would, and it
     * stores customers as {@code stored} changes them, as a lossy backend would.
     */
    private static final class Faulty implements Storage {
        private final FakeStorage target;
        private final int rows;
        private final UnaryOperator<Customer> stored;
        private int written;

        Faulty(FakeStorage target, int rows, UnaryOperator<Customer> stored) {
            this.target = target;
            this.rows = rows;
            this.stored = stored;
        }

        @Override
        public org.opencrm.application.port.out.CustomerRepository customers() {
            org.opencrm.application.port.out.CustomerRepository real = target.customers();
            return (org.opencrm.application.port.out.CustomerRepository) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {org.opencrm.application.port.out.CustomerRepository.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("saveAll")) {
                            args = new Object[] {((List<?>) args[0]).stream().map(c -> stored.apply((Customer) c))
                                    .toList()};
                        }
                        return method.invoke(real, args);
                    });
        }

        @Override
        public org.opencrm.application.port.out.PurchaseRepository purchases() {
            org.opencrm.application.port.out.PurchaseRepository real = target.purchases();
            return (org.opencrm.application.port.out.PurchaseRepository) java.lang.reflect.Proxy.newProxyInstance(
                    getClass().getClassLoader(), new Class<?>[] {org.opencrm.application.port.out.PurchaseRepository.class},
                    (proxy, method, args) -> {
                        if (method.getName().equals("addAll")) {
                            written += ((List<?>) args[0]).size();
                            if (written > rows) {
                                throw new IllegalStateException("connection lost");
                            }
                        }
                        return method.invoke(real, args);
                    });
        }

        @Override
        public org.opencrm.application.port.out.ModelRepository models() {
            return target.models();
        }

        @Override
        public org.opencrm.application.port.out.ProductRepository products() {
            return target.products();
        }

        @Override
        public org.opencrm.application.port.out.ApiKeyRepository apiKeys() {
            return target.apiKeys();
        }

        @Override
        public org.opencrm.application.port.out.StoredResponseRepository storedResponses() {
            return target.storedResponses();
        }

        @Override
        public org.opencrm.application.port.out.InteractionRepository interactions() {
            return target.interactions();
        }

        @Override
        public org.opencrm.application.port.out.SurveyResponseRepository surveyResponses() {
            return target.surveyResponses();
        }

        @Override
        public org.opencrm.application.port.out.ComplaintRepository complaints() {
            return target.complaints();
        }

        @Override
        public org.opencrm.application.port.out.FollowUpRepository followUps() {
            return target.followUps();
        }

        @Override
        public org.opencrm.application.port.out.CustomerMergeRepository merges() {
            return target.merges();
        }

        @Override
        public org.opencrm.application.port.out.SegmentRepository segments() {
            return target.segments();
        }

        @Override
        public org.opencrm.application.port.out.CampaignRepository campaigns() {
            return target.campaigns();
        }

        @Override
        public org.opencrm.application.port.out.AssociationRuleRepository associationRules() {
            return target.associationRules();
        }

        @Override
        public org.opencrm.application.port.out.UnitOfWork unitOfWork() {
            return target.unitOfWork();
        }

        @Override
        public void close() {
        }
    }
}
