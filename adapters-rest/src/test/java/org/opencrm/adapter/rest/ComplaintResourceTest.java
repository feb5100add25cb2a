package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ComplaintResourceTest extends ServedOverFakes {

    private String customer(String name) throws Exception {
        return json(post("/customers", "{\"name\":\"" + name + "\"}")).get("id").asText();
    }

    @Test
    void aCaseIsOpenedMovedAlongItsLifecycleAndItsFollowUpDone() throws Exception {
        String ann = customer("Ann");
        String body = "{\"complaintId\":\"k-1\",\"openedAt\":\"2024-05-01T08:00:00Z\",\"category\":\"delivery\","
                + "\"severity\":\"high\",\"summary\":\"parcel lost\"}";
        HttpResponse<String> opened = post("/customers/" + ann + "/complaints", body);
        assertThat(opened.statusCode()).as(opened.body()).isEqualTo(201);
        assertThat(opened.headers().firstValue("Location")).hasValue("/complaints/k-1");
        assertThat(post("/customers/" + ann + "/complaints", body).statusCode()).isEqualTo(200);

        HttpResponse<String> illegal = post("/complaints/k-1/status", "{\"status\":\"closed\"}");
        assertThat(illegal.statusCode()).isEqualTo(400);
        assertThat(illegal.body()).contains("cannot go from open to closed");
        assertThat(post("/complaints/k-1/status", "{\"status\":\"in-progress\",\"at\":\"2024-05-01T09:00:00Z\"}")
                .statusCode()).isEqualTo(200);
        HttpResponse<String> resolved = post("/complaints/k-1/status",
                "{\"status\":\"resolved\",\"at\":\"2024-05-03T08:00:00Z\",\"resolution\":\"resent\"}");
        assertThat(json(resolved).get("resolvedAt").asText()).isEqualTo("2024-05-03T08:00:00Z");
        assertThat(post("/complaints/k-404/status", "{\"status\":\"closed\"}").statusCode()).isEqualTo(404);

        HttpResponse<String> followUps = get("/follow-ups?open=true");
        assertThat(followUps.statusCode()).as(followUps.body()).isEqualTo(200);
        assertThat(json(followUps).at("/items/0/followUpId").asText()).isEqualTo("complaint:k-1:0");
        assertThat(json(followUps).at("/items/0/dueOn").asText()).isEqualTo("2024-05-17");
        assertThat(post("/follow-ups/complaint:k-1:0/done", "").statusCode()).isEqualTo(200);
        assertThat(post("/follow-ups/complaint:k-1:0/done", "").statusCode()).isEqualTo(400);

        HttpResponse<String> report = get("/reports/complaints?asOf=2024-05-31");
        assertThat(json(report).at("/total/resolved").asInt()).isOne();
        assertThat(json(report).at("/total/medianResolutionHours").asDouble()).isEqualTo(48.0);
        assertThat(json(get("/complaints?asOf=2024-05-02&overdue=false&open=true")).at("/items/0/unresolved")
                .asBoolean()).isTrue();
    }

    @Test
    void aFollowUpIsScheduledByHandAndAnUnknownCustomerIsNotFound() throws Exception {
        String bob = customer("Bob");
        HttpResponse<String> made = post("/customers/" + bob + "/follow-ups",
                "{\"followUpId\":\"f-1\",\"dueOn\":\"2024-06-01\",\"reason\":\"renewal talk\",\"owner\":\"desk-7\"}");
        assertThat(made.statusCode()).as(made.body()).isEqualTo(201);
        assertThat(json(get("/follow-ups?overdue=true&asOf=2024-06-02")).at("/items/0/followUpId").asText())
                .isEqualTo("f-1");
        assertThat(json(get("/customers/" + bob + "/follow-ups")).get("items")).hasSize(1);
        assertThat(post("/customers/nobody/complaints", "{\"category\":\"x\",\"summary\":\"y\"}").statusCode())
                .isEqualTo(404);
    }
}
