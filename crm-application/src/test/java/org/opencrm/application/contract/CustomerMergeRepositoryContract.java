package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.domain.campaign.Campaign;
import org.opencrm.domain.campaign.CampaignGroup;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.campaign.CampaignResponse;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.complaint.Severity;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.fixtures.TestCustomers;
import org.opencrm.domain.fixtures.TestPurchases;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.domain.identity.MovedFacts;
import org.opencrm.domain.interaction.ContactChannel;
import org.opencrm.domain.interaction.Direction;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.survey.SurveyAnswers;
import org.opencrm.domain.survey.SurveyResponse;
import org.opencrm.domain.survey.SurveyResponseId;
import org.opencrm.domain.value.orientation.ValueOrientationClassifier;

/** Contract of {@link org.opencrm.application.port.out.CustomerMergeRepository}: every backend passes it. */
public abstract class CustomerMergeRepositoryContract extends StorageContract {

    private static final CustomerId ANN = CustomerId.of("c-ann");
    private static final CustomerId BOB = CustomerId.of("c-bob");
    private static final CustomerId CARL = CustomerId.of("c-carl");
    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123Z");
    private static final OptionalInt NONE = OptionalInt.empty();

    private static final LineItem BOBS_LINE = new LineItem(ProductId.of("sku-7"), Optional.of(Category.of("jazz")), 2,
            Money.of("10.00", "USD"), Optional.empty());

    private Purchase annsPurchase;
    private Purchase bobsPurchase;
    private Interaction bobsCall;
    private Complaint bobsComplaint;
    private FollowUp bobsFollowUp;
    private SurveyResponse bobsAnswer;

    @BeforeEach
    void annAndBobWithFacts() {
        customers().save(TestCustomers.aCustomer("c-ann", "Ann", "ann"));
        Customer bob = TestCustomers.aCustomer("c-bob", "Bob", "bob");
        customers().save(new Customer(bob.id(), bob.name(), List.of(ExternalId.of("shop", "bob"),
                ExternalId.of("pos", "b-7")), bob.contactPoints(), bob.consent(), bob.attributes(), bob.acquisition(),
                bob.createdAt()));
        customers().save(TestCustomers.aCustomer("c-carl", "Carl", "carl"));
        annsPurchase = TestPurchases.aPurchase("p-ann", ANN, LocalDate.of(2024, 2, 1), "10.00");
        Purchase plain = TestPurchases.aPurchase("p-bob", BOB, LocalDate.of(2024, 2, 2), "20.00");
        bobsPurchase = new Purchase(plain.id(), BOB, plain.occurredAt(), plain.amount(), List.of(BOBS_LINE),
                plain.channel());
        purchases().add(annsPurchase);
        purchases().add(bobsPurchase);
        bobsCall = new Interaction(InteractionId.of("i-bob"), BOB, ContactChannel.PHONE, Direction.INBOUND, "question",
                "张伟 asked about delivery", Optional.empty(), T0, Optional.empty(), Optional.empty());
        storage().interactions().add(bobsCall);
        bobsComplaint = Complaint.open(ComplaintId.of("k-bob"), BOB, T0, "delivery", Severity.LOW, "late");
        storage().complaints().add(bobsComplaint);
        bobsFollowUp = new FollowUp(FollowUpId.of("f-bob"), BOB, LocalDate.of(2024, 3, 8), Optional.empty(), "call back",
                T0, Optional.empty());
        storage().followUps().add(bobsFollowUp);
        bobsAnswer = new SurveyResponse(SurveyResponseId.of("s-bob"), BOB, T0, new SurveyAnswers(OptionalInt.of(4),
                OptionalInt.of(9), NONE, NONE, NONE, NONE, NONE));
        storage().surveyResponses().add(bobsAnswer);
        // Bob alone in campaign k1 (contacted, and he answered); both in k2, where Ann's membership stays.
        storage().campaigns().start(campaign("k1"), List.of(new CampaignMember(CampaignId.of("k1"), BOB,
                CampaignGroup.TREATED)));
        storage().campaigns().respond(new CampaignResponse(CampaignId.of("k1"), BOB, true, true,
                Money.of("30.00", "USD"), T0));
        storage().campaigns().start(campaign("k2"), List.of(new CampaignMember(CampaignId.of("k2"), BOB,
                CampaignGroup.TREATED), new CampaignMember(CampaignId.of("k2"), ANN, CampaignGroup.CONTROL)));
        storage().campaigns().respond(new CampaignResponse(CampaignId.of("k2"), BOB, true, false,
                Money.of("0.00", "USD"), T0));
    }

    private static Campaign campaign(String id) {
        return new Campaign(CampaignId.of(id), id, "everyone", 1, ContactChannel.LETTER, "a gift",
                Money.of("1.00", "USD"), Money.of("0.00", "USD"), 0.5, 1, LocalDate.of(2024, 3, 1), 30, 0, T0);
    }

    private CustomerMerge merge(CustomerId absorbed, CustomerId survivor, MovedFacts moved, Instant at) {
        return new CustomerMerge(survivor, absorbed, absorbed.value(), at, moved, List.of("phone"));
    }

