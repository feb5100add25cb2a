package org.opencrm.adapter.cli.importing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.adapter.cli.support.InputException;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase.PurchaseRow;

class CsvTableTest {

    @Test
    void readsRowsByFieldNameInAnyColumnOrderWithLineNumbers() {
        List<ImportRow<PurchaseRow>> rows = read("amount,occurred_at,customer_id,purchase_id,currency\n"
                + "12.50,2024-01-02,c1,t1,EUR\n\n\"7.00\",20240103,\"c,2\",t2,\n", Map.of());
        assertThat(rows).hasSize(2);
        PurchaseRow first = ((ImportRow.Parsed<PurchaseRow>) rows.get(0)).value();
        assertThat(first.amount().toString()).isEqualTo("12.50 EUR");
        assertThat(rows.get(0).position().line()).isEqualTo(2);
        PurchaseRow second = ((ImportRow.Parsed<PurchaseRow>) rows.get(1)).value();
        assertThat(second.customerExternalId()).isEqualTo("c,2");
        assertThat(second.amount().currency().getCurrencyCode()).isEqualTo("USD");
        assertThat(rows.get(1).position().line()).isEqualTo(4);
    }

    @Test
    void aBadCellBecomesARejectNamingTheFieldAndTheValue() {
        List<ImportRow<PurchaseRow>> rows = read("purchase_id,customer_id,occurred_at,amount\n"
                + "t1,c1,2024-01-02,ten\nt2,,2024-01-02,1\nt4,c4,2024-01-02\n", Map.of());
        assertThat(rows).allMatch(r -> r instanceof ImportRow.Unparsed);
        assertThat(rows).extracting(r -> ((ImportRow.Unparsed<PurchaseRow>) r).rejection())
                .extracting(RejectedRow::field, RejectedRow::reason)
                .containsExactly(
                        tuple("amount", "is not a decimal number: 'ten'"),
                        tuple("customer_id", "is empty"),
                        tuple("row", "has 3 fields, the header has 4"));
    }

    @Test
    void theMappingRenamesColumnsAndUnknownFieldsAreRefused() {
        List<ImportRow<PurchaseRow>> rows = read("ID,Client,When,Total\nt1,c1,2024-01-02,3\n",
                Map.of("purchase_id", "id", "customer_id", "client", "occurred_at", "when", "amount", "total"));
        assertThat(rows).singleElement().isInstanceOf(ImportRow.Parsed.class);
        assertThatThrownBy(() -> read("a\n1\n", Map.of("price", "a")))
                .isInstanceOf(InputException.class).hasMessageContaining("unknown field 'price'");
    }

    @Test
    void missingColumnsAndEmptyFilesStopBeforeAnyRow() {
        assertThatThrownBy(() -> read("purchase_id,amount\n", Map.of()))
                .isInstanceOf(InputException.class)
                .hasMessageContaining("f.csv: line 1: missing columns 'customer_id', 'occurred_at'");
        assertThatThrownBy(() -> read("", Map.of())).isInstanceOf(InputException.class).hasMessageContaining("empty file");
    }

    @Test
    void anUnclosedQuoteSwallowsTheRestOfTheFileIntoOneRejectedRow() {
        List<ImportRow<PurchaseRow>> rows = read("purchase_id,customer_id,occurred_at,amount\n"
                + "t1,c1,2024-01-02,1\n\"t2,c2,2024-01-02,2\nt3,c3,2024-01-02,3\n", Map.of());
        assertThat(rows).hasSize(2);
        assertThat(rows.get(1)).isInstanceOfSatisfying(ImportRow.Unparsed.class, u -> {
            assertThat(u.rejection().position().line()).isEqualTo(3);
            assertThat(u.rejection().reason()).isEqualTo("has 1 fields, the header has 4");
        });
    }

    private static List<ImportRow<PurchaseRow>> read(String csv, Map<String, String> mapping) {
        List<ImportRow<PurchaseRow>> rows = new ArrayList<>();
        table(csv, mapping).forEachRemaining(rows::add);
        return rows;
    }

    private static Iterator<ImportRow<PurchaseRow>> table(String csv, Map<String, String> mapping) {
        CsvTable table = new CsvTable("f.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ',',
                mapping, ImportPurchasesCommand.REQUIRED, ImportPurchasesCommand.FIELDS);
        return table.rows(row -> ImportPurchasesCommand.parse(row, "USD"));
    }

}
