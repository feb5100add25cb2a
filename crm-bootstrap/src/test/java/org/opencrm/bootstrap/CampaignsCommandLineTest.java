package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm campaigns start|list|respond} and {@code crm report campaign} on a real SQLite file. */
class CampaignsCommandLineTest {

    @TempDir
    Path dir;
    private String store;
    private final Crm crm = new Crm();

    @BeforeEach
    void twentyCustomersOfASegment() throws Exception {
        store = "--store=sqlite:" + dir.resolve("crm.db");
        for (int i = 0; i < 20; i++) {
            if (i < 16) {
                Crm.json(store, "customers", "add", "--name", "客户 " + i, "--attr", "region=north", "--consent-email",
                        "--created-at", "2024-01-01T00:00:00Z");
            } else {
                Crm.json(store, "customers", "add", "--name", "No consent " + i, "--attr", "region=north",
                        "--created-at", "2024-01-01T00:00:00Z");
            }
        }
        Crm.json(store, "segments", "save", "north", "attr.region = north");
    }

    @Test
    void aCampaignIsStartedAnsweredAndMeasuredAgainstItsControlGroup() throws Exception {
        Crm.Result started = crm.run(store, "campaigns", "start", "Spring mailing", "--id", "cmp-1", "--segment", "north",
                "--channel", "email", "--offer", "spring catalogue", "--cost-per-contact", "0.50", "--fixed-cost", "10",
                "--control", "0.25", "--seed", "7", "--start", "2024-03-01");
        assertThat(started.exitCode()).as(started.err()).isZero();
        assertThat(started.err()).contains("started cmp-1: 12 to contact, 4 held out, 4 left out without email consent");

        JsonNode campaigns = Crm.json(store, "campaigns", "list");
        assertThat(campaigns.get(0).get("excludedWithoutConsent").asInt()).isEqualTo(4);
        JsonNode report = Crm.json(store, "report", "campaign", "cmp-1");
        assertThat(report.at("/treated/members").asInt()).isEqualTo(12);
        assertThat(report.at("/control/members").asInt()).isEqualTo(4);
        assertThat(report.at("/cost/USD").asText()).isEqualTo("16.00");
        // No purchases and no value fits by the start: every member's tier and RFM segment are unknown, and said so.
        assertThat(report.at("/breakdown/0/dimension").asText()).isEqualTo("tier");
        assertThat(report.at("/breakdown/0/value").asText()).isEqualTo("unclassified");
        assertThat(report.at("/breakdown/0/treated/members").asInt() + report.at("/breakdown/0/control/members").asInt())
                .isEqualTo(16);
        assertThat(report.at("/notes/0").asText()).contains("no value fits calibrated on or before the start");
        assertThat(crm.run(store, "--format", "csv", "report", "campaign", "cmp-1", "--section", "breakdown").out())
                .startsWith("by,kind,contacted,response_rate,control,control_rate,lift,lower,upper")
                .contains("tier,unclassified,12,", "rfm_segment,unclassified,12,");

        // Every consenting member of the segment is in the snapshot, contacted or held out: all of them respond.
        JsonNode members = Crm.json(store, "segments", "members", "north");
        int responded = 0;
        String first = null;
        for (JsonNode m : members.get("members")) {
            if (m.get("name").asText().startsWith("客户")) {
                first = first == null ? m.get("customerId").asText() : first;
                Crm.Result r = crm.run(store, "campaigns", "respond", "cmp-1", "--customer", m.get("customerId").asText(),
                        "--converted", "--revenue", "20");
                assertThat(r.exitCode()).as(r.err()).isZero();
                responded++;
            }
        }
        assertThat(responded).isEqualTo(16);
        assertThat(crm.run(store, "campaigns", "respond", "cmp-1", "--customer", first, "--converted", "--revenue", "20")
                .out()).contains("already recorded");
        Crm.Result twice = crm.run(store, "campaigns", "respond", "cmp-1", "--customer", first, "--responded");
        assertThat(twice.exitCode()).isEqualTo(5);
        assertThat(twice.err()).contains("a member responds once");
        JsonNode measured = Crm.json(store, "report", "campaign", "cmp-1");
        assertThat(measured.at("/treated/converted").asInt() + measured.at("/control/converted").asInt()).isEqualTo(16);
        assertThat(measured.at("/treated/revenue/USD").asText()).isEqualTo("240.00");
        assertThat(measured.at("/responseLift/difference").asDouble()).isZero();
        assertThat(measured.at("/responseLift/significant").asBoolean()).isFalse();
        Crm.Result stranger = crm.run(store, "campaigns", "respond", "cmp-1", "--customer", "c-nobody", "--responded");
        assertThat(stranger.exitCode()).isEqualTo(4);
        Crm.Result unknown = crm.run(store, "report", "campaign", "nope");
        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).contains("no campaign nope");
        assertThat(crm.run(store, "report", "campaign", "cmp-1").out()).contains("Lift over control", "contacted",
                "control");
    }

    @Test
    void responsesAreImportedFromCsvOncePerMemberWithEachRejectNamed() throws Exception {
        Crm.json(store, "customers", "add", "--name", "Outsider", "--external-id", "shop:out", "--attr", "region=south",
                "--consent-email");
        for (int i = 0; i < 3; i++) {
            Crm.json(store, "customers", "add", "--name", "Member " + i, "--external-id", "shop:m" + i, "--attr",
                    "region=east", "--consent-email", "--created-at", "2024-01-01T00:00:00Z");
        }
        Crm.json(store, "segments", "save", "east", "attr.region = east");
        Crm.Result started = crm.run(store, "campaigns", "start", "East", "--id", "east-1", "--segment", "east",
                "--channel", "email", "--offer", "o", "--cost-per-contact", "1", "--control", "0.3", "--seed", "1",
                "--start", "2024-03-01");
        assertThat(started.exitCode()).as(started.err()).isZero();
        Path csv = dir.resolve("responses.csv");
        Files.writeString(csv, "customer_id,responded,converted,revenue,responded_at\n"
                + "m0,yes,yes,25.50,2024-03-04T10:00:00Z\n"
                + "m1,no,,,\n"
                + "m2,maybe,,,\n"
                + "out,yes,,,\n"
                + "ghost,yes,,,\n"
                + "m0,yes,no,,\n", StandardCharsets.UTF_8);
        Path rejects = dir.resolve("rejects.csv");
        Crm.Result first = crm.run(store, "--format", "json", "campaigns", "import", "east-1", csv.toString(),
                "--source", "shop", "--rejects", rejects.toString());
        // Three rejected rows make exit 3 (imported with rejects); m0's second, different response is one of them.
        assertThat(first.exitCode()).as(first.err()).isEqualTo(3);
        assertThat(first.out()).contains("\"imported\" : 2", "\"rejected\" : 4");
        assertThat(Files.readString(rejects)).contains("responded", "is not one of true, false", "not in campaign east-1",
                "unknown customer shop:ghost", "a member responds once");
        Crm.Result again = crm.run(store, "--format", "json", "campaigns", "import", "east-1", csv.toString(),
                "--source", "shop", "--rejects", rejects.toString());
        assertThat(again.out()).contains("\"imported\" : 0", "\"duplicates\" : 2");
        JsonNode report = Crm.json(store, "report", "campaign", "east-1");
        assertThat(report.at("/treated/converted").asInt() + report.at("/control/converted").asInt()).isEqualTo(1);
        assertThat(report.at("/treated/responded").asInt() + report.at("/control/responded").asInt()).isEqualTo(1);
        Crm.Result unknown = crm.run(store, "campaigns", "import", "nope", csv.toString(), "--source", "shop");
        assertThat(unknown.exitCode()).isEqualTo(4);
        assertThat(unknown.err()).contains("no campaign nope");
    }

    @Test
    void badCampaignsAreRefusedClearly() {
        Crm.Result fraction = crm.run(store, "campaigns", "start", "x", "--segment", "north", "--channel", "email",
                "--offer", "o", "--cost-per-contact", "1", "--control", "0.6");
        assertThat(fraction.exitCode()).isEqualTo(5);
        assertThat(fraction.err()).contains("'controlFraction' must be more than 0 and at most 0.5");
        Crm.Result segment = crm.run(store, "campaigns", "start", "x", "--segment", "nope", "--channel", "email",
                "--offer", "o", "--cost-per-contact", "1");
        assertThat(segment.exitCode()).isEqualTo(4);
        Crm.Result channel = crm.run(store, "campaigns", "start", "x", "--segment", "north", "--channel", "fax",
                "--offer", "o", "--cost-per-contact", "1");
        assertThat(channel.exitCode()).isEqualTo(5);
        assertThat(channel.err()).contains("'channel' must be one of");
    }
}
