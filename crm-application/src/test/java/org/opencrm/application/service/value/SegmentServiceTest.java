package org.opencrm.application.service.value;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.application.error.FactNotFoundException;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.segment.FindSegmentsUseCase;
import org.opencrm.application.port.in.segment.SaveSegmentUseCase;
import org.opencrm.application.port.in.segment.SegmentMembersUseCase;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.fixtures.TestPurchases;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.segment.SegmentFacts;
import org.opencrm.domain.segment.SegmentSyntaxException;

class SegmentServiceTest {

    private static final Instant CREATED = Instant.parse("2023-01-01T00:00:00Z");
    private static final LocalDate AS_OF = LocalDate.of(2024, 6, 30);

    private final FakeApplication app = new FakeApplication();
    private final SaveSegmentUseCase save = app.useCase(SaveSegmentUseCase.class);
    private final SegmentMembersUseCase members = app.useCase(SegmentMembersUseCase.class);

    private void customer(String id, String city, String... purchaseDaysAndAmounts) {
        app.storage().customers().save(new Customer(CustomerId.of(id), id, List.of(), List.of(),
                new MarketingConsent(true, false), Map.of("city", city), AcquisitionSource.of("fair"), CREATED));
        for (int i = 0; i < purchaseDaysAndAmounts.length; i += 2) {
            app.storage().purchases().add(TestPurchases.aPurchase(id + "-" + i, CustomerId.of(id),
                    LocalDate.parse(purchaseDaysAndAmounts[i]), purchaseDaysAndAmounts[i + 1]));
        }
    }

    @BeforeEach
    void aSmallBase() {
        // Ann: two purchase days in the last 90 days, 150.00 in all; Bob: one old purchase; Cy: none; Dee: after.
        customer("c-ann", "上海", "2024-05-01", "100.00", "2024-06-30", "50.00", "2023-03-01", "10.00");
        customer("c-bob", "上海", "2023-02-01", "500.00");
        customer("c-cy", "北京");
        app.storage().customers().save(Customer.named(CustomerId.of("c-dee"), "Dee", Instant.parse("2024-07-02T00:00:00Z")));
    }

    private List<String> ids(String expression) {
        save.save(new SaveSegmentUseCase.Command("s", expression));
        return members.members(new SegmentMembersUseCase.Query("s", Optional.empty(), Optional.of(AS_OF))).members()
                .stream().map(f -> f.customer().id().value()).toList();
    }

    @Test
    void membersMeetTheConditionAsOfTheDateWithTheFactsTheyWereJudgedOn() {
        assertThat(ids("spend(90d) > 100 and purchases(90d) = 2")).containsExactly("c-ann");
        assertThat(ids("spend(90d) >= 150.00")).containsExactly("c-ann");
        assertThat(ids("spend(90d) = 0 and attr.city = '上海'")).containsExactly("c-bob");
        assertThat(ids("stage = prospect")).containsExactly("c-cy");
        assertThat(ids("not stage = prospect and consent_email = true and source = fair"))
                .containsExactly("c-ann", "c-bob");
        SegmentMembersUseCase.Members m = members.members(new SegmentMembersUseCase.Query("s", Optional.empty(),
                Optional.of(AS_OF)));
        assertThat(m.base()).as("Dee registered after the date").isEqualTo(3);
        SegmentFacts ann = m.members().get(0);
        assertThat(ann.stage()).isPresent().get().isNotEqualTo(LifecycleStage.PROSPECT);
        assertThat(ann.tier()).isEmpty();
    }

    @Test
    void valueConditionsWithoutFitsMatchNoOneAndSayWhy() {
        save.save(new SaveSegmentUseCase.Command("valuable", "clv > 0 or tier = strategic"));
        SegmentMembersUseCase.Members m = members.members(new SegmentMembersUseCase.Query("valuable", Optional.empty(),
                Optional.of(AS_OF)));
        assertThat(m.members()).isEmpty();
        assertThat(m.notes()).singleElement().asString().contains("crm model fit", "false");
    }

    @Test
    void aNewConditionIsANewVersionAndTheSameConditionAgainIsNot() {
        SaveSegmentUseCase.Result first = save.save(new SaveSegmentUseCase.Command("big", "spend(90d) > 100"));
        SaveSegmentUseCase.Result again = save.save(new SaveSegmentUseCase.Command("big", "  spend(90d) > 100 "));
        SaveSegmentUseCase.Result second = save.save(new SaveSegmentUseCase.Command("big", "spend(90d) > 1000"));
        assertThat(first.created()).isTrue();
        assertThat(again.created()).isFalse();
        assertThat(again.segment()).isEqualTo(first.segment());
        assertThat(second.segment().version()).isEqualTo(2);
        FindSegmentsUseCase find = app.useCase(FindSegmentsUseCase.class);
        assertThat(find.versions("big")).extracting(s -> s.version()).containsExactly(1, 2);
        assertThat(find.latest()).singleElement().extracting(s -> s.version()).isEqualTo(2);
        assertThat(members.members(new SegmentMembersUseCase.Query("big", Optional.of(1), Optional.of(AS_OF)))
                .members()).hasSize(1);
        assertThat(members.members(new SegmentMembersUseCase.Query("big", Optional.empty(), Optional.of(AS_OF)))
                .members()).isEmpty();
    }

    @Test
    void refusesBadNamesBadConditionsAndUnknownSegments() {
        assertThatThrownBy(() -> save.save(new SaveSegmentUseCase.Command("Big Ones", "tier = major")))
                .hasMessageContaining("'name'");
        assertThatThrownBy(() -> save.save(new SaveSegmentUseCase.Command("big", "tier = huge")))
                .isInstanceOf(SegmentSyntaxException.class).hasMessageContaining("column 8");
        assertThatThrownBy(() -> members.members(new SegmentMembersUseCase.Query("nope", Optional.empty(),
                Optional.empty()))).isInstanceOf(FactNotFoundException.class).hasMessageContaining("segment nope");
        assertThat(app.useCase(FindSegmentsUseCase.class).latest()).isEmpty();
    }

    @Test
    void spendIsExactInTheStoresCurrency() {
        save.save(new SaveSegmentUseCase.Command("exact", "spend(90d) = 150"));
        assertThat(members.members(new SegmentMembersUseCase.Query("exact", Optional.empty(), Optional.of(AS_OF)))
                .members().get(0).windows().get(90).spend()).isEqualByComparingTo(new BigDecimal("150.00"));
    }
}
