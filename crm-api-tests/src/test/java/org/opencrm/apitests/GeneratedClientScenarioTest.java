package org.opencrm.apitests;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.util.RawValue;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.opencrm.apiclient.ApiClient;
import org.opencrm.apiclient.ApiException;
import org.opencrm.apiclient.ApiResponse;
import org.opencrm.apiclient.api.ComplaintsApi;
import org.opencrm.apiclient.api.CustomersApi;
import org.opencrm.apiclient.api.FollowUpsApi;
import org.opencrm.apiclient.api.InteractionsApi;
import org.opencrm.apiclient.api.PurchasesApi;
import org.opencrm.apiclient.api.ReportsApi;
import org.opencrm.apiclient.model.ComplaintJson;
import org.opencrm.apiclient.model.ComplaintMoveJson;
import org.opencrm.apiclient.model.ComplaintReport;
import org.opencrm.apiclient.model.CustomerJson;
import org.opencrm.apiclient.model.FollowUpJson;
import org.opencrm.apiclient.model.ImportResultJson;
import org.opencrm.apiclient.model.InteractionJson;
import org.opencrm.apiclient.model.ItemsCustomerJson;
import org.opencrm.apiclient.model.LifecycleReport;
import org.opencrm.apiclient.model.NewComplaintJson;
import org.opencrm.apiclient.model.NewCustomerJson;
import org.opencrm.apiclient.model.NewInteractionJson;
import org.opencrm.bootstrap.Main;

/**
 * The integrator's view: a Java client generated at build time by openapi-generator from the document 'crm
 * openapi' wrote, driving a real 'crm serve' process on a real SQLite file. Nothing here knows our classes.
 */
class GeneratedClientScenarioTest {

    @TempDir
    Path dir;

    private Process server;
    private String base;
    private String token;

