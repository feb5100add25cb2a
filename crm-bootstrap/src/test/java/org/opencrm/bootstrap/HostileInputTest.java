package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/**
 * Bad input over a real socket: each is the client's mistake, answered 400 with a problem document that names
 * what is wrong, never a 500 with a stack trace in the log.
 */
class HostileInputTest extends ServedApiTest {

    @Test
    void jsonNestedDeeperThanTheParserAllowsShouldBeA400NamingTheLimit() throws Exception {
        // In a field the resource does not know: the parser walks the whole value before it can refuse the field.
        String deep = "{\"extra\":" + "[".repeat(1_001) + "]".repeat(1_001) + ",\"name\":\"x\"}";
        JsonNode problem = badRequest(send("/customers", "application/json", deep.getBytes(StandardCharsets.UTF_8)));
        assertThat(problem.get("detail").asText()).contains("nested deeper than", "1000");
    }

    @Test
    void bytesThatAreNotUtf8OrAnotherCharsetShouldBeA400() throws Exception {
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        body.writeBytes("{\"name\":\"".getBytes(StandardCharsets.UTF_8));
        body.write(0xC3);
        body.write(0x28);
        body.writeBytes("\"}".getBytes(StandardCharsets.UTF_8));
        assertThat(badRequest(send("/customers", "application/json", body.toByteArray())).get("detail").asText())
                .contains("not valid UTF-8");
        JsonNode latin1 = badRequest(send("/customers", "application/json; charset=ISO-8859-1",
                "{\"name\":\"Zoë\"}".getBytes(StandardCharsets.ISO_8859_1)));
        assertThat(latin1.at("/errors/0/field").asText()).isEqualTo("Content-Type");
        assertThat(latin1.at("/errors/0/reason").asText()).contains("must be UTF-8", "ISO-8859-1");
        // Invalid UTF-8 in a CSV import: the row is rejected by line and column, the rest imported.
        ByteArrayOutputStream csv = new ByteArrayOutputStream();
        csv.writeBytes("purchase_id,customer_id,occurred_at,amount\nu1,ok,2026-01-01,1.00\nu2,b".getBytes(StandardCharsets.UTF_8));
        csv.write(0xFF);
        csv.writeBytes(",2026-01-01,1.00\n".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> imported = send("/purchases/import", "text/csv", csv.toByteArray());
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        JsonNode summary = JSON.readTree(imported.body());
        assertThat(summary.get("imported").asLong()).isEqualTo(1);
        assertThat(summary.at("/rejects/0/line").asLong()).isEqualTo(3);
        assertThat(summary.at("/rejects/0/field").asText()).isEqualTo("customer_id");
        assertThat(summary.at("/rejects/0/reason").asText()).contains("not valid UTF-8 at byte 2");
    }

    @Test
    void nullsInsideMapsShouldBeA400NamingTheEntry() throws Exception {
        JsonNode attributes = badRequest(post("/customers", "{\"name\":\"A\",\"attributes\":{\"tier\":null}}"));
        assertThat(attributes.toString()).contains("tier");
        JsonNode ids = badRequest(post("/customers", "{\"name\":\"A\",\"externalIds\":{\"shop\":null}}"));
        assertThat(ids.toString()).contains("shop");
    }

    @Test
    void datesBeyondWhatAStoreHoldsShouldBeA400() throws Exception {
        assertThat(badRequest(get("/reports/lifecycle?asOf=-999999999-01-01")).toString()).contains("asOf");
        String id = JSON.readTree(post("/customers", "{\"name\":\"A\"}").body()).get("id").asText();
        JsonNode far = badRequest(post("/customers/" + id + "/purchases",
                "{\"occurredAt\":\"+1000000000-01-01T00:00:00Z\",\"amount\":\"1.00\"}"));
        assertThat(far.toString()).contains("occurredAt");
    }

    @Test
    void csvBodiesWithTooManyFieldsOrAHugeFieldShouldBeA400() throws Exception {
        String wide = "purchase_id,customer_id,occurred_at,amount" + ",x".repeat(16_400) + "\n";
        assertThat(badRequest(send("/purchases/import", "text/csv", wide.getBytes(StandardCharsets.UTF_8)))
                .get("detail").asText()).contains("16384");
        byte[] huge = ("purchase_id,customer_id,occurred_at,amount\nh1,\"" + "x".repeat(17 * 1024 * 1024)
                + "\",2026-01-01,1.00\n").getBytes(StandardCharsets.UTF_8);
        HttpResponse<String> big = send("/purchases/import", "text/csv", huge);
        assertThat(big.statusCode()).as(big.body()).isIn(400, 413);
        assertThat(big.body()).hasSizeLessThan(2_000);
    }

    private JsonNode badRequest(HttpResponse<String> response) throws Exception {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(response.body()).doesNotContain("Exception", "at org.").hasSizeLessThan(2_000);
        JsonNode problem = JSON.readTree(response.body());
        assertThat(problem.get("errors")).as("every 400 lists what is wrong").isNotEmpty();
        return problem;
    }

    private HttpResponse<String> send(String path, String type, byte[] body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(60))
                .header("Content-Type", type).header("Authorization", "Bearer " + admin)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
