package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class PurchaseResourceTest extends ServedOverFakes {

    private String customer(String name) throws Exception {
        return json(post("/customers", "{\"name\":\"" + name + "\"}")).get("id").asText();
    }

    @Test
    void aPurchaseIdIsItsIdempotencyKeyButNeverShowsAnotherCustomersPurchase() throws Exception {
        String ann = customer("Ann");
        String bob = customer("Bob");
        String body = "{\"purchaseId\":\"p-1\",\"occurredAt\":\"2024-05-01T10:00:00Z\",\"amount\":\"12.50\","
                + "\"currency\":\"EUR\"}";
        HttpResponse<String> first = post("/customers/" + ann + "/purchases", body);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(201);
        assertThat(first.headers().firstValue("Location")).hasValue("/customers/" + ann + "/purchases/p-1");

        HttpResponse<String> again = post("/customers/" + ann + "/purchases", body);
        assertThat(again.statusCode()).isEqualTo(200);
        assertThat(json(again).get("amount").asText()).isEqualTo("12.50");
        assertThat(json(again).get("currency").asText()).isEqualTo("EUR");

        HttpResponse<String> elsewhere = post("/customers/" + bob + "/purchases", body);
        assertThat(elsewhere.statusCode()).isEqualTo(409);
        assertThat(elsewhere.body()).doesNotContain(ann, "12.50");
        assertThat(app.storage().purchases().count()).isOne();
    }

    @Test
    void anImportMissingAColumnIsRefusedWholeWithoutTheCommandLinesHints() throws Exception {
        customer("Ann");
        HttpResponse<String> refused = post("/purchases/import", "text/csv",
                "purchase_id,client,occurred_at,amount\np-1,c-1,2024-01-01,3.00\n", null);
        assertThat(refused.statusCode()).as(refused.body()).isEqualTo(400);
        assertThat(refused.body()).contains("missing column 'customer_id'").doesNotContain("--map");
        assertThat(app.storage().purchases().count()).isZero();
    }

    @Test
    void anImportStoresTheGoodRowsAndNamesTheBadOnesByLineAndColumn() throws Exception {
        HttpResponse<String> imported = post("/purchases/import", "text/csv",
                "purchase_id,customer_id,occurred_at,amount\np-1,c-1,2024-01-01,3.00\np-2,c-1,2024-01-02,abc\n",
                "import-1");
        assertThat(imported.statusCode()).as(imported.body()).isEqualTo(200);
        assertThat(json(imported).at("/rejects/0/line").asInt()).isEqualTo(3);
        assertThat(json(imported).at("/rejects/0/field").asText()).isEqualTo("amount");
        assertThat(app.storage().purchases().count()).isOne();
        HttpResponse<String> replayed = post("/purchases/import", "text/csv",
                "purchase_id,customer_id,occurred_at,amount\np-1,c-1,2024-01-01,3.00\np-2,c-1,2024-01-02,abc\n",
                "import-1");
        assertThat(replayed.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(replayed.body()).isEqualTo(imported.body());
    }
}