    @BeforeEach
    void serve() throws Exception {
        String store = "sqlite:" + dir.resolve("crm.db");
        StringWriter out = new StringWriter();
        int created = Main.run(new String[] {"--store", store, "--format", "json", "apikey", "create", "scenario",
                "--scope", "read,write"}, Map.of(), new PrintWriter(out, true), new PrintWriter(new StringWriter(), true));
        assertThat(created).isZero();
        token = new ObjectMapper().readTree(out.toString()).get("token").asText();
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        server = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-cp",
                System.getProperty("java.class.path"), Main.class.getName(), "--store", store, "serve", "--port",
                Integer.toString(port)).redirectErrorStream(true).redirectOutput(dir.resolve("serve.log").toFile()).start();
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
        for (int i = 0; i < 150; i++) {
            try {
                if (http.send(HttpRequest.newBuilder(URI.create(base + "/health")).build(),
                        HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("crm serve did not start: " + Files.readString(dir.resolve("serve.log")));
    }

    @AfterEach
    void stop() throws Exception {
        server.destroy();
        assertThat(server.waitFor(20, TimeUnit.SECONDS)).isTrue();
    }

    @Test
    void theClientWasGeneratedFromTheDocumentTheServerServes() throws Exception {
        ObjectMapper json = new ObjectMapper();
        String served = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build().send(HttpRequest.newBuilder(URI.create(base + "/openapi.json")).build(),
                HttpResponse.BodyHandlers.ofString()).body();
        assertThat(json.readTree(served)).isEqualTo(json.readTree(Path.of(System.getProperty("openapi.document")).toFile()));
    }

    /** The server speaks HTTP/1.1; the JDK client's default h2c upgrade offer is mishandled by Grizzly (docs/api.md). */
    private ApiClient http1(ApiClient client) {
        client.setHttpClientBuilder(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1));
        client.updateBaseUri(base);
        return client;
    }

    @Test
    void anIntegratorsDay() throws Exception {
        ApiClient client = http1(new ApiClient());
        client.setRequestInterceptor(request -> request.header("Authorization", "Bearer " + token));
        CustomersApi customers = new CustomersApi(client);
        PurchasesApi purchases = new PurchasesApi(client);
        ReportsApi reports = new ReportsApi(client);

        // Register five customers, one of them twice with the same Idempotency-Key (a retry): still five.
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            NewCustomerJson body = new NewCustomerJson().name("Customer " + i + " 客户").email("c" + i + "@example.com")
                    .putExternalIdsItem("shop", "s-" + i);
            ids.add(customers.createCustomer("register-" + i, body).getId());
        }
        assertThat(customers.createCustomer("register-0", new NewCustomerJson().name("Customer 0 客户")
                .email("c0@example.com").putExternalIdsItem("shop", "s-0")).getId()).isEqualTo(ids.get(0));

        // Import their purchases in bulk (NDJSON, sent verbatim), then the same file again: nothing twice.
        StringBuilder ndjson = new StringBuilder();
        for (int i = 0; i < 40; i++) {
            ndjson.append(String.format("{\"purchaseId\":\"o-%d\",\"customerExternalId\":\"s-%d\",\"occurredAt\":\"2026-%02d-15T10:00:00Z\","
                    + "\"amount\":\"%d.50\"}%n", i, i % 5, 1 + i % 10, 10 + i));
        }
        ImportResultJson imported = purchases.importPurchases(new RawValue(ndjson.toString()), "shop", "reject", null, "bulk-1");
        assertThat(imported.getImported()).isEqualTo(40);
        assertThat(imported.getRejected()).isZero();
        ImportResultJson again = purchases.importPurchases(new RawValue(ndjson.toString()), "shop", "reject", null, "bulk-2");
        assertThat(again.getImported()).isZero();
        assertThat(again.getDuplicates()).isEqualTo(40);

        // Page through the customers two at a time with the cursors the server hands out.
        List<String> paged = new ArrayList<>();
        String cursor = null;
        do {
            ItemsCustomerJson page = customers.listCustomers(2, cursor, null, null, null);
            page.getItems().forEach(c -> paged.add(c.getId()));
            cursor = page.getNextCursor();
        } while (cursor != null);
        assertThat(paged).containsExactlyInAnyOrderElementsOf(ids).doesNotHaveDuplicates();
        assertThat(customers.listCustomers(null, null, "shop:s-3", null, null).getItems()).extracting(CustomerJson::getId)
                .containsExactly(ids.get(3));
        assertThat(customers.listCustomers(10, null, null, null, "客户").getItems()).hasSize(5);

        // Update with If-Match; a second update with the now stale ETag gets 412 and changes nothing.
        ApiResponse<CustomerJson> read = customers.getCustomerWithHttpInfo(ids.get(1));
        String etag = read.getHeaders().get("etag").get(0);
        CustomerJson renamed = customers.updateCustomer(ids.get(1), etag, new NewCustomerJson().name("Renamed"));
        assertThat(renamed.getName()).isEqualTo("Renamed");
        assertThat(renamed.getEmail()).isEqualTo("c1@example.com");
        assertThatThrownBy(() -> customers.updateCustomer(ids.get(1), etag, new NewCustomerJson().name("Lost update")))
                .isInstanceOfSatisfying(ApiException.class, e -> {
                    assertThat(e.getCode()).isEqualTo(412);
                    assertThat(e.getResponseBody()).contains("\"status\"", "412");
                });
        assertThat(customers.getCustomer(ids.get(1)).getName()).isEqualTo("Renamed");

        // The lifecycle report sees every customer.
        LifecycleReport lifecycle = reports.lifecycleReport("2026-12-31", null, null, null, null, null);
        assertThat(lifecycle.getAsOf()).isEqualTo(LocalDate.of(2026, 12, 31));
        assertThat(lifecycle.getCustomers()).isEqualTo(5);

        // A call comes in, is answered by e-mail in the same thread, and turns into a complaint case that is
        // worked, resolved and followed up: each a typed call of the generated client.
        InteractionsApi interactions = new InteractionsApi(client);
        interactions.recordInteraction(ids.get(2), "call-1", new NewInteractionJson().interactionId("call-1")
                .channel(NewInteractionJson.ChannelEnum.PHONE).direction(NewInteractionJson.DirectionEnum.INBOUND)
                .type("complaint").summary("包裹迟到了").occurredAt(OffsetDateTime.parse("2026-11-02T09:00:00Z")));
        interactions.recordInteraction(ids.get(2), null, new NewInteractionJson().interactionId("mail-1")
                .channel(NewInteractionJson.ChannelEnum.EMAIL).direction(NewInteractionJson.DirectionEnum.OUTBOUND)
                .type("follow-up").summary("sent a new parcel").continues("call-1")
                .occurredAt(OffsetDateTime.parse("2026-11-02T11:00:00Z")));
        assertThat(interactions.listInteractions(ids.get(2)).getItems()).extracting(InteractionJson::getContinues)
                .containsExactly(null, "call-1");
        ComplaintsApi complaints = new ComplaintsApi(client);
        complaints.openComplaint(ids.get(2), "case-1", new NewComplaintJson().complaintId("k-1").category("delivery")
                .severity(NewComplaintJson.SeverityEnum.HIGH).summary("parcel late")
                .openedAt(OffsetDateTime.parse("2026-11-02T09:05:00Z")));
        assertThatThrownBy(() -> complaints.moveComplaint("k-1", null, new ComplaintMoveJson()
                .status(ComplaintMoveJson.StatusEnum.CLOSED)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(400));
        complaints.moveComplaint("k-1", null, new ComplaintMoveJson().status(ComplaintMoveJson.StatusEnum.IN_PROGRESS)
                .at(OffsetDateTime.parse("2026-11-02T10:00:00Z")));
        ComplaintJson resolved = complaints.moveComplaint("k-1", null, new ComplaintMoveJson()
                .status(ComplaintMoveJson.StatusEnum.RESOLVED).resolution("resent")
                .at(OffsetDateTime.parse("2026-11-03T10:00:00Z")));
        assertThat(resolved.getStatus()).isEqualTo(ComplaintJson.StatusEnum.RESOLVED);
        FollowUpsApi followUps = new FollowUpsApi(client);
        assertThat(followUps.listFollowUps(null, "true", null).getItems()).extracting(FollowUpJson::getFollowUpId)
                .containsExactly("complaint:k-1:0");
        assertThat(followUps.completeFollowUp("complaint:k-1:0", null).getDoneAt()).isNotNull();
        ComplaintReport book = reports.complaintReport("2026-12-31", null, null, null, null);
        assertThat(book.getTotal().getResolved()).isEqualTo(1L);
        assertThat(book.getTotal().getMedianResolutionHours()).isCloseTo(24.92, org.assertj.core.data.Offset.offset(0.001));

        // Without the key: 401, as the document says.
        ApiClient anonymous = http1(new ApiClient());
        assertThatThrownBy(() -> new CustomersApi(anonymous).getCustomer(ids.get(0)))
                .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.getCode()).isEqualTo(401));
    }
}
