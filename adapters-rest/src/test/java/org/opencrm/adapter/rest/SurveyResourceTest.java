package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class SurveyResourceTest extends ServedOverFakes {

    private String customer(String name, String externalId) throws Exception {
        return json(post("/customers", "{\"name\":\"" + name + "\",\"externalIds\":{\"shop\":\"" + externalId
                + "\"}}")).get("id").asText();
    }

    @Test
    void answersAreRecordedOnceAndOffScaleOnesAreRefusedByName() throws Exception {
        String ann = customer("Ann", "ann");
        String body = "{\"responseId\":\"s-1\",\"answeredAt\":\"2024-05-01T10:00:00Z\",\"satisfaction\":5,"
                + "\"recommend\":9,\"repurchaseIntention\":4}";
        HttpResponse<String> first = post("/customers/" + ann + "/survey-responses", body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(first).has("trust")).isFalse();
        assertThat(post("/customers/" + ann + "/survey-responses", body).statusCode()).isEqualTo(200);
        HttpResponse<String> off = post("/customers/" + ann + "/survey-responses", "{\"recommend\":11}");
        assertThat(off.statusCode()).isEqualTo(400);
        assertThat(off.body()).contains("'recommend' must be 0..10, got 11");
        assertThat(json(get("/customers/" + ann + "/survey-responses")).at("/items/0/recommend").asInt()).isEqualTo(9);
        assertThat(app.storage().surveyResponses().count()).isOne();

        HttpResponse<String> nps = get("/reports/surveys?asOf=2024-12-31");
        assertThat(json(nps).at("/nps/promoters").asInt()).isOne();
        assertThat(json(nps).at("/nps/score").asDouble()).isEqualTo(100.0);
        HttpResponse<String> bradt = get("/reports/loyalty/bradt?asOf=2024-12-31");
        assertThat(bradt.statusCode()).as(bradt.body()).isEqualTo(200);
        assertThat(json(bradt).at("/classes/0/loyaltyClass").asText()).isEqualTo("SECURE");
        assertThat(json(bradt).at("/classes/0/customers").asInt()).isOne();
        assertThat(json(get("/reports/loyalty/bradt?asOf=2024-12-31&secureRecommend=10")).at("/classes/1/customers")
                .asInt()).as("with a stricter line, a 9 is only satisfied").isOne();
        assertThat(get("/reports/loyalty/frequency").statusCode()).isEqualTo(400);
    }

    @Test
    void anImportNamesTheColumnOfAnOffScaleAnswer() throws Exception {
        customer("Ann", "ann");
        String csv = "response_id,customer_id,answered_at,satisfaction,recommend,involvement,other_providers\n"
                + "s-1,ann,2024-03-01,4,8,5,0\n"
                + "s-2,ann,2024-03-02,6,8,,\n";
        HttpResponse<String> imported = post("/survey-responses/import?source=shop", "text/csv", csv, null);
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).get("imported").asInt()).isOne();
        assertThat(json(imported).at("/rejects/0/field").asText()).isEqualTo("satisfaction");
        assertThat(json(imported).at("/rejects/0/line").asInt()).isEqualTo(3);
        assertThat(json(get("/reports/loyalty/knox?asOf=2024-12-31")).at("/classes/0/customers").asInt()).isOne();
    }
}
