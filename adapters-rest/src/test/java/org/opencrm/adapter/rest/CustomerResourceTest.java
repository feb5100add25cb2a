package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class CustomerResourceTest extends ServedOverFakes {

    @Test
    void aRegisteredCustomerIsFoundAtItsRelativeLocationAndChangedOnlyAtItsVersion() throws Exception {
        HttpResponse<String> created = post("/customers", "{\"name\":\"张伟\",\"email\":\"zw@example.org\"}");
        assertThat(created.statusCode()).as(created.body()).isEqualTo(201);
        String location = created.headers().firstValue("Location").orElseThrow();
        assertThat(location).startsWith("/customers/");
        String etag = created.headers().firstValue("ETag").orElseThrow();

        HttpResponse<String> found = get(location);
        assertThat(found.statusCode()).isEqualTo(200);
        assertThat(json(found).get("name").asText()).isEqualTo("张伟");
        assertThat(app.storage().customers().count()).isOne();

        HttpResponse<String> stale = send(request(location).header("If-Match", "\"not-the-version\"")
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\":\"Zhang Wei\"}")).build());
        assertThat(stale.statusCode()).as(stale.body()).isEqualTo(412);
        HttpResponse<String> patched = send(request(location).header("If-Match", etag)
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString("{\"name\":\"Zhang Wei\"}")).build());
        assertThat(patched.statusCode()).as(patched.body()).isEqualTo(200);
        assertThat(json(get(location)).get("name").asText()).isEqualTo("Zhang Wei");
    }

    @Test
    void refusalsAreProblemDocumentsNamingTheField() throws Exception {
        HttpResponse<String> unknown = get("/customers/nobody");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.headers().firstValue("Content-Type")).hasValue("application/problem+json");
        assertThat(json(unknown).get("type").asText()).endsWith("/not-found");

        HttpResponse<String> stray = post("/customers", "{\"name\":\"Ann\",\"nickname\":\"A\"}");
        assertThat(stray.statusCode()).isEqualTo(400);
        JsonNode problem = json(stray);
        assertThat(problem.at("/errors/0/field").asText()).isEqualTo("nickname");
        assertThat(problem.get("requestId").asText()).isEqualTo(stray.headers().firstValue("Request-Id").orElseThrow());
        assertThat(app.storage().customers().count()).isZero();
    }

    @Test
    void noKeyNoAnswer() throws Exception {
        HttpResponse<String> anonymous = http.send(HttpRequest.newBuilder(
                java.net.URI.create("http://127.0.0.1:" + server.port() + "/customers")).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(anonymous.statusCode()).isEqualTo(401);
        assertThat(anonymous.body()).doesNotContain("items");
    }
}
