package org.opencrm.adapter.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrm.adapter.cli.support.ExitCodes;

/** The commands over the application's fakes: what they print, where, and with which exit code. */
class CommandsOverFakesTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final CliOverFakes crm = new CliOverFakes();

    @TempDir
    Path dir;

    @Test
    void aCustomerAddedIsListedAndShownInEveryFormat() throws Exception {
        CliOverFakes.Result added = crm.run("customers", "add", "--name", "张伟 🐉", "--email", "zw@example.org",
                "--external-id", "shop:zw-1");
        assertThat(added.exitCode()).as(added.err()).isZero();
        assertThat(crm.app.storage().customers().count()).isOne();

        JsonNode list = JSON.readTree(crm.run("--format", "json", "customers", "list").out());
        String id = list.at("/items/0/id").asText();
        assertThat(list.at("/items/0/name").asText()).isEqualTo("张伟 🐉");
        assertThat(list.at("/items/0/externalIds/0").asText()).isEqualTo("shop:zw-1");
        assertThat(crm.run("--format", "csv", "customers", "list").out()).contains(id + ",张伟 🐉,shop:zw-1");
        assertThat(crm.run("customers", "show", id).out()).contains("zw@example.org");

        CliOverFakes.Result unknown = crm.run("customers", "show", "nobody");
        assertThat(unknown.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(unknown.err()).startsWith("crm: ").doesNotContain("Exception", "\tat ");
    }

    @Test
    void anImportStoresTheGoodRowsAndWritesTheBadOnesBesideTheFile() throws Exception {
        Path file = dir.resolve("orders.csv");
        Files.writeString(file, "purchase_id,customer_id,occurred_at,amount\n"
                + "p-1,c-1,2024-01-02,3.00\np-2,c-1,2024-01-03,abc\n", StandardCharsets.UTF_8);
        CliOverFakes.Result run = crm.run("import", "purchases", file.toString());
        assertThat(run.exitCode()).as(run.err()).isEqualTo(ExitCodes.REJECTED_ROWS);
        assertThat(crm.app.storage().purchases().count()).isOne();
        assertThat(Files.readString(dir.resolve("orders.csv.rejects.csv")))
                .contains("3,amount,").contains("p-2,c-1,2024-01-03,abc");

        Files.writeString(file, "purchase_id,client,occurred_at,amount\np-3,c-1,2024-01-02,3.00\n");
        CliOverFakes.Result missing = crm.run("import", "purchases", file.toString());
        assertThat(missing.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(missing.err()).contains("missing column 'customer_id'", "--map customer_id=COLUMN");
        assertThat(crm.app.storage().purchases().count()).isOne();
    }

    @Test
    void aReportPrintsOneSectionAsCsvAndRefusesASectionItDoesNotHave() throws Exception {
        Path file = dir.resolve("p.csv");
        Files.writeString(file, "purchase_id,customer_id,occurred_at,amount\np-1,c-1,2024-12-01,5.30\n");
        assertThat(crm.run("import", "purchases", file.toString()).exitCode()).isZero();

        CliOverFakes.Result csv = crm.run("--format", "csv", "report", "lifecycle", "--as-of", "2024-12-31",
                "--section", "stages");
        assertThat(csv.exitCode()).as(csv.err()).isZero();
        assertThat(csv.out()).startsWith("stage,phase,customers,share,revenue.USD\n").contains(",1,1.0000,5.30\n");
        JsonNode json = JSON.readTree(crm.run("--format", "json", "report", "lifecycle", "--as-of", "2024-12-31").out());
        assertThat(json.at("/revenue/USD").asText()).isEqualTo("5.30");

        CliOverFakes.Result wrong = crm.run("--format", "csv", "report", "lifecycle", "--section", "stage");
        assertThat(wrong.exitCode()).isEqualTo(ExitCodes.DATA);
        assertThat(wrong.err()).contains("[phases, stages, transitions, conversions]");
        assertThat(crm.run("report", "lifecycle", "--help").out()).contains("--section");
    }

    @Test
    void aValueReportWithoutAFitSaysWhichCommandToRun() {
        CliOverFakes.Result value = crm.run("report", "value", "--as-of", "2024-12-31");
        assertThat(value.exitCode()).isEqualTo(ExitCodes.NOT_FOUND);
        assertThat(value.err()).contains("crm model fit");
    }
}
