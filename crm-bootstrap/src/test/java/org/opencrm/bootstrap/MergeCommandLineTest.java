package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm customers merge} with the real wiring on a real SQLite file: every relation checked after it. */
class MergeCommandLineTest {

    @TempDir
    Path dir;
    private String store;
    private final Crm crm = new Crm();
    private String survivor;
    private String absorbed;

    @BeforeEach
    void twoRecordsOfOnePersonWithFactsOnTheSecond() throws Exception {
        store = "--store=sqlite:" + dir.resolve("crm.db");
        survivor = Crm.json(store, "customers", "add", "--name", "张伟", "--external-id", "shop:zw", "--phone",
                "+86 10 1234 5678", "--created-at", "2024-02-01T00:00:00Z").get("id").asText();
        absorbed = Crm.json(store, "customers", "add", "--name", "Wei Zhang", "--external-id", "shop:wz", "--email",
                "wei@example.com", "--attr", "city=北京", "--created-at", "2024-01-01T00:00:00Z").get("id").asText();
        Path purchases = dir.resolve("purchases.csv");
        Files.writeString(purchases, "purchase_id,customer_id,occurred_at,amount\np-1,wz,2024-03-01,25.00\n",
                StandardCharsets.UTF_8);
        assertThat(crm.run(store, "import", "purchases", purchases.toString(), "--source", "shop").exitCode()).isZero();
        Crm.json(store, "interactions", "add", "--external-id", "shop:wz", "--id", "i-1", "--channel", "phone",
                "--direction", "inbound", "--type", "question", "--summary", "问了配送", "--at", "2024-03-02T10:00:00Z");
        Crm.json(store, "complaints", "open", "--external-id", "shop:wz", "--id", "k-1", "--category", "delivery",
                "--summary", "late", "--at", "2024-03-03T10:00:00Z");
        Crm.json(store, "followups", "add", "--external-id", "shop:wz", "--id", "f-1", "--due", "2024-03-10",
                "--reason", "call back");
        Crm.json(store, "surveys", "add", "--external-id", "shop:wz", "--satisfaction", "4", "--at",
                "2024-03-04T00:00:00Z");
    }

    @Test
    void everyRelationMovesAndTheAbsorbedIdsKeepResolving() throws Exception {
        JsonNode merge = Crm.json(store, "customers", "merge", survivor, absorbed);
        assertThat(merge.get("survivorId").asText()).isEqualTo(survivor);
        assertThat(merge.get("moved").toString()).isEqualTo("{\"purchases\":1,\"interactions\":1,\"complaints\":1,"
                + "\"followUps\":1,\"surveyResponses\":1,\"externalIds\":1,\"campaignMemberships\":0}");
        assertThat(merge.get("filledFields")).extracting(JsonNode::asText)
                .containsExactly("email", "attributes.city", "createdAt");

        JsonNode shown = Crm.json(store, "customers", "show", absorbed, "--as-of", "2024-12-31");
        assertThat(shown.at("/customer/id").asText()).isEqualTo(survivor);
        assertThat(shown.at("/customer/name").asText()).isEqualTo("张伟");
        assertThat(shown.at("/customer/email").asText()).isEqualTo("wei@example.com");
        assertThat(shown.at("/standing/merges/0/absorbedId").asText()).isEqualTo(absorbed);
        assertThat(shown.at("/standing/relationship/openComplaints").asInt()).isOne();
        assertThat(shown.at("/standing/relationship/latestSatisfaction").asInt()).isEqualTo(4);
        assertThat(crm.run(store, "customers", "show", survivor).out()).contains("Merge log", "Wei Zhang",
                "survey_responses");
        assertThat(crm.run(store, "--format", "csv", "customers", "merge", survivor, absorbed).out()).startsWith(
                "merged_at,absorbed_id,absorbed_name,into,purchases,interactions,complaints,follow_ups,"
                        + "survey_responses,external_ids,campaign_memberships,filled")
                .contains(",1,1,1,1,1,1,0,email attributes.city createdAt");

        for (String key : new String[] {survivor, absorbed}) {
            assertThat(Crm.json(store, "interactions", "list", key)).hasSize(1);
        }
        assertThat(Crm.json(store, "interactions", "list", "--external-id", "shop:wz").get(0).get("customerId")
                .asText()).isEqualTo(survivor);
        assertThat(Crm.json(store, "complaints", "list").get(0).get("customerId").asText()).isEqualTo(survivor);
        assertThat(Crm.json(store, "followups", "list").get(0).get("customerId").asText()).isEqualTo(survivor);
        assertThat(Crm.json(store, "surveys", "list", "--external-id", "shop:zw")).hasSize(1);
        JsonNode timeline = Crm.json(store, "customers", "timeline", absorbed, "--as-of", "2024-12-31");
        assertThat(timeline.toString()).contains("p-1", "i-1", "k-1", "f-1");

        // An import naming the absorbed record's external id lands on the survivor.
        Path more = dir.resolve("more.csv");
        Files.writeString(more, "purchase_id,customer_id,occurred_at,amount\np-2,wz,2024-04-01,10.00\n",
                StandardCharsets.UTF_8);
        assertThat(crm.run(store, "import", "purchases", more.toString(), "--source", "shop").exitCode()).isZero();
        assertThat(Crm.json(store, "customers", "list").get("items")).hasSize(1);
        assertThat(Crm.json(store, "report", "lifecycle", "--as-of", "2024-12-31").get("customers").asInt()).isOne();

        // Again: the first merge's entry, nothing moved twice.
        assertThat(Crm.json(store, "customers", "merge", survivor, absorbed).get("mergedAt"))
                .isEqualTo(merge.get("mergedAt"));
    }

    @Test
    void badMergesAreRefusedWithTheFieldNamedAndNothingChanged() throws Exception {
        Crm.Result self = crm.run(store, "customers", "merge", survivor, survivor);
        assertThat(self.exitCode()).isEqualTo(5);
        assertThat(self.err()).contains("'absorbed' is the survivor itself");
        Crm.Result unknown = crm.run(store, "customers", "merge", survivor, "c-nobody");
        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).contains("c-nobody");
        assertThat(Crm.json(store, "customers", "list").get("items")).hasSize(2);

        String third = Crm.json(store, "customers", "add", "--name", "Other").get("id").asText();
        assertThat(crm.run(store, "customers", "merge", survivor, absorbed).exitCode()).isZero();
        Crm.Result intoAbsorbed = crm.run(store, "customers", "merge", absorbed, third);
        assertThat(intoAbsorbed.exitCode()).isEqualTo(5);
        assertThat(intoAbsorbed.err()).contains("'survivor' " + absorbed + " was merged into " + survivor);
        Crm.Result absorbedAgain = crm.run(store, "customers", "merge", third, absorbed);
        assertThat(absorbedAgain.exitCode()).isEqualTo(5);
        assertThat(absorbedAgain.err()).contains("'absorbed' " + absorbed + " was merged into " + survivor);
        assertThat(Crm.json(store, "customers", "list").get("items")).hasSize(2);
    }
}
