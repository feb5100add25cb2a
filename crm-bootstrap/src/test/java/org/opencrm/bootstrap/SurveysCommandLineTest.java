package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm surveys ...}, {@code crm report surveys} and the attitudinal loyalty models on a real SQLite file. */
class SurveysCommandLineTest {

    @TempDir
    Path dir;
    private String store;
    private final Crm crm = new Crm();

    @BeforeEach
    void customers() throws Exception {
        store = "--store=sqlite:" + dir.resolve("crm.db");
        Crm.json(store, "customers", "add", "--name", "张伟", "--external-id", "shop:zw", "--created-at",
                "2024-01-01T00:00:00Z");
        Crm.json(store, "customers", "add", "--name", "Li Na", "--external-id", "shop:ln", "--created-at",
                "2024-01-01T00:00:00Z");
    }

    @Test
    void answersAreImportedCheckedAndReportedByEveryModel() throws Exception {
        Path csv = dir.resolve("answers.csv");
        Files.writeString(csv, "response_id,customer_id,answered_at,satisfaction,recommend,repurchase_intention,"
                + "commitment,involvement,other_providers\n"
                + "s-1,zw,2024-05-01,5,10,5,5,5,0\n"
                + "s-2,ln,2024-05-01,3,6,3,2,2,4\n"
                + "s-3,ln,2024-05-02,3,6,9,2,2,4\n", StandardCharsets.UTF_8);
        Crm.Result imported = crm.run(store, "--format", "json", "surveys", "import", csv.toString(), "--source",
                "shop", "--rejects", dir.resolve("rejects.csv").toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(3);
        assertThat(Files.readString(dir.resolve("rejects.csv"))).contains("repurchase_intention", "1..5");

        JsonNode nps = Crm.json(store, "report", "surveys", "--as-of", "2024-12-31");
        assertThat(nps.at("/nps/score").asDouble()).isEqualTo(0.0); // one promoter, one detractor
        JsonNode knox = Crm.json(store, "report", "loyalty", "--model", "knox", "--as-of", "2024-12-31");
        assertThat(knox.get("classified").asInt()).isEqualTo(2);
        assertThat(knox.findValues("loyaltyClass")).extracting(JsonNode::asText).contains("LOYAL", "BRAND_SWITCHER");
        JsonNode dickBasu = Crm.json(store, "report", "loyalty", "--model", "dick-basu", "--as-of", "2024-12-31",
                "--attitude-cut", "2.5");
        // Neither bought: 张伟's attitude 5 is latent loyalty, Li Na's 2.5 reaches the lowered line too.
        assertThat(dickBasu.at("/classes/1/loyaltyClass").asText()).isEqualTo("LATENT_LOYALTY");
        assertThat(dickBasu.at("/classes/1/customers").asInt()).isEqualTo(2);
        Crm.Result table = crm.run(store, "report", "loyalty", "--model", "bradt", "--as-of", "2024-12-31");
        assertThat(table.out()).contains("SECURE", "VULNERABLE", "Unclassified");

        JsonNode quality = Crm.json(store, "report", "quality", "--external-id", "shop:zw", "--as-of", "2024-12-31");
        // 张伟: satisfaction 5 and commitment 5 -> 100 each; no trust answer, no contact.
        assertThat(quality.at("/customer/quality/index").asDouble()).isEqualTo(100.0);
        Crm.Result card = crm.run(store, "report", "6i", "--as-of", "2024-12-31");
        assertThat(card.out()).contains("INFORMATION", "INVESTMENT", "no data", "INTENTION");

        Crm.Result wrong = crm.run(store, "report", "loyalty", "--model", "diamond");
        assertThat(wrong.exitCode()).isEqualTo(2);
        assertThat(wrong.err()).contains("reinartz-kumar, dick-basu, knox, bradt");
    }

    @Test
    void oneAnswerIsAddedAndAnOffScaleOneRefusedNamingIt() throws Exception {
        JsonNode added = Crm.json(store, "surveys", "add", "--external-id", "shop:zw", "--recommend", "9", "--at",
                "2024-05-01T00:00:00Z").get(0);
        assertThat(added.get("recommend").asInt()).isEqualTo(9);
        Crm.Result off = crm.run(store, "surveys", "add", "--external-id", "shop:zw", "--trust", "0");
        assertThat(off.exitCode()).isEqualTo(5);
        assertThat(off.err()).contains("'trust' must be 1..5, got 0");
        assertThat(Crm.json(store, "surveys", "list", "--external-id", "shop:zw")).hasSize(1);
    }
}
