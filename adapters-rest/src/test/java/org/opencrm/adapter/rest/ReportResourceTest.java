package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import org.junit.jupiter.api.Test;

class ReportResourceTest extends ServedOverFakes {

    @Test
    void theLifecycleReportIsOneDocumentInJsonAndOneOfItsListsInCsv() throws Exception {
        String ann = json(post("/customers", "{\"name\":\"Ann\"}")).get("id").asText();
        post("/customers/" + ann + "/purchases", "{\"purchaseId\":\"p-1\",\"occurredAt\":\"2024-12-01T10:00:00Z\","
                + "\"amount\":\"5.30\",\"currency\":\"USD\"}");

        HttpResponse<String> report = get("/reports/lifecycle?asOf=2024-12-31");
        assertThat(report.statusCode()).as(report.body()).isEqualTo(200);
        assertThat(json(report).at("/revenue/USD").asText()).isEqualTo("5.30");
        assertThat(json(report).get("customers").asLong()).isOne();

        HttpResponse<String> csv = get("/reports/lifecycle?asOf=2024-12-31&format=csv&section=stages");
        assertThat(csv.statusCode()).isEqualTo(200);
        assertThat(csv.body()).startsWith("stage,phase,customers,share,revenue.USD\r\n").contains(",1,1.0000,5.30\r\n");

        HttpResponse<String> wrong = get("/reports/lifecycle?asOf=2024-12-31&format=csv&section=stage");
        assertThat(wrong.statusCode()).isEqualTo(400);
        assertThat(wrong.body()).contains("[phases, stages, transitions, conversions]");
    }

    @Test
    void aReportIsAlsoAPageAtItsNameDotHtml() throws Exception {
        String ann = json(post("/customers", "{\"name\":\"张伟\"}")).get("id").asText();
        post("/customers/" + ann + "/purchases", "{\"purchaseId\":\"p-1\",\"occurredAt\":\"2024-12-01T10:00:00Z\","
                + "\"amount\":\"1234.50\",\"currency\":\"USD\"}");

        HttpResponse<String> page = get("/reports/lifecycle.html?asOf=2024-12-31");
        assertThat(page.statusCode()).as(page.body()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/html"));
        assertThat(page.body()).startsWith("<!DOCTYPE html>").contains("<svg class=\"chart\"", "Customers by lifecycle stage",
                "1,234.50");
        HttpResponse<String> zh = get("/reports/lifecycle?asOf=2024-12-31&format=html&locale=zh-CN");
        assertThat(zh.body()).contains("lang=\"zh-CN\"", "各生命周期阶段的客户数");
        assertThat(get("/reports/lifecycle.html?locale=xx-nonsense-tag").statusCode()).isEqualTo(400);
        assertThat(get("/reports/rfm.html?asOf=2024-12-31").body()).contains("Customers by RFM segment");
    }

    @Test
    void aValueReportWithoutAFitIsUnprocessableAndSaysWhatToRun() throws Exception {
        HttpResponse<String> value = get("/reports/value?asOf=2024-12-31");
        assertThat(value.statusCode()).as(value.body()).isEqualTo(422);
        assertThat(value.body()).contains("crm model fit");
    }
}
