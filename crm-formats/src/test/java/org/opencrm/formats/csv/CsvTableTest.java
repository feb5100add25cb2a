package org.opencrm.formats.csv;

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
                .isInstanceOf(CsvFormatException.class).hasMessageContaining("unknown field 'price'");
    }

    @Test
    void missingColumnsAndEmptyFilesStopBeforeAnyRow() {
        assertThatThrownBy(() -> read("purchase_id,amount\n", Map.of()))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("f.csv: line 1: missing columns 'customer_id', 'occurred_at'");
        assertThatThrownBy(() -> read("", Map.of())).isInstanceOf(CsvFormatException.class).hasMessageContaining("empty file");
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

    @Test
    void bytesThatAreNotValidUtf8ShouldRejectTheirRowNamingColumnAndByteAndLeaveTheOthers() {
        byte[] head = "purchase_id,customer_id,occurred_at,amount\nt1,ok,2024-01-02,1\nt2,ab".getBytes(StandardCharsets.UTF_8);
        byte[] bad = {(byte) 0xC3, (byte) 0x28};                    // a lead byte with no continuation
        byte[] tail = "cd,2024-01-02,2\nt3,张伟,2024-01-02,3\nt4,\uFFFD,2024-01-02,4\n".getBytes(StandardCharsets.UTF_8);
        List<ImportRow<PurchaseRow>> rows = readBytes(concat(head, bad, tail), StandardCharsets.UTF_8, Map.of());
        assertThat(rows).hasSize(4);
        assertThat(rows.get(0)).isInstanceOf(ImportRow.Parsed.class);
        assertThat(rows.get(1)).isInstanceOfSatisfying(ImportRow.Unparsed.class, u -> {
            assertThat(u.rejection().position().line()).isEqualTo(3);
            assertThat(u.rejection().field()).isEqualTo("customer_id");
            assertThat(u.rejection().reason()).isEqualTo("not valid UTF-8 at byte 3 of the cell");
        });
        // Real Chinese text, and a replacement character sent as such, are kept exactly.
        assertThat(((ImportRow.Parsed<PurchaseRow>) rows.get(2)).value().customerExternalId()).isEqualTo("张伟");
        assertThat(((ImportRow.Parsed<PurchaseRow>) rows.get(3)).value().customerExternalId()).isEqualTo("\uFFFD");
    }

    @Test
    void aFileInAnotherEncodingShouldBeReadWithItsNameAndRefusedWithAHintWithout() {
        byte[] gb = "purchase_id,客户,occurred_at,amount\nt1,张伟,2024-01-02,1\n".getBytes(java.nio.charset.Charset.forName("GB18030"));
        assertThatThrownBy(() -> readBytes(gb, StandardCharsets.UTF_8, Map.of("customer_id", "客户")))
                .isInstanceOf(CsvFormatException.class)
                .satisfies(e -> assertThat(((CsvFormatException) e).problem())
                        .isEqualTo("f.csv: line 1, column 2: not valid UTF-8 at byte 1 of the header"))
                .hasMessageContaining("--encoding GB18030");
        List<ImportRow<PurchaseRow>> rows = readBytes(gb, java.nio.charset.Charset.forName("GB18030"),
                Map.of("customer_id", "客户"));
        assertThat(((ImportRow.Parsed<PurchaseRow>) rows.get(0)).value().customerExternalId()).isEqualTo("张伟");
        byte[] bom = concat(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF},
                "purchase_id,customer_id,occurred_at,amount\nt1,c1,2024-01-02,1\n".getBytes(StandardCharsets.UTF_8));
        assertThat(readBytes(bom, StandardCharsets.UTF_8, Map.of())).singleElement().isInstanceOf(ImportRow.Parsed.class);
    }

    @Test
    void rejectsShouldNameTheFilesOwnColumnsAndTheFieldAtFault() {
        Map<String, String> mapping = Map.of("purchase_id", "id", "customer_id", "client", "occurred_at", "when",
                "amount", "total");
        List<ImportRow<PurchaseRow>> rows = read("ID,Client,When,Total,Currency\n"
                + "t1,c1,2024-01-02,3,XYZ\nt2,c2,2024-01-02,3.001,USD\n", mapping);
        assertThat(rows).extracting(r -> ((ImportRow.Unparsed<PurchaseRow>) r).rejection())
                .extracting(RejectedRow::field).containsExactly("Currency", "Total");
        // The import service refuses a customer id in the domain's words: the file's column is named instead.
        CsvTable table = new CsvTable("f.csv", new ByteArrayInputStream("ID,Client,When,Total\n".getBytes(
                StandardCharsets.UTF_8)), ',', mapping, PurchaseCsv.REQUIRED, PurchaseCsv.FIELDS);
        org.opencrm.application.port.in.importing.SourcePosition at =
                new org.opencrm.application.port.in.importing.SourcePosition("f.csv", 4);
        assertThat(table.inColumns(new RejectedRow(at, "externalId", "is longer than 128")).field()).isEqualTo("Client");
        assertThat(table.inColumns(new RejectedRow(at, "customer", "unknown")).field()).isEqualTo("customer");
    }

    @Test
    void theMissingColumnHintShouldSuggestALikelyColumnOrNone() {
        assertThatThrownBy(() -> read("purchase_id,customer,occurred_at,amount\n", Map.of()))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageEndingWith("; if column 'customer' holds it: --map customer_id=customer");
        assertThatThrownBy(() -> read("purchase_id,customer_id,when,total\n", Map.of()))
                .isInstanceOf(CsvFormatException.class)
                .hasMessageContaining("--map amount=COLUMN").hasMessageNotContaining("--map amount=when");
    }

    private static byte[] concat(byte[]... parts) {
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
        for (byte[] p : parts) {
            out.writeBytes(p);
        }
        return out.toByteArray();
    }

    private static List<ImportRow<PurchaseRow>> readBytes(byte[] bytes, java.nio.charset.Charset charset,
                                                          Map<String, String> mapping) {
        CsvTable table = new CsvTable("f.csv", new ByteArrayInputStream(bytes), charset, ',', mapping,
                PurchaseCsv.REQUIRED, PurchaseCsv.FIELDS);
        List<ImportRow<PurchaseRow>> rows = new ArrayList<>();
        table.rows(row -> PurchaseCsv.parse(row, "USD")).forEachRemaining(rows::add);
        return rows;
    }

    private static List<ImportRow<PurchaseRow>> read(String csv, Map<String, String> mapping) {
        List<ImportRow<PurchaseRow>> rows = new ArrayList<>();
        table(csv, mapping).forEachRemaining(rows::add);
        return rows;
    }

    private static Iterator<ImportRow<PurchaseRow>> table(String csv, Map<String, String> mapping) {
        CsvTable table = new CsvTable("f.csv", new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8)), ',',
                mapping, PurchaseCsv.REQUIRED, PurchaseCsv.FIELDS);
        return table.rows(row -> PurchaseCsv.parse(row, "USD"));
    }

}
