package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.campaign.CampaignGroup;
import org.opencrm.domain.campaign.CampaignId;
import org.opencrm.domain.campaign.CampaignMember;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.MarketingConsent;

class CampaignResourceTest extends ServedOverFakes {

    @BeforeEach
    void tenCustomersInASegment() throws Exception {
        for (int i = 0; i < 10; i++) {
            app.storage().customers().save(new Customer(CustomerId.of("c-" + i), "张伟 " + i,
                    List.of(ExternalId.of("shop", "e-" + i)), List.of(),
                    new MarketingConsent(true, true), Map.of("region", "north"), AcquisitionSource.UNKNOWN,
                    Instant.parse("2024-01-01T00:00:00Z")));
        }
        assertThat(post("/segments", "{\"name\":\"north\",\"expression\":\"attr.region = north\"}").statusCode())
                .isEqualTo(201);
    }

    @Test
    void startsRecordsResponsesOnceAndReportsTheLift() throws Exception {
        HttpResponse<String> started = post("/campaigns", "application/json", "{\"campaignId\":\"cmp-1\",\"name\":"
                + "\"Call round\",\"segment\":\"north\",\"channel\":\"phone\",\"offer\":\"upgrade\",\"costPerContact\":"
                + "2.5,\"fixedCost\":50,\"controlFraction\":0.2,\"seed\":9,\"startOn\":\"2024-03-01\"}", "start-1");
        assertThat(started.statusCode()).as(started.body()).isEqualTo(201);
        assertThat(started.headers().firstValue("Location")).hasValueSatisfying(l -> assertThat(l).endsWith("/campaigns/cmp-1"));
        assertThat(json(get("/campaigns")).get("items")).hasSize(1);
        assertThat(json(get("/campaigns/cmp-1")).get("segmentVersion").asInt()).isOne();

        List<CampaignMember> members = app.storage().campaigns().members(CampaignId.of("cmp-1"));
        assertThat(members).hasSize(10).filteredOn(m -> m.group() == CampaignGroup.CONTROL).hasSize(2);
        String treated = members.stream().filter(m -> m.group() == CampaignGroup.TREATED).findFirst().orElseThrow()
                .customer().value();
        String body = "{\"customerId\":\"" + treated + "\",\"converted\":true,\"revenue\":120}";
        HttpResponse<String> first = post("/campaigns/cmp-1/responses", body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(post("/campaigns/cmp-1/responses", body).statusCode()).isEqualTo(200);
        assertThat(post("/campaigns/cmp-1/responses", "{\"customerId\":\"" + treated + "\",\"responded\":true}")
                .statusCode()).isEqualTo(400);
        assertThat(post("/campaigns/cmp-1/responses", "{\"customerId\":\"c-404\",\"responded\":true}").statusCode())
                .isEqualTo(404);

        JsonNode report = json(get("/reports/campaign/cmp-1"));
        assertThat(report.at("/treated/members").asInt()).isEqualTo(8);
        assertThat(report.at("/treated/converted").asInt()).isOne();
        assertThat(report.at("/cost/USD").asText()).isEqualTo("70.00"); // 8 x 2.50 + 50.00
        assertThat(report.at("/responseLift/difference").asDouble()).isEqualTo(0.125);
        assertThat(report.at("/revenueLift/difference").asDouble()).isEqualTo(15.0);
        assertThat(report.at("/attributedPurchases/treatedBuyers").asInt()).isZero(); // no purchase in the store
        assertThat(get("/reports/campaign/nope").statusCode()).isEqualTo(404);
    }

    @Test
    void importsResponsesFromCsvOncePerMember() throws Exception {
        assertThat(post("/campaigns", "{\"campaignId\":\"cmp-2\",\"name\":\"Mail\",\"segment\":\"north\",\"channel\":"
                + "\"email\",\"offer\":\"o\",\"costPerContact\":1,\"controlFraction\":0.2,\"seed\":3}").statusCode())
                .isEqualTo(201);
        String csv = "customer_id,responded,converted,revenue\ne-1,true,true,30\ne-2,false,,\ne-2,true,,\nnobody,1,,\n";
        HttpResponse<String> first = post("/campaigns/cmp-2/responses/import?source=shop", "text/csv", csv, null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode summary = json(first);
        assertThat(summary.get("imported").asInt()).isEqualTo(2);
        assertThat(summary.get("rejected").asInt()).isEqualTo(2);
        assertThat(summary.at("/rejects/0/line").asInt()).isEqualTo(4);
        assertThat(summary.at("/rejects/0/reason").asText()).contains("a member responds once");
        assertThat(summary.at("/rejects/1/reason").asText()).contains("unknown customer shop:nobody");
        assertThat(json(post("/campaigns/cmp-2/responses/import?source=shop", "text/csv", csv, null))
                .get("duplicates").asInt()).isEqualTo(2);
        // Without a source the ids are the default system's, as on the command line.
        assertThat(json(post("/campaigns/cmp-2/responses/import", "text/csv", csv, null)).at("/rejects/0/reason")
                .asText()).contains("unknown customer default:e-1");
        assertThat(app.storage().campaigns().responses(CampaignId.of("cmp-2"))).hasSize(2);
        assertThat(post("/campaigns/nope/responses/import", "text/csv", csv, null).statusCode()).isEqualTo(404);
    }

    @Test
    void refusesAnEmptySegmentABadFractionAndAnUnknownSegment() throws Exception {
        post("/segments", "{\"name\":\"south\",\"expression\":\"attr.region = south\"}");
        String base = "\"name\":\"x\",\"channel\":\"email\",\"offer\":\"o\",\"costPerContact\":1";
        HttpResponse<String> empty = post("/campaigns", "{\"segment\":\"south\"," + base + "}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("has no member to contact");
        assertThat(post("/campaigns", "{\"segment\":\"north\",\"controlFraction\":0.9," + base + "}").statusCode())
                .isEqualTo(400);
        assertThat(post("/campaigns", "{\"segment\":\"nope\"," + base + "}").statusCode()).isEqualTo(404);
        assertThat(post("/campaigns", "{}").statusCode()).isEqualTo(400);
    }
}
