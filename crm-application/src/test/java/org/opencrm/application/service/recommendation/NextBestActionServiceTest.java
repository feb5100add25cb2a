package org.opencrm.application.service.recommendation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.error.ReportNotComputableException;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.recommendation.AssociationRulesReportUseCase;
import org.opencrm.application.port.in.recommendation.MineAssociationRulesUseCase;
import org.opencrm.application.port.in.recommendation.NextBestActionsUseCase;
import org.opencrm.application.port.in.recommendation.Plan;
import org.opencrm.application.port.in.recommendation.SegmentNextBestActionsUseCase;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.ComplaintStatus;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.complaint.Severity;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;
import org.opencrm.domain.recommendation.ActionKind;
import org.opencrm.domain.recommendation.AssociationRule;
import org.opencrm.domain.recommendation.NextBestAction;
import org.opencrm.domain.recommendation.NextBestActions;
import org.opencrm.domain.recommendation.RuleSet;
import org.opencrm.domain.recommendation.RuleThresholds;

class NextBestActionServiceTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final LocalDate AS_OF = LocalDate.of(2024, 3, 31);

    private final FakeApplication app = new FakeApplication();

    private void customer(String id) {
        app.storage().customers().save(new Customer(CustomerId.of(id), id, List.of(), List.of(), MarketingConsent.NONE,
                Map.of(), AcquisitionSource.of("web"), Instant.parse("2024-01-01T00:00:00Z")));
    }

    private void bought(String purchase, String customer, LocalDate day, String... products) {
        List<LineItem> lines = java.util.Arrays.stream(products).map(p -> new LineItem(ProductId.of(p),
                Optional.of(Category.of(p.equals("cake") ? "bakery" : "tea")), 1,
                Money.of(p.equals("cup") ? "4.00" : "10.00", "USD"), Optional.empty())).toList();
        Money total = Money.ofMinor(lines.stream().mapToLong(l -> l.unitPrice().minorUnits()).sum(), Money.currency("USD"));
        app.storage().purchases().add(new Purchase(PurchaseId.of(purchase), CustomerId.of(customer),
                day.atTime(12, 0).toInstant(ZoneOffset.UTC), total, lines, Channel.of("online")));
    }

    /**
     * Four baskets by the as-of date: a {tea, cup}, b {tea, cup}, c {tea}, d {cake}; d's later {tea, cup} basket is
     * after it. tea is in 3 of 4 baskets, cup in 2, both in 2: cup -> tea has support 0.5, confidence 1 and lift
     * 1 / 0.75 = 1.333; tea -> cup confidence 2/3, lift (2/3) / 0.5 = 1.333.
     */
    private void aBase() {
        List.of("a", "b", "c", "d").forEach(this::customer);
        bought("p1", "a", DAY, "tea", "cup");
        bought("p2", "b", DAY, "tea");
        bought("p3", "b", DAY, "cup");
        bought("p4", "c", DAY, "tea");
        bought("p5", "d", DAY, "cake");
        bought("p6", "d", AS_OF.plusDays(1), "tea", "cup");
    }

    @Test
    void minesTheBasketsUpToTheDateAndStoresTheRules() {
        aBase();
        RuleSet set = app.useCase(MineAssociationRulesUseCase.class).mine(
                new MineAssociationRulesUseCase.Command(Optional.of(AS_OF), RuleThresholds.DEFAULT));
        assertThat(set.baskets()).isEqualTo(4);
        assertThat(set.lines()).isEqualTo(6);
        assertThat(set.rules()).extracting(r -> r.antecedent().value() + ">" + r.consequent().value())
                .containsExactly("cup>tea", "tea>cup");
        AssociationRule cupTea = set.rules().get(0);
        assertThat(cupTea.support()).isEqualTo(0.5);
        assertThat(cupTea.confidence()).isEqualTo(1.0);
        assertThat(cupTea.lift()).isCloseTo(4.0 / 3, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(set.rules().get(1).confidence()).isCloseTo(2.0 / 3, org.assertj.core.data.Offset.offset(1e-12));

        AssociationRulesReportUseCase report = app.useCase(AssociationRulesReportUseCase.class);
        assertThat(report.rules(Optional.of(AS_OF.plusYears(1)))).isEqualTo(set);
        assertThatThrownBy(() -> report.rules(Optional.of(AS_OF.minusDays(1))))
                .isInstanceOf(ReportNotComputableException.class).hasMessageContaining("crm rules mine");
    }

    @Test
    void aCustomersActionsReadOnlyFactsUpToTheDate() {
        aBase();
        app.useCase(MineAssociationRulesUseCase.class).mine(
                new MineAssociationRulesUseCase.Command(Optional.of(AS_OF), RuleThresholds.DEFAULT));
        // Open on the date (resolved only after it), opened after it, resolved before it.
        app.storage().complaints().add(Complaint.open(ComplaintId.of("k1"), CustomerId.of("c"),
                Instant.parse("2024-03-10T09:00:00Z"), "delivery", Severity.HIGH, "late")
                .moveTo(ComplaintStatus.IN_PROGRESS, Instant.parse("2024-03-11T09:00:00Z"), Optional.empty())
                .moveTo(ComplaintStatus.RESOLVED, Instant.parse("2024-04-02T09:00:00Z"), Optional.of("sent again")));
        app.storage().complaints().add(Complaint.open(ComplaintId.of("k2"), CustomerId.of("c"),
                Instant.parse("2024-04-01T09:00:00Z"), "billing", Severity.LOW, "after the date"));
        app.storage().complaints().add(Complaint.open(ComplaintId.of("k3"), CustomerId.of("c"),
                Instant.parse("2024-03-02T09:00:00Z"), "billing", Severity.LOW, "solved")
                .moveTo(ComplaintStatus.IN_PROGRESS, Instant.parse("2024-03-02T10:00:00Z"), Optional.empty())
                .moveTo(ComplaintStatus.RESOLVED, Instant.parse("2024-03-03T09:00:00Z"), Optional.of("refund")));
        app.storage().followUps().add(new FollowUp(FollowUpId.of("f1"), CustomerId.of("c"), AS_OF.minusDays(5),
                Optional.empty(), "call back", Instant.parse("2024-03-01T00:00:00Z"), Optional.empty()));
        app.storage().followUps().add(new FollowUp(FollowUpId.of("f2"), CustomerId.of("c"), AS_OF,
                Optional.empty(), "not due yet", Instant.parse("2024-03-01T00:00:00Z"), Optional.empty()));

        Plan plan = app.useCase(NextBestActionsUseCase.class).plan(
                new NextBestActionsUseCase.Query(CustomerId.of("c"), Optional.of(AS_OF)));
        assertThat(plan.rulesAsOf()).contains(AS_OF);
        assertThat(plan.notes()).anySatisfy(n -> assertThat(n).contains("crm model fit"));
        NextBestActions c = plan.customers().get(0);
        assertThat(c.customerId()).isEqualTo(CustomerId.of("c"));
        // Cross-sell cup from tea -> cup: P = 2/3 (no value fits: P(alive) read as 1), at stake the cup's 4.00.
        assertThat(c.actions()).extracting(NextBestAction::kind, a -> a.subject().orElse(""), NextBestAction::expectedValue)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple(ActionKind.CROSS_SELL, "cup", Money.of("2.67", "USD")),
                        org.assertj.core.groups.Tuple.tuple(ActionKind.COMPLAINT_RECOVERY, "k1", Money.of("0.00", "USD")),
                        org.assertj.core.groups.Tuple.tuple(ActionKind.OVERDUE_FOLLOW_UP, "f1", Money.of("0.00", "USD")));
        assertThat(c.budget()).isEqualTo(Money.of("20.00", "USD"));
    }

    @Test
    void everyCustomerOrASegmentGetsThePlanOneCustomerGets() {
        aBase();
        app.useCase(MineAssociationRulesUseCase.class).mine(
                new MineAssociationRulesUseCase.Command(Optional.of(AS_OF), RuleThresholds.DEFAULT));
        Plan all = app.useCase(SegmentNextBestActionsUseCase.class).plan(
                new SegmentNextBestActionsUseCase.Query(SegmentNextBestActionsUseCase.ALL, Optional.of(AS_OF)));
        assertThat(all.customers()).extracting(p -> p.customerId().value()).containsExactly("a", "b", "c", "d");
        for (String id : List.of("a", "b", "c", "d")) {
            NextBestActions one = app.useCase(NextBestActionsUseCase.class).plan(
                    new NextBestActionsUseCase.Query(CustomerId.of(id), Optional.of(AS_OF))).customers().get(0);
            assertThat(all.customers()).contains(one);
        }
        // d bought cake only by the date: no rule starts from it, and the later tea does not count.
        assertThat(all.customers().get(3).actions()).isEmpty();
    }

    @Test
    void refusesAnUnknownCustomerOrSegment() {
        aBase();
        assertThatThrownBy(() -> app.useCase(NextBestActionsUseCase.class).plan(
                new NextBestActionsUseCase.Query(CustomerId.of("nobody"), Optional.of(AS_OF))))
                .isInstanceOf(CustomerNotFoundException.class);
        assertThatThrownBy(() -> app.useCase(SegmentNextBestActionsUseCase.class).plan(
                new SegmentNextBestActionsUseCase.Query("no-such-segment", Optional.of(AS_OF))))
                .hasMessageContaining("no-such-segment");
    }
}