    @Test
    void movesEveryFactAndExternalIdOfTheAbsorbedRecordToTheSurvivor() {
        MovedFacts moved = unitOfWork().inTransaction(() -> storage().merges().moveFacts(BOB, ANN));

        assertThat(moved).isEqualTo(new MovedFacts(1, 1, 1, 1, 1, 2, 1));
        assertThat(storage().campaigns().members(CampaignId.of("k1")))
                .containsExactly(new CampaignMember(CampaignId.of("k1"), ANN, CampaignGroup.TREATED));
        assertThat(storage().campaigns().responses(CampaignId.of("k1")))
                .containsExactly(new CampaignResponse(CampaignId.of("k1"), ANN, true, true, Money.of("30.00", "USD"), T0));
        assertThat(storage().campaigns().members(CampaignId.of("k2")))
                .containsExactly(new CampaignMember(CampaignId.of("k2"), ANN, CampaignGroup.CONTROL));
        assertThat(storage().campaigns().responses(CampaignId.of("k2"))).isEmpty();
        assertThat(purchases().findByCustomer(ANN)).containsExactlyInAnyOrder(annsPurchase,
                bobsPurchase.withCustomer(ANN));
        assertThat(purchases().findById(bobsPurchase.id())).contains(bobsPurchase.withCustomer(ANN));
        // The line scans (value types, next best action, rules) see Bob's lines as the survivor's.
        List<PurchaseRepository.LineHistory> lines = new ArrayList<>();
        purchases().forEachLineHistory(ZoneOffset.UTC, lines::add);
        assertThat(lines).containsExactly(new PurchaseRepository.LineHistory(ANN,
                List.of(new ValueOrientationClassifier.BoughtLine(LocalDate.of(2024, 2, 2), BOBS_LINE))));
        assertThat(storage().interactions().findByCustomer(ANN)).containsExactly(bobsCall.withCustomer(ANN));
        assertThat(storage().complaints().findByCustomer(ANN)).containsExactly(bobsComplaint.withCustomer(ANN));
        assertThat(storage().followUps().findByCustomer(ANN)).containsExactly(bobsFollowUp.withCustomer(ANN));
        assertThat(storage().surveyResponses().findByCustomer(ANN)).containsExactly(bobsAnswer.withCustomer(ANN));
        assertThat(customers().findByExternalId(ExternalId.of("pos", "b-7")).map(Customer::id)).contains(ANN);
        assertThat(customers().findIdsByExternalIds("shop", List.of("bob", "ann")))
                .containsEntry("bob", ANN).containsEntry("ann", ANN);
        assertThat(customers().count()).isEqualTo(2);
        assertThat(customers().findPage(new org.opencrm.application.port.PageRequest(Optional.empty(), 10)).items())
                .extracting(Customer::id).containsExactly(ANN, CARL);
    }

    @Test
    void theAbsorbedIdAndEveryIdThatResolvedToItResolveToTheSurvivor() {
        CustomerMerge first = merge(BOB, ANN, new MovedFacts(1, 1, 1, 1, 1, 2, 1), T0);
        unitOfWork().run(() -> {
            storage().merges().moveFacts(BOB, ANN);
            storage().merges().record(first);
        });
        assertThat(customers().findById(BOB).map(Customer::id)).contains(ANN);
        assertThat(storage().merges().findBySurvivor(ANN)).containsExactly(first);

        CustomerMerge second = merge(ANN, CARL, new MovedFacts(2, 1, 1, 1, 1, 3, 2), T0.plusSeconds(60));
        unitOfWork().run(() -> {
            assertThat(storage().merges().moveFacts(ANN, CARL)).isEqualTo(second.moved());
            storage().merges().record(second);
        });
        assertThat(customers().findById(BOB).map(Customer::id)).contains(CARL);
        assertThat(customers().findById(ANN).map(Customer::id)).contains(CARL);
        assertThat(customers().findById(CustomerId.of("c-nobody"))).isEmpty();
        assertThat(storage().merges().findBySurvivor(CARL)).containsExactly(second);
        assertThat(storage().merges().findBySurvivor(ANN)).containsExactly(first);
        assertThat(storage().merges().findAll()).containsExactly(first, second);
        assertThat(purchases().findByCustomer(CARL)).hasSize(2);
    }

    @Test
    void aMergeCutOffLeavesTheStoreAsItWas() {
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            storage().merges().moveFacts(BOB, ANN);
            storage().merges().record(merge(BOB, ANN, MovedFacts.NONE, T0));
            throw new IllegalStateException("power cut");
        })).hasMessage("power cut");

        assertThat(customers().findById(BOB).map(Customer::id)).contains(BOB);
        assertThat(customers().findByExternalId(ExternalId.of("pos", "b-7")).map(Customer::id)).contains(BOB);
        assertThat(purchases().findByCustomer(BOB)).containsExactly(bobsPurchase);
        assertThat(storage().interactions().findByCustomer(BOB)).containsExactly(bobsCall);
        assertThat(storage().complaints().findByCustomer(BOB)).containsExactly(bobsComplaint);
        assertThat(storage().followUps().findByCustomer(BOB)).containsExactly(bobsFollowUp);
        assertThat(storage().surveyResponses().findByCustomer(BOB)).containsExactly(bobsAnswer);
        assertThat(storage().campaigns().members(CampaignId.of("k2"))).hasSize(2);
        assertThat(storage().campaigns().responses(CampaignId.of("k1"))).extracting(CampaignResponse::customer)
                .containsExactly(BOB);
        assertThat(storage().merges().findAll()).isEmpty();
        assertThat(customers().count()).isEqualTo(3);
    }

    @Test
    void newFactsForAnAbsorbedIdAreRefusedByTheStoreNotStoredUnderIt() {
        unitOfWork().run(() -> {
            storage().merges().moveFacts(BOB, ANN);
            storage().merges().record(merge(BOB, ANN, MovedFacts.NONE, T0));
        });
        // The services resolve aliases before writing; a store never keeps a fact under a merged-away id.
        assertThatThrownBy(() -> storage().complaints().add(Complaint.open(ComplaintId.of("k-late"), BOB, T0,
                "billing", Severity.LOW, "late"))).hasMessageContaining("c-bob");
        assertThat(storage().complaints().findByCustomer(BOB)).isEmpty();
    }
}
