package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class DuplicateResourceTest extends ServedOverFakes {

    @Test
    void listsPairsByRuleAndScoreAtItsOwnPathBesideTheCustomers() throws Exception {
        post("/customers", "{\"name\":\"张伟\",\"phone\":\"+86 10 1234 5678\"}");
        post("/customers", "{\"name\":\"Wei Zhang\",\"phone\":\"0086 10 1234 5678\"}");
        post("/customers", "{\"name\":\"Ann\",\"email\":\"ann@example.org\"}");
        HttpResponse<String> found = get("/customers/duplicates?minScore=0.9");
        assertThat(found.statusCode()).as(found.body()).isEqualTo(200);
        JsonNode d = json(found);
        assertThat(d.get("customers").asInt()).isEqualTo(3);
        assertThat(d.get("pairs").asInt()).isOne();
        assertThat(d.at("/candidates/0/rule").asText()).isEqualTo("SAME_PHONE");
        assertThat(d.at("/candidates/0/score").asDouble()).isEqualTo(0.95);
        assertThat(d.at("/candidates/0/evidence").asText()).isEqualTo("phone +861012345678");
        assertThat(get("/customers/duplicates?minScore=2").statusCode()).isEqualTo(400);
    }
}
