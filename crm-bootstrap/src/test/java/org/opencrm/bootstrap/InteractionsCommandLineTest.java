package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm interactions add|list|import} with the real wiring on a real SQLite file. */
class InteractionsCommandLineTest {

    @TempDir
    Path dir;
    private String store;
    private final Crm crm = new Crm();

    @BeforeEach
    void aCustomer() throws Exception {
        store = "--store=sqlite:" + dir.resolve("crm.db");
        Crm.json(store, "customers", "add", "--name", "张伟", "--external-id", "shop:zw");
    }

    @Test
    void aContactIsAddedThreadedListedAndShownOnTheTimeline() throws Exception {
        JsonNode first = Crm.json(store, "interactions", "add", "--external-id", "shop:zw", "--id", "i-1",
                "--channel", "PHONE", "--direction", "inbound", "--type", "complaint", "--summary", "包裹迟到了",
                "--at", "2024-05-01T10:00:00Z").get(0);
        assertThat(first.get("channel").asText()).isEqualTo("phone");
        Crm.json(store, "interactions", "add", "--external-id", "shop:zw", "--id", "i-2", "--channel", "email",
                "--direction", "outbound", "--type", "follow-up", "--summary", "sent a new parcel", "--at",
                "2024-05-02T10:00:00Z", "--continues", "i-1");

        Crm.Result again = crm.run(store, "interactions", "add", "--external-id", "shop:zw", "--id", "i-1",
                "--channel", "visit", "--direction", "inbound", "--type", "complaint", "--summary", "other");
        assertThat(again.exitCode()).isEqualTo(5);
        assertThat(again.err()).contains("interaction id i-1 is already recorded with other content");

        Crm.Result list = crm.run(store, "--format", "csv", "interactions", "list", "--external-id", "shop:zw");
        assertThat(list.out()).startsWith("interaction_id,customer_id,channel,direction,type,summary,occurred_at")
                .contains("i-1", "包裹迟到了", "i-2");
        JsonNode timeline = Crm.json(store, "customers", "timeline", "--external-id", "shop:zw", "--as-of", "2024-12-31");
        assertThat(timeline.findValues("interactionId")).extracting(JsonNode::asText).containsExactly("i-1", "i-2");
    }

    @Test
    void duplicatesAreFoundByEmailAcrossSpellingsAndListedWithTheirRule() throws Exception {
        Crm.json(store, "customers", "add", "--name", "Zhang Wei", "--email", "Wei.Zhang+shop@Example.com");
        Crm.json(store, "customers", "add", "--name", "W. Zhang", "--email", "wei.zhang@example.com");
        JsonNode d = Crm.json(store, "customers", "duplicates", "--min-score", "0.9");
        assertThat(d.get("pairs").asInt()).isOne();
        assertThat(d.at("/candidates/0/rule").asText()).isEqualTo("SAME_EMAIL");
        assertThat(crm.run(store, "customers", "duplicates").out()).contains("SAME_EMAIL", "W. Zhang", "Zhang Wei");
    }

    @Test
    void badInputIsRefusedWithTheFieldNamedAndNothingStored() throws Exception {
        Crm.Result channel = crm.run(store, "interactions", "add", "--external-id", "shop:zw", "--channel", "fax",
                "--direction", "inbound", "--type", "inquiry", "--summary", "hello");
        assertThat(channel.exitCode()).isEqualTo(5);
        assertThat(channel.err()).contains("'channel' must be one of phone, email, visit, chat, social, letter");
        Crm.Result dangling = crm.run(store, "interactions", "add", "--external-id", "shop:zw", "--channel", "chat",
                "--direction", "inbound", "--type", "inquiry", "--summary", "hello", "--continues", "i-404");
        assertThat(dangling.exitCode()).isEqualTo(5);
        assertThat(dangling.err()).contains("'continues' names no interaction");
        Crm.Result nobody = crm.run(store, "interactions", "list", "--external-id", "shop:nobody");
        assertThat(nobody.exitCode()).isEqualTo(4);
        assertThat(Crm.json(store, "interactions", "list", "--external-id", "shop:zw")).isEmpty();
    }

    @Test
    void anImportKeepsTheGoodRowsWritesTheRejectsAndStoresNothingTwice() throws Exception {
        Path csv = dir.resolve("contacts.csv");
        Files.writeString(csv, "interaction_id,customer_id,channel,direction,type,summary,occurred_at,continues\n"
                + "m-1,zw,email,outbound,campaign-contact,spring offer,2024-03-01,\n"
                + "m-2,zw,email,inbound,feedback,\"liked it, thanks\",2024-03-02T08:30:00Z,m-1\n"
                + "m-3,zw,email,inbound,feedback,too early,2024-02-30,\n", StandardCharsets.UTF_8);
        Path rejects = dir.resolve("rejects.csv");
        Crm.Result first = crm.run(store, "--format", "json", "interactions", "import", csv.toString(), "--source", "shop", "--rejects",
                rejects.toString());
        assertThat(first.exitCode()).as(first.err()).isEqualTo(3);
        assertThat(first.out()).contains("\"imported\" : 2");
        assertThat(Files.readString(rejects)).contains("4", "occurred_at");
        Crm.Result second = crm.run(store, "--format", "json", "interactions", "import", csv.toString(), "--source", "shop", "--rejects",
                rejects.toString());
        assertThat(second.out()).contains("\"imported\" : 0", "\"duplicates\" : 2");
        assertThat(Crm.json(store, "interactions", "list", "--external-id", "shop:zw")).hasSize(2);
    }
}
