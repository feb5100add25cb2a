package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.fixtures.TestPurchases;
import org.opencrm.domain.money.Money;

class AcquisitionReportResourceTest extends ServedOverFakes {

    @Test
    void economicsBySourceAsOfADate() throws Exception {
        for (int i = 0; i < 2; i++) {
            app.storage().customers().save(new Customer(CustomerId.of("c-" + i), "C" + i, List.of(), List.of(),
                    MarketingConsent.NONE, Map.of(), AcquisitionSource.of("展会", Money.of("12.50", "CNY")),
                    Instant.parse("2024-01-01T00:00:00Z")));
        }
        app.storage().purchases().add(TestPurchases.aPurchase("p-1", CustomerId.of("c-0"), LocalDate.of(2024, 1, 5),
                "10.00"));
        JsonNode r = json(get("/reports/acquisition?asOf=2024-06-30"));
        assertThat(r.get("currency").asText()).isEqualTo("CNY");
        assertThat(r.at("/sources/0/source").asText()).isEqualTo("展会");
        assertThat(r.at("/sources/0/converted").asInt()).isOne();
        assertThat(r.at("/sources/0/medianDaysToConvert").asDouble()).isEqualTo(4.0);
        assertThat(r.at("/sources/0/costPerConverted/CNY").asText()).isEqualTo("25.00");
        assertThat(get("/reports/acquisition?asOf=soon").statusCode()).isEqualTo(400);
        // Prospect scoring learns from tiers: without value fits it cannot, and says so.
        HttpResponse<String> prospects = get("/reports/prospects?asOf=2024-06-30&top=5");
        assertThat(prospects.statusCode()).isBetween(400, 499);
        assertThat(prospects.body()).contains("crm model fit");
        assertThat(get("/reports/prospects?top=0").statusCode()).isEqualTo(400);
    }
}
