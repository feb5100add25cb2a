package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.fixtures.TestPurchases;

class SegmentResourceTest extends ServedOverFakes {

    @Test
    void savesVersionsAndListsMembersAsOfADate() throws Exception {
        app.storage().customers().save(new Customer(CustomerId.of("c-ann"), "张伟", List.of(), List.of(),
                MarketingConsent.NONE, Map.of("city", "上海"), AcquisitionSource.UNKNOWN,
                java.time.Instant.parse("2024-01-01T00:00:00Z")));
        app.storage().purchases().add(TestPurchases.aPurchase("p-1", CustomerId.of("c-ann"), LocalDate.of(2024, 6, 1),
                "120.00"));

        HttpResponse<String> created = post("/segments", "application/json",
                "{\"name\":\"shanghai-spenders\",\"expression\":\"attr.city = '上海' and spend(90d) > 100\"}", "seg-1");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        assertThat(created.headers().firstValue("Location")).hasValueSatisfying(l ->
                assertThat(l).endsWith("/segments/shanghai-spenders?version=1"));
        HttpResponse<String> same = post("/segments",
                "{\"name\":\"shanghai-spenders\",\"expression\":\"attr.city = '上海' and spend(90d) > 100\"}");
        assertThat(same.statusCode()).isEqualTo(200);
        assertThat(post("/segments", "{\"name\":\"shanghai-spenders\",\"expression\":\"spend(90d) > 500\"}")
                .statusCode()).isEqualTo(201);

        assertThat(json(get("/segments")).get("items")).hasSize(1);
        assertThat(json(get("/segments/shanghai-spenders")).get("version").asInt()).isEqualTo(2);
        assertThat(json(get("/segments/shanghai-spenders?version=1")).get("expression").asText())
                .isEqualTo("attr.city = '上海' and spend(90d) > 100");
        assertThat(json(get("/segments/shanghai-spenders/versions")).get("items")).hasSize(2);

        JsonNode v1 = json(get("/segments/shanghai-spenders/members?version=1&asOf=2024-06-30"));
        assertThat(v1.get("count").asInt()).isOne();
        assertThat(v1.at("/members/0/customerId").asText()).isEqualTo("c-ann");
        assertThat(v1.at("/members/0/windows/90/spend").decimalValue()).isEqualByComparingTo("120.00");
        assertThat(json(get("/segments/shanghai-spenders/members?asOf=2024-06-30")).get("count").asInt()).isZero();
    }

    @Test
    void reportsCountASegmentsMembersOnly() throws Exception {
        for (String city : List.of("上海", "北京", "北京")) {
            String id = "c-" + app.storage().customers().count();
            app.storage().customers().save(new Customer(CustomerId.of(id), id, List.of(), List.of(),
                    MarketingConsent.NONE, Map.of("city", city), AcquisitionSource.UNKNOWN,
                    java.time.Instant.parse("2024-01-01T00:00:00Z")));
            app.storage().purchases().add(TestPurchases.aPurchase("p-" + id, CustomerId.of(id),
                    LocalDate.of(2024, 6, 1), "10.00"));
        }
        post("/segments", "{\"name\":\"beijing\",\"expression\":\"attr.city = '北京'\"}");
        assertThat(json(get("/reports/lifecycle?asOf=2024-06-30")).get("customers").asInt()).isEqualTo(3);
        assertThat(json(get("/reports/lifecycle?asOf=2024-06-30&inSegment=beijing")).get("customers").asInt())
                .isEqualTo(2);
        assertThat(json(get("/reports/rfm?asOf=2024-06-30&inSegment=beijing")).get("customers").asInt()).isEqualTo(2);
        assertThat(get("/reports/lifecycle?asOf=2024-06-30&inSegment=nope").statusCode()).isEqualTo(404);
    }

    @Test
    void refusesUnreadableConditionsAndUnknownSegmentsAsProblems() throws Exception {
        HttpResponse<String> bad = post("/segments", "{\"name\":\"x\",\"expression\":\"tier = huge\"}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(bad.body()).contains("\"expression\"", "column 8: expected one of strategic, major");
        assertThat(get("/segments/nope").statusCode()).isEqualTo(404);
        assertThat(get("/segments/nope/members").statusCode()).isEqualTo(404);
        assertThat(get("/segments/nope/versions").statusCode()).isEqualTo(404);
        post("/segments", "{\"name\":\"x\",\"expression\":\"tier = major\"}");
        assertThat(get("/segments/x?version=zero").statusCode()).isEqualTo(400);
        assertThat(get("/segments/x/members?asOf=yesterday").statusCode()).isEqualTo(400);
        assertThat(post("/segments", "{}").statusCode()).isEqualTo(400);
    }
}
