package org.opencrm.domain.segment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalDouble;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.lifecycle.LifecycleStage;
import org.opencrm.domain.value.grid.RelationshipTier;
import org.opencrm.domain.value.loyalty.ReinartzKumarClass;
import org.opencrm.domain.value.rfm.RfmScore;

class SegmentParserTest {

    private static final Customer ANN = new Customer(CustomerId.of("c-ann"), "Ann", List.of(), List.of(),
            new MarketingConsent(true, false), Map.of("city", "上海"), AcquisitionSource.of("trade-fair"),
            Instant.parse("2024-01-01T00:00:00Z"));

    /** Ann as of a date: at risk, a major customer, spent 120.50 on 3 days in the last 90. */
    private static final SegmentFacts FACTS = new SegmentFacts(ANN, Optional.of(LifecycleStage.AT_RISK),
            Optional.of(RelationshipTier.MAJOR), Optional.of(ReinartzKumarClass.BUTTERFLIES),
            Optional.of(new RfmScore(2, 4, 5)), Optional.of("Can't Lose Them"), OptionalDouble.of(0.42),
            Optional.of(new BigDecimal("310.00")), Map.of(90, new SegmentFacts.Window(3, new BigDecimal("120.50"))));

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "spend(90d) > 100 and stage = at_risk and not tier = risk | true",
        "spend(90d) > 120.50 | false",
        "spend(90d) >= 120.50 | true",
        "spend(30d) = 0 and purchases(30d) = 0 | true",
        "purchases(90d) >= 3 and purchases(90d) < 4 | true",
        "STAGE = AT_RISK AND Tier != strategic | true",
        "stage = active or (tier = major and p_alive < 0.5) | true",
        "not (stage = at_risk or tier = major) | false",
        "rfm_r <= 2 and rfm_f = 4 and rfm_m > 4 | true",
        "rfm_segment = 'can''t lose them' | true",
        "loyalty = butterflies and clv > 300 | true",
        "source = trade-fair and consent_email = true and consent_phone = false | true",
        "attr.city = '上海' | true",
        "attr.country = 'CN' | false",
        "not attr.country = 'CN' | true",
        "stage = active or stage = at_risk and tier = strategic | false",
        "p_alive <> 0.42 | false"})
    void evaluatesAsTheGrammarReads(String condition, boolean holds) {
        assertThat(SegmentParser.parse(condition).test(FACTS)).as(condition).isEqualTo(holds);
    }

    @Test
    void aComparisonOnAMissingValueIsFalseAndItsNegationTrue() {
        SegmentFacts profileOnly = SegmentFacts.ofProfile(ANN);
        assertThat(SegmentParser.parse("tier = risk").test(profileOnly)).isFalse();
        assertThat(SegmentParser.parse("not tier = risk").test(profileOnly)).isTrue();
        assertThat(SegmentParser.parse("p_alive < 2").test(profileOnly)).isFalse();
        assertThat(SegmentParser.parse("spend(365d) = 0").test(profileOnly)).isTrue();
    }

    @Test
    void andBindsTighterThanOrAndTheFieldsReadAreListed() {
        SegmentCondition c = SegmentParser.parse("stage = new or tier = major and spend(90d) > 1");
        assertThat(c).isInstanceOf(SegmentCondition.Or.class);
        assertThat(c.fields()).extracting(Object::toString).containsExactly("stage", "tier", "spend(90d)");
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "stage = activ | 'expression' column 9: expected one of prospect, new, active, expanding, at_risk, lapsed, won_back for stage, found 'activ'",
        "spend > 100 | 'expression' column 7: expected '(' and a window such as spend(90d), found '>'",
        "spend(90) > 100 | 'expression' column 7: expected a window in days such as 90d, found '90'",
        "spend(0d) > 1 | 'expression' column 7: expected a window of 1 to 3650 days",
        "colour = red | 'expression' column 1: expected a field (stage, tier",
        "stage > new | 'expression' column 7: expected = or != for stage (it is not a number), found '>'",
        "tier = major and | 'expression' column 17: expected a field",
        "(stage = new | 'expression' column 13: expected ')', found the end",
        "stage = new tier = major | 'expression' column 13: expected and, or or the end, found 'tier'",
        "clv > 'big' | 'expression' column 7: expected a number to compare clv with, found 'big'",
        "consent_email = yes | 'expression' column 17: expected true or false for consent_email, found 'yes'",
        "stage ! new | 'expression' column 7: expected '!=' (or 'not' before a comparison), found '!'",
        "attr.city = 'open | 'expression' column 13: expected a closing quote for the text begun here, found the end",
        "p_alive < 0.5.1 | 'expression' column 11: expected a number such as 100 or 0.5, found '0.5.1'",
        "tier = major; | 'expression' column 13: expected a field, a value, an operator or a parenthesis, found ';'",
        "stage(30d) = new | 'expression' column 6: expected an operator: stage takes no window, found '('"})
    void refusesMistakesNamingTheColumnAndWhatWasExpected(String condition, String message) {
        assertThatThrownBy(() -> SegmentParser.parse(condition)).isInstanceOf(SegmentSyntaxException.class)
                .hasMessageStartingWith(message);
    }

    @Test
    void refusesNothingAndTooMuch() {
        assertThatThrownBy(() -> SegmentParser.parse(" ")).hasMessageContaining("column 1: expected a condition");
        assertThatThrownBy(() -> SegmentParser.parse("stage = new or ".repeat(300) + "stage = new"))
                .hasMessageContaining("longer than 4000");
    }
}
