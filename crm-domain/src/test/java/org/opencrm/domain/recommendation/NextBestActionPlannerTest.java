package org.opencrm.domain.recommendation;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Currency;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.complaint.Complaint;
import org.opencrm.domain.complaint.ComplaintId;
import org.opencrm.domain.complaint.FollowUp;
import org.opencrm.domain.complaint.FollowUpId;
import org.opencrm.domain.complaint.Severity;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.lifecycle.ChurnStatus;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.grid.TierPolicy;

class NextBestActionPlannerTest {

    private static final LocalDate AS_OF = LocalDate.of(2024, 12, 31);
    private static final Currency USD = Currency.getInstance("USD");
    private static final CustomerId ID = CustomerId.of("c1");

    /** The rules of BasketAnalysisTest's five baskets at support 0.3, confidence 0.4, any lift; B costs 5.50. */
    private static RuleSet fiveBasketRules() {
        BasketAnalysis a = new BasketAnalysis();
        a.add(List.of(BasketAnalysisTest.line("A", 2, "10.00"), BasketAnalysisTest.line("B", 1, "5.00")));
        a.add(List.of(BasketAnalysisTest.line("A", 1, "13.00"), BasketAnalysisTest.line("B", 1, "5.00"),
                BasketAnalysisTest.line("C", 1, "40.00")));
        a.add(List.of(BasketAnalysisTest.line("A", 1, "10.00"), BasketAnalysisTest.line("C", 1, "44.00")));
        a.add(List.of(BasketAnalysisTest.line("B", 3, "6.00")));
        a.add(List.of(BasketAnalysisTest.line("A", 1, "11.00"), BasketAnalysisTest.line("B", 1, "5.00")));
        return a.rules(new RuleThresholds(0.3, 0.4, 0), AS_OF, Instant.parse("2025-01-01T00:00:00Z"));
    }

    private static Money usd(String amount) {
        return Money.of(amount, "USD");
    }

    private static CustomerSituation.Value value(double alive, ChurnStatus status, String historical, String clv,
                                                 String perPurchase) {
        return new CustomerSituation.Value(alive, status, usd(historical), usd(clv), usd(perPurchase));
    }

    private static Complaint complaint() {
        return Complaint.open(ComplaintId.of("k1"), ID, Instant.parse("2024-12-01T09:00:00Z"), "delivery",
                Severity.HIGH, "late");
    }

    private static FollowUp overdue() {
        return new FollowUp(FollowUpId.of("f1"), ID, LocalDate.of(2024, 12, 20), Optional.empty(), "first-purchase",
                Instant.parse("2024-12-01T00:00:00Z"), Optional.empty());
    }

    @Test
    void actionsAreRankedByExpectedValueAndFittedIntoTheTierBudget() {
        // Mean budget 15: a strategic customer gets 15 x 4 x 0.40 = 24.00.
        NextBestActionPlanner planner = new NextBestActionPlanner(ActionPolicy.DEFAULT.withBudget(new BigDecimal("15")),
                TierPolicy.DEFAULT, Optional.of(fiveBasketRules()), Optional.of(usd("100.00")), USD);
        CustomerSituation s = new CustomerSituation(ID, AS_OF, Optional.of(RelationshipTier.STRATEGIC),
                Optional.of(value(0.4, ChurnStatus.AT_RISK, "300.00", "500.00", "25.00")), List.of(complaint()),
                List.of(overdue()), Set.of(ProductId.of("A")), Map.of(Category.of("cat-A"), usd("10.00")));
        NextBestActions plan = planner.plan(s);
        assertThat(plan.budget()).isEqualTo(usd("24.00"));
        // recovery 0.6 x 500 = 300; retention 0.25 x 500 = 125; cross-sell C: confidence 0.5 x P(alive) 0.4 x 42.00
        // = 8.40; follow-up 0.5 x 0.4 x 25.00 = 5.00; cross-sell B: 0.75 x 0.4 x 5.50 = 1.65. A is its own price
        // band's only product and already bought: no up-sell.
        assertThat(plan.actions()).extracting(a -> a.kind().code() + ":" + a.subject().orElse("") + ":" + a.expectedValue())
                .containsExactly("complaint-recovery:k1:300.00 USD", "retention-offer::125.00 USD",
                        "cross-sell:C:8.40 USD", "overdue-follow-up:f1:5.00 USD", "cross-sell:B:1.65 USD");
        // Costs 15, 10, 1, 5, 1 against 24.00: the retention offer (10 > 9 left) is out, the cheaper ones after it fit.
        assertThat(plan.actions()).extracting(NextBestAction::withinBudget).containsExactly(true, false, true, true, true);
        NextBestAction crossSell = plan.actions().get(2);
        assertThat(crossSell.figures()).containsEntry("rule", "A -> C").containsEntry("confidence", "0.5000")
                .containsEntry("lift", "1.2500").containsEntry("support", "0.4000").containsEntry("price", "42.00 USD");
        assertThat(crossSell.reason()).contains("50.0 %");
        assertThat(plan.actions().get(3).figures()).containsEntry("days_overdue", "11");
    }

