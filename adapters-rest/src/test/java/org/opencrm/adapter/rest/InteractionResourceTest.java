package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class InteractionResourceTest extends ServedOverFakes {

    private String customer(String name, String externalId) throws Exception {
        return json(post("/customers", "{\"name\":\"" + name + "\",\"externalIds\":{\"shop\":\"" + externalId
                + "\"}}")).get("id").asText();
    }

    @Test
    void aContactIsRecordedOnceListedInOrderAndThreadedOnlyWithinItsCustomer() throws Exception {
        String ann = customer("张伟", "ann");
        String bob = customer("Bob", "bob");
        String call = "{\"interactionId\":\"i-1\",\"channel\":\"phone\",\"direction\":\"inbound\",\"type\":\"complaint\","
                + "\"summary\":\"包裹迟到\",\"occurredAt\":\"2024-05-01T10:00:00Z\",\"owner\":\"desk-7\"}";
        HttpResponse<String> first = post("/customers/" + ann + "/interactions", call);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(json(first).get("summary").asText()).isEqualTo("包裹迟到");
        assertThat(post("/customers/" + ann + "/interactions", call).statusCode()).isEqualTo(200);
        HttpResponse<String> elsewhere = post("/customers/" + bob + "/interactions", call);
        assertThat(elsewhere.statusCode()).isEqualTo(409);
        assertThat(elsewhere.body()).doesNotContain("包裹");

        String reply = "{\"interactionId\":\"i-2\",\"channel\":\"email\",\"direction\":\"outbound\",\"type\":\"follow-up\","
                + "\"summary\":\"new parcel sent\",\"occurredAt\":\"2024-05-02T09:00:00Z\",\"continues\":\"i-1\"}";
        assertThat(post("/customers/" + ann + "/interactions", reply).statusCode()).isEqualTo(201);
        HttpResponse<String> foreign = post("/customers/" + bob + "/interactions", reply.replace("i-2", "i-3"));
        assertThat(foreign.statusCode()).isEqualTo(400);
        assertThat(foreign.body()).contains("'continues'");

        HttpResponse<String> list = get("/customers/" + ann + "/interactions");
        assertThat(json(list).at("/items/0/interactionId").asText()).isEqualTo("i-1");
        assertThat(json(list).at("/items/1/continues").asText()).isEqualTo("i-1");
        assertThat(get("/customers/nobody/interactions").statusCode()).isEqualTo(404);
        assertThat(json(get("/customers/" + ann + "/timeline?asOf=2024-12-31")).findValues("type"))
                .extracting(n -> n.asText()).contains("interaction");
    }

    @Test
    void aBadChannelIsNamedAndNothingIsStored() throws Exception {
        String ann = customer("Ann", "ann");
        HttpResponse<String> refused = post("/customers/" + ann + "/interactions", "{\"channel\":\"fax\","
                + "\"direction\":\"inbound\",\"type\":\"inquiry\",\"summary\":\"hello\"}");
        assertThat(refused.statusCode()).isEqualTo(400);
        assertThat(refused.body()).contains("'channel' must be one of phone, email");
        assertThat(app.storage().interactions().count()).isZero();
    }

    @Test
    void anImportStoresTheGoodRowsAndNamesTheBadOnesByLineAndColumn() throws Exception {
        customer("Ann", "ann");
        String csv = "interaction_id,customer_id,channel,direction,type,summary,occurred_at,continues\n"
                + "m-1,ann,email,outbound,campaign-contact,spring offer,2024-03-01,\n"
                + "m-2,ann,email,inbound,feedback,liked it,2024-03-02,m-1\n"
                + "m-3,zed,email,inbound,feedback,who?,2024-03-02,\n"
                + "m-4,ann,pigeon,inbound,feedback,coo,2024-03-02,\n";
        HttpResponse<String> imported = post("/interactions/import?source=shop", "text/csv", csv, "imp-1");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).get("imported").asInt()).isEqualTo(2);
        // Unparseable rows are rejected as they are read, the others when their batch is written.
        assertThat(json(imported).get("rejects")).extracting(r -> r.get("line").asInt() + " " + r.get("field").asText())
                .containsExactlyInAnyOrder("4 customer_id", "5 channel");
        assertThat(app.storage().interactions().count()).isEqualTo(2);
        HttpResponse<String> again = post("/interactions/import?source=shop", "text/csv", csv, null);
        assertThat(json(again).get("duplicates").asInt()).isEqualTo(2);
        assertThat(app.storage().interactions().count()).isEqualTo(2);
    }
}
