package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The product catalog import and the nine value-orientation types, end to end on SQLite. */
class ValueTypesTest {

    @TempDir
    Path dir;

    @Test
    void classifiesCustomersByWhatTheyBoughtAndSaysWhenItCannot() throws Exception {
        String store = "--store=sqlite:" + dir.resolve("crm.db");
        Path products = dir.resolve("products.csv");
        Files.writeString(products, String.join("\n",
                "product_id,category,launch_date,list_price,premium",
                "new-premium,audio,2024-06-01,100.00,true",
                "old-basic,audio,2020-01-01,20.00,false",
                "mid-basic,audio,2024-01-01,30.00,no",
                "bad-date,audio,2024-13-01,1.00,false",
                "bad-price,audio,2024-01-01,-5,false",
                ""), StandardCharsets.UTF_8);
        Crm.Result imported = new Crm().run(store, "import", "products", products.toString());
        assertThat(imported.exitCode()).as(imported.err()).isEqualTo(3);
        assertThat(imported.out()).contains("Read 5 rows: 3 imported, 0 updated, 0 duplicates skipped, 2 rejected");
        List<String> rejects = Files.readAllLines(dir.resolve("products.csv.rejects.csv"), StandardCharsets.UTF_8);
        assertThat(rejects.get(1)).contains(",5,launch_date,").contains("'2024-13-01' is not a date");
        assertThat(rejects.get(2)).contains(",6,list_price,").contains("must not be negative"); // the file's column
        // The same catalog again changes nothing.
        assertThat(new Crm().run(store, "import", "products", products.toString()).out())
                .contains("0 imported, 0 updated, 3 duplicates skipped");

        Path purchases = dir.resolve("purchases.csv");
        Files.writeString(purchases, String.join("\n",
                "purchase_id,customer_id,customer_name,occurred_at,amount,product_id,unit_price",
                // ann buys premium products right after their launch, at list price: future, psychological
                "a1,ann,Ann,2024-06-10,100.00,new-premium,100.00",
                "a2,ann,Ann,2024-07-01,100.00,new-premium,100.00",
                // ben buys the same old product again and again, below list price: past, economic
                "b1,ben,Ben,2024-02-01,15.00,old-basic,15.00",
                "b2,ben,Ben,2024-03-01,15.00,old-basic,15.00",
                "b3,ben,Ben,2024-04-01,15.00,old-basic,15.00",
                // cat buys a mid-life product at list price: present, functional
                "c1,cat,Cat,2024-09-01,30.00,mid-basic,30.00",
                // dan buys only what the catalog does not describe; eve's purchase names no product
                "d1,dan,Dan,2024-05-01,10.00,mystery,10.00",
                "e1,eve,Eve,2024-05-01,10.00,,",
                ""), StandardCharsets.UTF_8);
        assertThat(new Crm().run(store, "import", "purchases", purchases.toString()).exitCode()).isZero();

        Crm.Result report = new Crm().run(store, "--format", "json", "report", "value-types", "--as-of", "2024-12-31",
                "--list", "10");
        assertThat(report.exitCode()).as(report.err()).isZero();
        JsonNode r = new ObjectMapper().readTree(report.out());
        assertThat(r.get("customers").asLong()).isEqualTo(5);
        assertThat(r.get("classified").asLong()).isEqualTo(3);
        Map<String, String> typeOf = new HashMap<>();
        for (JsonNode c : r.get("listed")) {
            typeOf.put(c.get("name").asText(), c.get("type").asText());
        }
        assertThat(typeOf).containsEntry("Ann", "PERFECTIONIST").containsEntry("Ben", "CALCULATING")
                .containsEntry("Cat", "PRACTICAL").hasSize(3);
        Map<String, Long> causes = new HashMap<>();
        for (JsonNode u : r.get("insufficientData")) {
            causes.put(u.get("cause").asText(), u.get("customers").asLong());
        }
        assertThat(causes).containsEntry("CATALOG_INCOMPLETE", 1L).containsEntry("NO_LINE_ITEMS", 1L);
        long inTypes = 0;
        for (JsonNode t : r.get("types")) {
            inTypes += t.get("customers").asLong();
        }
        assertThat(inTypes).isEqualTo(3);

        // Before ann's purchases she is not in the base; nothing bought later counts.
        JsonNode early = new ObjectMapper().readTree(new Crm().run(store, "--format", "json", "report", "value-types",
                "--as-of", "2024-03-15").out());
        assertThat(early.get("customers").asLong()).isEqualTo(1);
        Crm.Result table = new Crm().run(store, "report", "value-types", "--as-of", "2024-12-31");
        assertThat(table.out()).contains("perfectionist", "calculating", "practical", "catalog_incomplete");
    }
}