    @Test
    void aRiskTierCustomerGetsObligationsOnlyUnderDoNotInvest() {
        NextBestActionPlanner planner = new NextBestActionPlanner(ActionPolicy.DEFAULT, TierPolicy.DEFAULT,
                Optional.of(fiveBasketRules()), Optional.of(usd("1.00")), USD);
        CustomerSituation s = new CustomerSituation(ID, AS_OF, Optional.of(RelationshipTier.RISK),
                Optional.of(value(0.1, ChurnStatus.LAPSED, "300.00", "2.00", "5.00")), List.of(complaint()), List.of(),
                Set.of(ProductId.of("A")), Map.of());
        NextBestActions plan = planner.plan(s);
        assertThat(plan.budget()).isEqualTo(usd("4.00")); // 20 x 4 x 0.05
        assertThat(plan.actions()).extracting(NextBestAction::kind)
                .containsExactly(ActionKind.DO_NOT_INVEST, ActionKind.COMPLAINT_RECOVERY);
        assertThat(plan.actions().get(1).expectedValue()).isEqualTo(usd("1.20")); // 0.6 x 2.00
        assertThat(plan.actions().get(1).withinBudget()).isFalse(); // costs 15
    }

    @Test
    void aLapsedValuableCustomerIsWonBackAndACheapOneIsNot() {
        NextBestActionPlanner planner = new NextBestActionPlanner(ActionPolicy.DEFAULT, TierPolicy.DEFAULT,
                Optional.empty(), Optional.of(usd("100.00")), USD);
        CustomerSituation valuable = new CustomerSituation(ID, AS_OF, Optional.of(RelationshipTier.TRANSACTIONAL),
                Optional.of(value(0.05, ChurnStatus.LAPSED, "300.00", "4.00", "30.00")), List.of(), List.of(),
                Set.of(), Map.of());
        NextBestActions plan = planner.plan(valuable);
        assertThat(plan.actions()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActionKind.WIN_BACK);
            assertThat(a.expectedValue()).isEqualTo(usd("15.00")); // 0.05 x 300.00
            assertThat(a.figures()).containsEntry("valuable_from", "100.00 USD");
        });
        CustomerSituation cheap = new CustomerSituation(ID, AS_OF, Optional.of(RelationshipTier.TRANSACTIONAL),
                Optional.of(value(0.05, ChurnStatus.LAPSED, "99.99", "4.00", "30.00")), List.of(), List.of(),
                Set.of(), Map.of());
        assertThat(planner.plan(cheap).actions()).isEmpty();
    }

    @Test
    void upSellStepsToTheNextDearerProductOfTheCategory() {
        Category music = Category.of("music");
        RuleSet catalog = new RuleSet(AS_OF, RuleThresholds.DEFAULT, 10, 12, Instant.parse("2025-01-01T00:00:00Z"),
                List.of(new ProductStats(ProductId.of("P1"), Optional.of(music), 4, usd("8.00")),
                        new ProductStats(ProductId.of("P3"), Optional.of(music), 2, usd("20.00")),
                        new ProductStats(ProductId.of("P2"), Optional.of(music), 3, usd("12.00"))), List.of());
        NextBestActionPlanner planner = new NextBestActionPlanner(ActionPolicy.DEFAULT, TierPolicy.DEFAULT,
                Optional.of(catalog), Optional.empty(), USD);
        CustomerSituation s = new CustomerSituation(ID, AS_OF, Optional.empty(),
                Optional.of(value(0.5, ChurnStatus.ALIVE, "50.00", "80.00", "9.00")), List.of(), List.of(),
                Set.of(ProductId.of("P1")), Map.of(music, usd("9.00")));
        NextBestActions plan = planner.plan(s);
        assertThat(plan.budget()).isEqualTo(usd("20.00")); // not tiered: the mean budget
        // P2 (12.00) is the first above the 9.00 band: the step is 3.00, P = 0.10 x P(alive) 0.5, EV 0.15.
        assertThat(plan.actions()).singleElement().satisfies(a -> {
            assertThat(a.kind()).isEqualTo(ActionKind.UP_SELL);
            assertThat(a.subject()).contains("P2");
            assertThat(a.valueAtStake()).isEqualTo(usd("3.00"));
            assertThat(a.expectedValue()).isEqualTo(usd("0.15"));
        });
    }
}
