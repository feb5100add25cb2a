package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CustomerMergeResourceTest extends ServedOverFakes {

    private String create(String json) throws Exception {
        HttpResponse<String> r = post("/customers", json);
        assertThat(r.statusCode()).as(r.body()).isEqualTo(201);
        return json(r).get("id").asText();
    }

    @Test
    void mergesOnceAnswersTheSameEntryAgainAndTheAbsorbedIdKeepsResolving() throws Exception {
        String survivor = create("{\"name\":\"张伟\",\"externalIds\":{\"shop\":\"zw\"}}");
        String absorbed = create("{\"name\":\"Wei Zhang\",\"email\":\"wei@example.com\",\"externalIds\":{\"shop\":\"wz\"}}");
        HttpResponse<String> interaction = post("/customers/" + absorbed + "/interactions", "{\"channel\":\"chat\","
                + "\"direction\":\"inbound\",\"type\":\"question\",\"summary\":\"配送\"}");
        assertThat(interaction.statusCode()).as(interaction.body()).isEqualTo(201);

        HttpResponse<String> merged = post("/customers/" + survivor + "/merge", "application/json",
                "{\"absorbedId\":\"" + absorbed + "\"}", "merge-1");
        assertThat(merged.statusCode()).as(merged.body()).isEqualTo(200);
        JsonNode log = json(merged);
        assertThat(log.get("absorbedId").asText()).isEqualTo(absorbed);
        assertThat(log.at("/moved/interactions").asInt()).isOne();
        assertThat(log.at("/moved/externalIds").asInt()).isOne();
        assertThat(log.get("filledFields")).extracting(JsonNode::asText).containsExactly("email");

        HttpResponse<String> again = post("/customers/" + survivor + "/merge", "application/json",
                "{\"absorbedId\":\"" + absorbed + "\"}", null);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again)).isEqualTo(log);

        assertThat(json(get("/customers/" + absorbed)).get("id").asText()).isEqualTo(survivor);
        assertThat(json(get("/customers/" + absorbed + "/interactions")).get("items")).hasSize(1);
        assertThat(json(get("/customers/" + survivor + "/profile")).at("/standing/merges/0/absorbedName").asText())
                .isEqualTo("Wei Zhang");
    }

    @Test
    void refusesAMergeIntoItselfAnUnknownRecordAndAMissingBodyAsProblems() throws Exception {
        String survivor = create("{\"name\":\"Ann\"}");
        HttpResponse<String> self = post("/customers/" + survivor + "/merge", "{\"absorbedId\":\"" + survivor + "\"}");
        assertThat(self.statusCode()).isEqualTo(400);
        assertThat(self.headers().firstValue("Content-Type")).contains("application/problem+json");
        assertThat(self.body()).contains("\"absorbed\"", "'absorbed' is the survivor itself");
        assertThat(post("/customers/" + survivor + "/merge", "{\"absorbedId\":\"c-404\"}").statusCode()).isEqualTo(404);
        HttpResponse<String> empty = post("/customers/" + survivor + "/merge", "{}");
        assertThat(empty.statusCode()).isEqualTo(400);
        assertThat(empty.body()).contains("\"absorbedId\"", "'absorbedId' is required");
    }
}
