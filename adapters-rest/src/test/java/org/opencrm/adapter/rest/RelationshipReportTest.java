package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class RelationshipReportTest extends ServedOverFakes {

    @Test
    void qualityAndTheScorecardSayNoDataUntilTheFactsArriveAndThenAgreeWithThem() throws Exception {
        String ann = json(post("/customers", "{\"name\":\"Ann\"}")).get("id").asText();
        JsonNode empty = json(get("/reports/quality?asOf=2024-12-31"));
        assertThat(empty.at("/mean/index").isNull()).isTrue();
        post("/customers/" + ann + "/survey-responses", "{\"answeredAt\":\"2024-05-01T00:00:00Z\",\"trust\":5,"
                + "\"satisfaction\":3,\"commitment\":5,\"recommend\":10}");
        // trust 100, satisfaction 50, commitment 100, no contact: (100 + 50 + 100) / 3 = 83.3.
        HttpResponse<String> quality = get("/reports/quality?asOf=2024-12-31&customerId=" + ann);
        assertThat(quality.statusCode()).as(quality.body()).isEqualTo(200);
        assertThat(json(quality).at("/customer/quality/index").asDouble()).isEqualTo(83.3);
        assertThat(json(quality).at("/customer/quality/commercialFriendship").isNull()).isTrue();
        HttpResponse<String> card = get("/reports/6i?asOf=2024-12-31&customerId=" + ann);
        JsonNode intention = null;
        for (JsonNode row : json(card).get("scores")) {
            if (row.get("principle").asText().equals("INTENTION")) {
                intention = row;
            }
        }
        assertThat(intention.get("score").asDouble()).isEqualTo(100.0);
        assertThat(get("/reports/6i?customerId=nobody").statusCode()).isEqualTo(404);
    }
}
