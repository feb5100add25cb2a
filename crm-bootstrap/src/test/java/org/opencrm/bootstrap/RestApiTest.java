package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code crm serve} on a real port over a real SQLite file, driven with the JDK's HTTP client. */
class RestApiTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Thread server;
    private final AtomicInteger exit = new AtomicInteger(-1);
    private String base;

    @BeforeEach
    void serve() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        String store = "sqlite:" + dir.resolve("crm.db");
        server = new Thread(() -> exit.set(new Crm().run("--store", store, "serve", "--port", Integer.toString(port)).exitCode()));
        server.start();
        for (int i = 0; i < 100; i++) {
            try {
                if (get("/health").statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException notYet) {
                Thread.sleep(100);
            }
        }
        throw new AssertionError("crm serve did not answer on " + base);
    }

    @AfterEach
    void stop() throws Exception {
        server.interrupt();
        server.join(10_000);
        assertThat(exit.get()).isZero();
    }

    @Test
    void registersReadsAndPagesCustomers() throws Exception {
        assertThat(JSON.readTree(get("/health").body()).get("status").asText()).isEqualTo("UP");
        assertThat(JSON.readTree(get("/version").body()).get("version").asText()).startsWith("crm ");

        HttpResponse<String> created = post("/customers",
                "{\"name\":\"张伟 🐉\",\"email\":\"zw@example.cn\",\"externalIds\":{\"shop\":\"4711\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode customer = JSON.readTree(created.body());
        String id = customer.get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValue(base + "/customers/" + id);
        assertThat(customer.get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");

        JsonNode read = JSON.readTree(get("/customers/" + id).body());
        assertThat(read.get("name").asText()).isEqualTo("张伟 🐉");
        assertThat(read.at("/externalIds/shop").asText()).isEqualTo("4711");

        for (int i = 0; i < 3; i++) {
            assertThat(post("/customers", "{\"name\":\"Customer " + i + "\"}").statusCode()).isEqualTo(201);
        }
        JsonNode first = JSON.readTree(get("/customers?limit=3").body());
        assertThat(first.get("items")).hasSize(3);
        JsonNode rest = JSON.readTree(get("/customers?limit=3&after=" + first.get("nextCursor").asText()).body());
        assertThat(rest.get("items")).hasSize(1);
        assertThat(rest.get("nextCursor").isNull()).isTrue();
    }

    @Test
    void updatesNeedTheCurrentETagAndOfTwoRacingUpdatesExactlyOneWins() throws Exception {
        HttpResponse<String> created = post("/customers", "{\"name\":\"Ada\",\"email\":\"ada@example.com\"}");
        String id = JSON.readTree(created.body()).get("id").asText();
        String etag = created.headers().firstValue("ETag").orElseThrow();
        assertThat(get("/customers/" + id).headers().firstValue("ETag")).hasValue(etag);

        assertThat(patch("/customers/" + id, null, "{\"name\":\"Ada L.\"}").statusCode()).isEqualTo(428);
        HttpResponse<String> renamed = patch("/customers/" + id, etag, "{\"name\":\"Ada Lovelace\"}");
        assertThat(renamed.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(renamed.body()).get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(JSON.readTree(renamed.body()).get("email").asText()).isEqualTo("ada@example.com");
        String newTag = renamed.headers().firstValue("ETag").orElseThrow();
        assertThat(newTag).isNotEqualTo(etag);

        // The old ETag is stale now: refused, nothing changed.
        HttpResponse<String> stale = patch("/customers/" + id, etag, "{\"name\":\"Someone Else\"}");
        assertThat(stale.statusCode()).isEqualTo(412);
        assertThat(JSON.readTree(stale.body()).get("title").asText()).isEqualTo("Precondition failed");
        assertThat(JSON.readTree(get("/customers/" + id).body()).get("name").asText()).isEqualTo("Ada Lovelace");

        // Two clients with the same ETag at the same moment: exactly one update lands.
        java.util.concurrent.ExecutorService two = java.util.concurrent.Executors.newFixedThreadPool(2);
        java.util.concurrent.CountDownLatch go = new java.util.concurrent.CountDownLatch(1);
        java.util.List<java.util.concurrent.Future<Integer>> racing = new java.util.ArrayList<>();
        for (String name : java.util.List.of("First", "Second")) {
            racing.add(two.submit(() -> {
                go.await();
                return patch("/customers/" + id, newTag, "{\"name\":\"" + name + "\"}").statusCode();
            }));
        }
        go.countDown();
        java.util.List<Integer> statuses = new java.util.ArrayList<>();
        for (java.util.concurrent.Future<Integer> f : racing) {
            statuses.add(f.get(10, java.util.concurrent.TimeUnit.SECONDS));
        }
        two.shutdown();
        assertThat(statuses).containsExactlyInAnyOrder(200, 412);
    }

    @Test
    void bulkImportsNdjsonWithTheCliSemantics() throws Exception {
        String lines = String.join("\n",
                "{\"purchaseId\":\"b-1\",\"customerId\":\"c-1\",\"customerName\":\"Ann\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"amount\":\"10.00\"}",
                "{\"purchaseId\":\"b-2\",\"customerId\":\"c-1\",\"occurredAt\":\"2026-02-01T00:00:00Z\",\"amount\":5.5}",
                "{\"purchaseId\":\"b-3\",\"customerId\":\"c-2\",\"occurredAt\":\"2026-02-01T00:00:00Z\",\"amount\":\"1.234\"}",
                "{\"purchaseId\":\"b-4\",\"customerId\":\"c-2\",\"occurredAt\":\"2026-02-01T00:00:00Z\",\"amount\":\"1\",\"colour\":\"red\"}",
                "not json",
                "",
                "{\"purchaseId\":\"b-5\",\"customerId\":\"c-3\",\"occurredAt\":\"2026-03-01T00:00:00Z\",\"amount\":\"7\",\"currency\":\"JPY\"}");
        HttpResponse<String> first = http.send(HttpRequest.newBuilder(URI.create(base + "/purchases/import"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(lines)).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode summary = JSON.readTree(first.body());
        assertThat(summary.get("read").asLong()).isEqualTo(6);
        assertThat(summary.get("imported").asLong()).isEqualTo(3);
        assertThat(summary.get("rejected").asLong()).isEqualTo(3);
        assertThat(summary.get("customersRegistered").asLong()).isEqualTo(2);
        assertThat(summary.at("/rejects/0/line").asLong()).isEqualTo(3);
        assertThat(summary.at("/rejects/0/field").asText()).isEqualTo("amount");
        assertThat(summary.at("/rejects/1/field").asText()).isEqualTo("colour");
        assertThat(summary.at("/rejects/2/line").asLong()).isEqualTo(5);

        // The same body again: every good line is a duplicate, nothing stored twice.
        JsonNode again = JSON.readTree(http.send(HttpRequest.newBuilder(URI.create(base + "/purchases/import"))
                .header("Content-Type", "application/x-ndjson").POST(HttpRequest.BodyPublishers.ofString(lines)).build(),
                HttpResponse.BodyHandlers.ofString()).body());
        assertThat(again.get("imported").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(3);
        assertThat(JSON.readTree(get("/customers").body()).get("items")).hasSize(2);
    }

    @Test
    void recordsPurchasesIdempotentlyWithExactAmounts() throws Exception {
        String id = JSON.readTree(post("/customers", "{\"name\":\"Ada\"}").body()).get("id").asText();
        String body = "{\"id\":\"order-1\",\"occurredAt\":\"2026-11-23T10:15:30Z\",\"amount\":\"0.30\","
                + "\"currency\":\"EUR\",\"channel\":\"Web\"}";
        HttpResponse<String> first = post("/customers/" + id + "/purchases", body);
        assertThat(first.statusCode()).isEqualTo(201);
        assertThat(JSON.readTree(first.body()).get("amount").asText()).isEqualTo("0.30");
        // The same purchase id again: the stored purchase, not a second one.
        HttpResponse<String> replay = post("/customers/" + id + "/purchases", body.replace("0.30", "99.00"));
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(replay.body()).get("amount").asText()).isEqualTo("0.30");
        assertThat(post("/customers/" + id + "/purchases",
                "{\"occurredAt\":\"2026-11-24T08:00:00Z\",\"amount\":12.5}").statusCode()).isEqualTo(201);

        JsonNode list = JSON.readTree(get("/customers/" + id + "/purchases").body());
        assertThat(list.get("items")).hasSize(2);
        assertThat(list.at("/items/0/id").asText()).isEqualTo("order-1");
        assertThat(list.at("/items/1/amount").asText()).isEqualTo("12.50");

        JsonNode lifecycle = JSON.readTree(get("/reports/lifecycle?asOf=2026-12-31").body());
        assertThat(lifecycle.get("customers").asLong()).isEqualTo(1);
        assertThat(lifecycle.get("asOf").asText()).isEqualTo("2026-12-31");
        assertThat(JSON.readTree(get("/reports/rfm?asOf=2026-12-31&bins=3").body()).get("customers").asLong())
                .isEqualTo(1);
        HttpResponse<String> unfitted = get("/reports/value?asOf=2026-12-31");
        assertThat(unfitted.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(unfitted.body()).get("detail").asText()).contains("no fit of bgnbd yet");
        HttpResponse<String> badDate = get("/reports/lifecycle?asOf=yesterday");
        assertThat(badDate.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badDate.body()).at("/errors/0/field").asText()).isEqualTo("asOf");

        HttpResponse<String> tooPrecise = post("/customers/" + id + "/purchases",
                "{\"occurredAt\":\"2026-11-24T08:00:00Z\",\"amount\":\"1.005\"}");
        assertThat(tooPrecise.statusCode()).isEqualTo(400);
        assertThat(post("/customers/nobody/purchases", body).statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("/customers/" + id + "/purchases").body()).get("items")).hasSize(2);
    }

    @Test
    void everyResponseCarriesARequestIdAndOversizeBodiesAreRefused() throws Exception {
        HttpResponse<String> health = http.send(HttpRequest.newBuilder(URI.create(base + "/health"))
                .header("Request-Id", "trace-42").GET().build(), HttpResponse.BodyHandlers.ofString());
        assertThat(health.headers().firstValue("Request-Id")).hasValue("trace-42");
        HttpResponse<String> missing = get("/customers/nobody");
        String id = missing.headers().firstValue("Request-Id").orElseThrow();
        assertThat(JSON.readTree(missing.body()).get("requestId").asText()).isEqualTo(id);

        String huge = "{\"name\":\"" + "x".repeat(2 << 20) + "\"}";
        HttpResponse<String> tooLarge = post("/customers", huge);
        assertThat(tooLarge.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(tooLarge.body()).get("title").asText()).isEqualTo("Payload too large");
        assertThat(JSON.readTree(get("/customers").body()).get("items")).isEmpty();
    }

    @Test
    void theOpenApiDocumentDescribesExactlyTheRoutesServed() throws Exception {
        JsonNode api = JSON.readTree(get("/openapi.json").body());
        assertThat(api.get("openapi").asText()).isEqualTo("3.1.0");
        java.util.Set<String> documented = new java.util.TreeSet<>();
        for (java.util.Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (java.util.Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                documented.add(method.getKey().toUpperCase(java.util.Locale.ROOT) + " " + path.getKey());
            }
        }
        java.util.Set<String> served = new java.util.TreeSet<>();
        for (Class<?> resource : java.util.List.of(org.opencrm.adapter.rest.customer.CustomerResource.class,
                org.opencrm.adapter.rest.purchase.PurchaseResource.class,
                org.opencrm.adapter.rest.report.ReportResource.class,
                org.opencrm.adapter.rest.purchase.PurchaseImportResource.class,
                org.opencrm.adapter.rest.system.SystemResource.class)) {
            String root = resource.getAnnotation(jakarta.ws.rs.Path.class).value();
            for (java.lang.reflect.Method m : resource.getMethods()) {
                for (java.lang.annotation.Annotation a : m.getAnnotations()) {
                    jakarta.ws.rs.HttpMethod verb = a.annotationType().getAnnotation(jakarta.ws.rs.HttpMethod.class);
                    if (verb != null) {
                        jakarta.ws.rs.Path sub = m.getAnnotation(jakarta.ws.rs.Path.class);
                        String path = ("/" + root + "/" + (sub == null ? "" : sub.value())).replaceAll("/+", "/");
                        served.add(verb.value() + " " + (path.length() > 1 && path.endsWith("/")
                                ? path.substring(0, path.length() - 1) : path));
                    }
                }
            }
        }
        assertThat(documented).isEqualTo(served).contains("POST /customers", "GET /customers/{customerId}/purchases");
    }

    @Test
    void badRequestsGetProblemDocumentsAndChangeNothing() throws Exception {
        HttpResponse<String> missing = get("/customers/nobody");
        assertThat(missing.statusCode()).isEqualTo(404);
        assertThat(missing.headers().firstValue("Content-Type")).hasValueSatisfying(
                t -> assertThat(t).startsWith("application/problem+json"));
        JsonNode problem = JSON.readTree(missing.body());
        assertThat(problem.get("status").asInt()).isEqualTo(404);
        assertThat(problem.get("detail").asText()).isEqualTo("no customer nobody");
        assertThat(problem.get("instance").asText()).isEqualTo("/customers/nobody");
        assertThat(problem.get("requestId").asText()).isNotBlank();

        HttpResponse<String> malformed = post("/customers", "{\"name\": ");
        assertThat(malformed.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(malformed.body()).get("title").asText()).isEqualTo("Malformed JSON");

        HttpResponse<String> unknown = post("/customers", "{\"name\":\"A\",\"nickname\":\"B\"}");
        assertThat(unknown.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(unknown.body()).at("/errors/0/field").asText()).isEqualTo("nickname");

        HttpResponse<String> wrongType = post("/customers", "{\"name\":[1,2]}");
        assertThat(wrongType.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(wrongType.body()).at("/errors/0/field").asText()).isEqualTo("name");

        HttpResponse<String> noName = post("/customers", "{\"email\":\"a@example.com\"}");
        assertThat(noName.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noName.body()).at("/errors/0/field").asText()).isEqualTo("name");

        HttpResponse<String> badLimit = get("/customers?limit=5000");
        assertThat(badLimit.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badLimit.body()).at("/errors/0/field").asText()).isEqualTo("limit");

        assertThat(get("/no-such-route").statusCode()).isEqualTo(404);
        assertThat(JSON.readTree(get("/customers").body()).get("items")).isEmpty();
        assertThat(get("/customers").body()).doesNotContain("Exception", "at org.");
    }

    private HttpResponse<String> get(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> patch(String path, String ifMatch, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/merge-patch+json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private HttpResponse<String> post(String path, String body) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(body)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
