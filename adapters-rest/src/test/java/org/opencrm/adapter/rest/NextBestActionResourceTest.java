package org.opencrm.adapter.rest;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.money.Money;
import org.opencrm.domain.product.Category;
import org.opencrm.domain.product.ProductId;
import org.opencrm.domain.purchase.Channel;
import org.opencrm.domain.purchase.LineItem;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;

class NextBestActionResourceTest extends ServedOverFakes {

    private void bought(String purchase, String customer, String product, String price) {
        app.storage().purchases().add(new Purchase(PurchaseId.of(purchase), CustomerId.of(customer),
                LocalDate.of(2024, 6, 1).atTime(12, 0).toInstant(ZoneOffset.UTC), Money.of(price, "USD"),
                List.of(new LineItem(ProductId.of(product), Optional.of(Category.of("tea")), 1, Money.of(price, "USD"),
                        Optional.empty())), Channel.of("web")));
    }

    /**
     * ann and bob buy 茶 and cup on one day, cy 茶 alone, dee cake: 茶 is in 3 of 4 baskets, cup in 2, both in 2, so
     * 茶 -> cup has confidence 2/3 and lift 4/3, cup -> 茶 confidence 1 and lift 4/3.
     */
    private void aBase() {
        for (String id : List.of("ann", "bob", "cy", "dee")) {
            app.storage().customers().save(new Customer(CustomerId.of(id), id, List.of(), List.of(),
                    MarketingConsent.NONE, Map.of(), AcquisitionSource.UNKNOWN,
                    java.time.Instant.parse("2024-01-01T00:00:00Z")));
            bought(id + "-1", id, id.equals("dee") ? "cake" : "茶", "10.00");
        }
        bought("ann-2", "ann", "cup", "4.00");
        bought("bob-2", "bob", "cup", "4.00");
    }

    @Test
    void rulesAreMinedOverHttpAndDriveTheCustomersActions() throws Exception {
        aBase();
        assertThat(get("/reports/rules?asOf=2024-06-30").statusCode()).isEqualTo(422);
        HttpResponse<String> mined = post("/rules", "application/json", "{\"asOf\":\"2024-06-30\"}", "mine-1");
        assertThat(mined.statusCode()).as(mined.body()).isEqualTo(201);
        assertThat(json(mined).get("rulesInSet").asInt()).isEqualTo(2);
        HttpResponse<String> again = post("/rules", "application/json", "{\"asOf\":\"2024-06-30\"}", "mine-1");
        assertThat(again.body()).isEqualTo(mined.body());

        JsonNode rules = json(get("/reports/rules?asOf=2024-12-31&top=1"));
        assertThat(rules.get("rules")).hasSize(1);
        assertThat(rules.at("/rules/0/antecedent").asText()).isEqualTo("cup");
        assertThat(rules.at("/rules/0/lift").asDouble()).isEqualTo(1.333333);

        JsonNode cy = json(get("/customers/cy/next-best-actions?asOf=2024-06-30"));
        assertThat(cy.at("/actions/0/action").asText()).isEqualTo("cross-sell");
        assertThat(cy.at("/actions/0/subject").asText()).isEqualTo("cup");
        assertThat(cy.at("/actions/0/expectedValue/USD").asText()).isEqualTo("2.67");

        JsonNode all = json(get("/segments/all/next-best-actions?asOf=2024-06-30"));
        assertThat(all.get("customers")).extracting(c -> c.get("customerId").asText())
                .containsExactly("ann", "bob", "cy", "dee");
        assertThat(all.get("actions")).hasSize(1);
        HttpResponse<String> csv = send(request("/segments/all/next-best-actions?asOf=2024-06-30&section=actions")
                .header("Accept", "text/csv").GET().build());
        assertThat(csv.body()).startsWith("customerId,rank,action,subject,reason,").contains("cy,1,cross-sell,cup,");
    }

    @Test
    void refusesBadThresholdsAndUnknownCustomersAsProblems() throws Exception {
        aBase();
        HttpResponse<String> bad = post("/rules", "{\"minLift\":-1}");
        assertThat(bad.statusCode()).isEqualTo(400);
        assertThat(bad.body()).contains("minLift");
        assertThat(get("/customers/nobody/next-best-actions").statusCode()).isEqualTo(404);
        assertThat(get("/segments/nope/next-best-actions").statusCode()).isEqualTo(404);
        assertThat(get("/customers/cy/next-best-actions?asOf=yesterday").statusCode()).isEqualTo(400);
    }
}
