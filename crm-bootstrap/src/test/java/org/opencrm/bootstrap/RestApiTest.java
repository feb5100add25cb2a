package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** {@code crm serve} on a real port over a real SQLite file, driven with the JDK's HTTP client. */
class RestApiTest extends ServedApiTest {

    @Test
    void registersReadsAndPagesCustomers() throws Exception {
        assertThat(JSON.readTree(get("/health").body()).get("status").asText()).isEqualTo("UP");
        assertThat(JSON.readTree(get("/version").body()).get("version").asText()).startsWith("crm ");

        HttpResponse<String> created = post("/customers",
                "{\"name\":\"张伟 🐉\",\"email\":\"zw@example.cn\",\"externalIds\":{\"shop\":\"4711\"}}");
        assertThat(created.statusCode()).isEqualTo(201);
        JsonNode customer = JSON.readTree(created.body());
        String id = customer.get("id").asText();
        assertThat(created.headers().firstValue("Location")).hasValue("/customers/" + id); // relative: never built from the Host header
        assertThat(customer.get("createdAt").asText()).matches("\\d{4}-\\d{2}-\\d{2}T.*Z");

        JsonNode read = JSON.readTree(get("/customers/" + id).body());
        assertThat(read.get("name").asText()).isEqualTo("张伟 🐉");
        assertThat(read.at("/externalIds/0").asText()).isEqualTo("shop:4711");

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
                "{\"purchaseId\":\"b-1\",\"customerExternalId\":\"c-1\",\"customerName\":\"Ann\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"amount\":\"10.00\"}",
                "{\"purchaseId\":\"b-2\",\"customerExternalId\":\"c-1\",\"occurredAt\":\"2026-02-01T00:00:00Z\",\"amount\":5.5}",
                "{\"purchaseId\":\"b-3\",\"customerExternalId\":\"c-2\",\"occurredAt\":\"2026-02-01T00:00:00Z\",\"amount\":\"1.234\"}",
                "{\"purchaseId\":\"b-4\",\"customerExternalId\":\"c-2\",\"occurredAt\":\"2026-02-01T00:00:00Z\",\"amount\":\"1\",\"colour\":\"red\"}",
                "not json",
                "",
                "{\"purchaseId\":\"b-5\",\"customerExternalId\":\"c-3\",\"occurredAt\":\"2026-03-01T00:00:00Z\",\"amount\":\"7\",\"currency\":\"JPY\"}");
        HttpResponse<String> first = post("/purchases/import", "application/x-ndjson", lines, admin, null);
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
        JsonNode again = JSON.readTree(post("/purchases/import", "application/x-ndjson", lines, admin, null).body());
        assertThat(again.get("imported").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(3);
        assertThat(JSON.readTree(get("/customers").body()).get("items")).hasSize(2);
    }

    @Test
    void extremeAmountsShouldBeRefusedByFieldQuicklyWhileTheRestOfAnImportIsStored() throws Exception {
        String id = JSON.readTree(post("/customers", "{\"name\":\"Big\"}").body()).get("id").asText();
        for (String amount : new String[] {"\"1e1000000000\"", "\"1e-10000000\"", "1e400", "\"92233720368547758.07\"",
                "\"10000000000000.01\"", "\"-1\""}) {
            long start = System.nanoTime();
            HttpResponse<String> refused = post("/customers/" + id + "/purchases",
                    "{\"occurredAt\":\"2026-01-01T00:00:00Z\",\"amount\":" + amount + "}");
            assertThat(refused.statusCode()).as(amount + ": " + refused.body()).isEqualTo(400);
            assertThat(refused.body()).as(amount).contains("amount").hasSizeLessThan(2_000);
            assertThat(System.nanoTime() - start).as(amount).isLessThan(2_000_000_000L);
        }
        String lines = "{\"purchaseId\":\"b1\",\"customerExternalId\":\"big\",\"occurredAt\":\"2026-01-01T00:00:00Z\",\"amount\":\"1e400\"}\n"
                + "{\"purchaseId\":\"b2\",\"customerExternalId\":\"big\",\"occurredAt\":\"2026-01-02T00:00:00Z\",\"amount\":\"10000000000000.00\"}\n"
                + "{\"purchaseId\":\"b3\",\"customerExternalId\":\"big\",\"occurredAt\":\"2026-01-03T00:00:00Z\",\"amount\":\"0.001\"}\n"
                + "{\"purchaseId\":\"b4\",\"customerExternalId\":\"big\",\"occurredAt\":\"2026-01-04T00:00:00Z\",\"amount\":\"10000000000000.00\"}\n";
        JsonNode summary = JSON.readTree(post("/purchases/import", "application/x-ndjson", lines, admin, null).body());
        assertThat(summary.get("imported").asLong()).isEqualTo(2);
        assertThat(summary.get("rejected").asLong()).isEqualTo(2);
        assertThat(summary.at("/rejects/0/line").asLong()).isEqualTo(1);
        assertThat(summary.at("/rejects/0/field").asText()).isEqualTo("amount");
        assertThat(summary.at("/rejects/1/line").asLong()).isEqualTo(3);
        assertThat(JSON.readTree(get("/reports/lifecycle?asOf=2026-12-31").body()).at("/revenue/USD").asText())
                .isEqualTo("20000000000000.00");
    }

    @Test
    void recordsPurchasesIdempotentlyWithExactAmounts() throws Exception {
        String id = JSON.readTree(post("/customers", "{\"name\":\"Ada\"}").body()).get("id").asText();
        String body = "{\"purchaseId\":\"order-1\",\"occurredAt\":\"2026-11-23T10:15:30Z\",\"amount\":\"0.30\","
                + "\"currency\":\"EUR\",\"channel\":\"Web\"}";
        HttpResponse<String> first = post("/customers/" + id + "/purchases", body);
        assertThat(first.statusCode()).isEqualTo(201);
        // Every 201 says where the new resource is, and it can be read there by its own customer only.
        assertThat(first.headers().firstValue("Location")).hasValue("/customers/" + id + "/purchases/order-1");
        assertThat(JSON.readTree(get("/customers/" + id + "/purchases/order-1").body()).get("amount").asText())
                .isEqualTo("0.30");
        assertThat(JSON.readTree(first.body()).get("amount").asText()).isEqualTo("0.30");
        // The same purchase again (a retry): the stored purchase, not a second one.
        HttpResponse<String> replay = post("/customers/" + id + "/purchases", body);
        assertThat(replay.statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(replay.body()).get("amount").asText()).isEqualTo("0.30");
        // Other content under the same id is no retry: refused, and nothing stored is shown.
        HttpResponse<String> changed = post("/customers/" + id + "/purchases", body.replace("0.30", "99.00"));
        assertThat(changed.statusCode()).isEqualTo(409);
        assertThat(changed.body()).doesNotContain("0.30");
        // Another customer naming this purchase's id learns nothing of it, not even whose it is.
        String other = JSON.readTree(post("/customers", "{\"name\":\"Eve\"}").body()).get("id").asText();
        HttpResponse<String> foreign = post("/customers/" + other + "/purchases", body);
        assertThat(foreign.statusCode()).isEqualTo(409);
        assertThat(foreign.body()).doesNotContain(id).doesNotContain("0.30").doesNotContain("Ada");
        assertThat(get("/customers/" + other + "/purchases/order-1").statusCode()).isEqualTo(404);
        assertThat(post("/customers/" + id + "/purchases",
                "{\"occurredAt\":\"2026-11-24T08:00:00Z\",\"amount\":12.5}").statusCode()).isEqualTo(201);

        JsonNode list = JSON.readTree(get("/customers/" + id + "/purchases").body());
        assertThat(list.get("items")).hasSize(2);
        assertThat(list.at("/items/0/purchaseId").asText()).isEqualTo("order-1");
        assertThat(list.at("/items/1/amount").asText()).isEqualTo("12.50");

        JsonNode lifecycle = JSON.readTree(get("/reports/lifecycle?asOf=2026-12-31").body());
        assertThat(lifecycle.get("customers").asLong()).isEqualTo(2); // Ada, and Eve who tried her purchase id
        assertThat(lifecycle.get("asOf").asText()).isEqualTo("2026-12-31");
        // One EUR and one USD purchase: no monetary value to score, refused rather than added up.
        HttpResponse<String> rfm = get("/reports/rfm?asOf=2026-12-31&bins=3");
        assertThat(rfm.statusCode()).isEqualTo(422); // the data cannot make the report: not a bad request
        assertThat(rfm.body()).contains("RFM needs purchases in one currency");
        HttpResponse<String> unfitted = get("/reports/value?asOf=2026-12-31");
        assertThat(unfitted.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(unfitted.body()).get("detail").asText()).contains("no fit of mbgnbd calibrated on or before 2026-12-31");
        HttpResponse<String> csv = get("/reports/lifecycle?asOf=2026-12-31&format=csv&section=stages");
        assertThat(csv.statusCode()).as(csv.body()).isEqualTo(200);
        assertThat(csv.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/csv"));
        String[] lines = csv.body().split("\r\n");
        assertThat(lines[0]).startsWith("stage,").contains("customers");
        assertThat(lines.length).isGreaterThan(1);
        HttpResponse<String> accept = http.send(HttpRequest.newBuilder(URI.create(base + "/reports/lifecycle?asOf=2026-12-31"))
                .header("Accept", "text/csv").header("Authorization", "Bearer " + admin).GET().build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(accept.statusCode()).isEqualTo(200);
        // The first section of rows, not the report's warnings.
        assertThat(accept.body()).startsWith("phase,");
        HttpResponse<String> badSection = get("/reports/lifecycle?asOf=2026-12-31&format=csv&section=nope");
        assertThat(badSection.statusCode()).isEqualTo(400);
        assertThat(badSection.body()).contains("'section' must be one of");
        assertThat(JSON.readTree(get("/reports/lifecycle?format=xml").body()).at("/errors/0/field").asText()).isEqualTo("format");
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
    void servesACustomersTimelineAndTheRfmReportWithItsOwnSegments() throws Exception {
        String id = JSON.readTree(post("/customers", "{\"name\":\"Ada\"}").body()).get("id").asText();
        String today = java.time.LocalDate.now(java.time.ZoneOffset.UTC).toString();
        assertThat(post("/customers/" + id + "/purchases", "{\"purchaseId\":\"t-1\",\"occurredAt\":\"" + today
                + "T23:59:59Z\",\"amount\":\"4.20\"}").statusCode()).isEqualTo(201);

        HttpResponse<String> response = get("/customers/" + id + "/timeline?asOf=" + today);
        assertThat(response.statusCode()).as(response.body()).isEqualTo(200);
        JsonNode timeline = JSON.readTree(response.body());
        assertThat(timeline.get("customerId").asText()).isEqualTo(id);
        assertThat(timeline.get("stage").asText()).isEqualTo("NEW");
        JsonNode entries = timeline.get("entries");
        assertThat(entries.findValuesAsText("type")).containsExactly("registered", "purchase", "stage", "stage");
        assertThat(entries.at("/1/purchase/purchaseId").asText()).isEqualTo("t-1");
        assertThat(entries.at("/1/purchase/amount").asText()).isEqualTo("4.20");
        assertThat(entries.at("/3/from").asText()).isEqualTo("PROSPECT");
        assertThat(entries.at("/3/to").asText()).isEqualTo("NEW");
        assertThat(entries.at("/3/reason").asText()).isEqualTo("first purchase");
        assertThat(entries.get(0).has("purchase")).isFalse();
        assertThat(get("/customers/nobody/timeline").statusCode()).isEqualTo(404);
        assertThat(get("/customers/" + id + "/timeline?asOf=soon").statusCode()).isEqualTo(400);

        String rules = "segment=" + encode("Buyers ; * ; * ; *") + "&segment=" + encode("Others;*;*;*");
        JsonNode rfm = JSON.readTree(get("/reports/rfm?asOf=" + today + "&" + rules).body());
        assertThat(rfm.get("segments")).anySatisfy(segment -> {
            assertThat(segment.get("segment").asText()).isEqualTo("Buyers");
            assertThat(segment.get("customers").asLong()).isEqualTo(1);
        });
        assertThat(rfm.get("segments").findValuesAsText("segment")).doesNotContain("Champions");
        HttpResponse<String> badRule = get("/reports/rfm?segment=" + encode("Best;*;*;*") + "&segment="
                + encode("Worst;1-x;*;*"));
        assertThat(badRule.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(badRule.body()).at("/errors/0/field").asText()).isEqualTo("segment");
        assertThat(JSON.readTree(badRule.body()).at("/errors/0/reason").asText()).contains("line 2");
        assertThat(get("/reports/rfm?segment=" + encode("Best;*;*;*\nWorst;*;*;*")).statusCode()).isEqualTo(400);
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, java.nio.charset.StandardCharsets.UTF_8);
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
        for (Class<?> resource : resourceClasses()) {
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
        assertThat(documented).isEqualTo(served).contains("POST /customers", "GET /customers/{customerId}/purchases",
                "GET /customers/{customerId}/timeline", "GET /openapi.json");
        // What every operation can answer, and the headers a client acts on, are documented as served.
        for (java.util.Map.Entry<String, JsonNode> path : api.get("paths").properties()) {
            for (java.util.Map.Entry<String, JsonNode> method : path.getValue().properties()) {
                JsonNode responses = method.getValue().get("responses");
                String where = method.getKey() + " " + path.getKey();
                assertThat(responses.has("405")).as(where).isTrue();
                if (method.getKey().equals("get")) {
                    assertThat(responses.has("406")).as(where).isTrue();
                } else {
                    assertThat(responses.has("415")).as(where).isTrue();
                }
                if (responses.has("201")) {
                    assertThat(responses.at("/201/headers/Location").isMissingNode()).as(where).isFalse();
                }
                if (method.getKey().equals("post")) {
                    JsonNode ok = responses.has("201") ? responses.get("201") : responses.get("200");
                    assertThat(ok.at("/headers/Idempotent-Replayed").isMissingNode()).as(where).isFalse();
                }
            }
        }
        JsonNode patch = api.at("/paths/~1customers~1{customerId}/patch/responses");
        assertThat(patch.has("409") && patch.has("412") && patch.has("428")).isTrue();
        assertThat(api.at("/paths/~1customers~1{customerId}/get/responses/200/headers/ETag").isMissingNode()).isFalse();
        JsonNode schemas = api.at("/components/schemas");
        assertThat(schemas.at("/ItemsCustomerJson/properties/nextCursor/type").toString()).contains("null");
        assertThat(schemas.at("/NewPurchaseJson/properties/amount/type").asText()).isEqualTo("string");
        assertThat(schemas.at("/NewPurchaseJson/required")).extracting(JsonNode::asText)
                .containsExactlyInAnyOrder("occurredAt", "amount");
        assertThat(schemas.at("/CustomerJson/required")).hasSize(schemas.at("/CustomerJson/properties").size());
    }

    /**
     * Every class of the REST adapter with a {@code @Path}, found by walking its classes (a directory in the
     * reactor, a jar otherwise), so a new resource cannot be left out of the comparison. Two are not API
     * routes: the OpenAPI document itself, and the constant resource served only by {@code --benchmark-ceiling}.
     */
    private static java.util.List<Class<?>> resourceClasses() throws Exception {
        Path location = Path.of(org.opencrm.adapter.rest.customer.CustomerResource.class.getProtectionDomain()
                .getCodeSource().getLocation().toURI());
        java.util.Set<Class<?>> notRoutes = java.util.Set.of(org.opencrm.adapter.rest.system.CeilingResource.class);
        try (java.nio.file.FileSystem jar = java.nio.file.Files.isDirectory(location) ? null
                : java.nio.file.FileSystems.newFileSystem(location)) {
            Path root = jar == null ? location : jar.getPath("/");
            try (java.util.stream.Stream<Path> files = java.nio.file.Files.walk(root)) {
                java.util.List<Class<?>> resources = new java.util.ArrayList<>();
                for (Path f : files.filter(f -> f.toString().endsWith(".class")).toList()) {
                    String name = root.relativize(f).toString().replace('/', '.').replaceAll("\\.class$", "");
                    Class<?> c = Class.forName(name, false, RestApiTest.class.getClassLoader());
                    if (c.isAnnotationPresent(jakarta.ws.rs.Path.class) && !notRoutes.contains(c)) {
                        resources.add(c);
                    }
                }
                assertThat(resources).hasSizeGreaterThan(5);
                return resources;
            }
        }
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

    @Test
    void fitsModelsAndServesTheValueReportsOverHttp() throws Exception {
        java.util.Random random = new java.util.Random(7);
        StringBuilder csv = new StringBuilder("purchase_id,customer_id,occurred_at,amount\n");
        int n = 0;
        for (int c = 0; c < 300; c++) {
            java.time.LocalDate day = java.time.LocalDate.of(2025, 1, 1).plusDays(random.nextInt(60));
            int purchases = 1 + (int) (-Math.log(1 - random.nextDouble()) * 3);
            for (int p = 0; p < purchases && day.isBefore(java.time.LocalDate.of(2026, 6, 30)); p++) {
                csv.append("p").append(n++).append(",c").append(c).append(',').append(day).append(',')
                        .append(5 + random.nextInt(60)).append(".00\n");
                day = day.plusDays(1 + random.nextInt(90));
            }
        }
        assertThat(post("/purchases/import", "text/csv", csv.toString(), admin, null).statusCode()).isEqualTo(200);
        assertThat(get("/models/mbgnbd").statusCode()).isEqualTo(404);
        assertThat(get("/reports/value?asOf=2026-06-30").statusCode()).isEqualTo(422);

        HttpResponse<String> fitted = post("/models/mbgnbd/fits", "{\"calibrationEnd\":\"2026-06-30\"}");
        assertThat(fitted.statusCode()).as(fitted.body()).isEqualTo(201);
        assertThat(JSON.readTree(fitted.body()).at("/parameters/r").asDouble()).isPositive();
        assertThat(post("/models/gamma-gamma/fits", "{\"calibrationEnd\":\"2026-06-30\",\"unit\":\"weeks\"}")
                .statusCode()).isEqualTo(201);
        JsonNode models = JSON.readTree(get("/models").body());
        assertThat(models.get("items")).hasSize(2);
        assertThat(models.get("nextCursor").isNull()).isTrue(); // the one collection shape, whole

        assertThat(post("/models/nonsense/fits", "{\"calibrationEnd\":\"2026-06-30\"}").statusCode()).isEqualTo(400);
        assertThat(post("/models/bgnbd/fits", "{\"calibrationEnd\":\"2026-06-30\",\"unit\":\"fortnights\"}")
                .statusCode()).isEqualTo(400);

        JsonNode value = JSON.readTree(get("/reports/value?asOf=2026-06-30").body());
        assertThat(value.toString()).contains("grid");
        // A date before every fit would be valued with look-ahead: refused, naming the fit to run.
        HttpResponse<String> early = get("/reports/tiers?from=2026-01-01&to=2026-06-30");
        assertThat(early.statusCode()).as(early.body()).isEqualTo(422);
        assertThat(early.body()).contains("no fit of mbgnbd calibrated on or before 2026-01-01");
        for (String model : new String[] {"mbgnbd", "gamma-gamma"}) {
            HttpResponse<String> firstFit = post("/models/" + model + "/fits", "application/json",
                    "{\"calibrationEnd\":\"2026-01-01\"}", admin, "fit-" + model + "-2026-01-01");
            assertThat(firstFit.statusCode()).isEqualTo(201);
            assertThat(firstFit.headers().firstValue("Location")).hasValue("/models/" + model);
            // A retry with the same Idempotency-Key: the first fit again, nothing fitted or stored twice.
            HttpResponse<String> retry = post("/models/" + model + "/fits", "application/json",
                    "{\"calibrationEnd\":\"2026-01-01\"}", admin, "fit-" + model + "-2026-01-01");
            assertThat(retry.statusCode()).isEqualTo(201);
            assertThat(retry.headers().firstValue("Idempotent-Replayed")).hasValue("true");
            assertThat(JSON.readTree(retry.body()).get("fittedAt")).isEqualTo(JSON.readTree(firstFit.body()).get("fittedAt"));
        }
        assertThat(JSON.readTree(get("/models/mbgnbd?history=true").body()).get("items")).hasSize(2);
        HttpResponse<String> tiers = get("/reports/tiers?from=2026-01-01&to=2026-06-30");
        assertThat(tiers.statusCode()).as(tiers.body()).isEqualTo(200);
        assertThat(get("/reports/tiers?from=2026-06-30&to=2026-01-01").statusCode()).isEqualTo(400);
        assertThat(get("/reports/tiers?to=2026-01-01").statusCode()).isEqualTo(400);
        HttpResponse<String> types = get("/reports/value-types?asOf=2026-06-30");
        assertThat(types.statusCode()).as(types.body()).isEqualTo(200);
    }

    @Test
    void apiKeysAreRequiredAndTheirScopesEnforced() throws Exception {
        for (String open : new String[] {"/health", "/version", "/openapi.json"}) {
            assertThat(get(open, null).statusCode()).as(open).isEqualTo(200);
        }
        HttpResponse<String> none = get("/customers", null);
        assertThat(none.statusCode()).isEqualTo(401);
        assertThat(none.headers().firstValue("WWW-Authenticate")).hasValue("Bearer realm=\"crm\"");
        assertThat(none.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("application/problem+json"));
        assertThat(JSON.readTree(none.body()).get("detail").asText()).contains("crm apikey create");
        assertThat(get("/customers", "crm_aaaaaaaaaaaa_" + "x".repeat(43)).statusCode()).isEqualTo(401);
        assertThat(get("/customers", reader.substring(0, reader.length() - 2) + "zz").statusCode()).isEqualTo(401);
        assertThat(get("/metrics", null).statusCode()).isEqualTo(401);

        assertThat(get("/customers", reader).statusCode()).isEqualTo(200);
        HttpResponse<String> readOnly = post("/customers", "application/json", "{\"name\":\"Eve\"}", reader, null);
        assertThat(readOnly.statusCode()).isEqualTo(403);
        assertThat(JSON.readTree(readOnly.body()).get("detail").asText()).contains("'write' scope");
        assertThat(JSON.readTree(get("/customers").body()).get("items")).isEmpty();

        // Revoked from the command line while serving: the server stops accepting it within seconds.
        String id = reader.split("_")[1];
        assertThat(new Crm().run("--store", "sqlite:" + dir.resolve("crm.db"), "apikey", "revoke", id).exitCode()).isZero();
        long deadline = System.nanoTime() + 15_000_000_000L;
        while (get("/customers", reader).statusCode() != 401) {
            assertThat(System.nanoTime()).as("revoked key still accepted").isLessThan(deadline);
            Thread.sleep(250);
        }
        assertThat(new Crm().run("--store", "sqlite:" + dir.resolve("crm.db"), "apikey", "revoke", "nosuchkey123").exitCode())
                .isEqualTo(4);
    }

    @Test
    void anIdempotencyKeyReplaysTheFirstResponseAndNeverMakesASecondRecord() throws Exception {
        String body = "{\"name\":\"Grace\",\"externalIds\":{\"shop\":\"g-1\"}}";
        HttpResponse<String> first = post("/customers", "application/json", body, admin, "create-grace-1");
        assertThat(first.statusCode()).isEqualTo(201);
        HttpResponse<String> replay = post("/customers", "application/json", body, admin, "create-grace-1");
        assertThat(replay.statusCode()).isEqualTo(201);
        assertThat(replay.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(replay.headers().firstValue("Location")).isEqualTo(first.headers().firstValue("Location"));
        assertThat(JSON.readTree(replay.body()).get("id")).isEqualTo(JSON.readTree(first.body()).get("id"));

        HttpResponse<String> reused = post("/customers", "application/json", "{\"name\":\"Other\"}", admin, "create-grace-1");
        assertThat(reused.statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(reused.body()).get("type").asText()).endsWith("/idempotency-key-reused");
        assertThat(post("/customers", "application/json", body, admin, "k".repeat(300)).statusCode()).isEqualTo(400);

        // Eight clients retrying the same request at once: one customer, the same answer for all.
        java.util.concurrent.ExecutorService eight = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
        for (int i = 0; i < 8; i++) {
            sent.add(eight.submit(() -> post("/customers", "application/json", "{\"name\":\"Hopper\"}", admin, "hopper")));
        }
        java.util.Set<String> ids = new java.util.HashSet<>();
        for (java.util.concurrent.Future<HttpResponse<String>> f : sent) {
            HttpResponse<String> r = f.get(30, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(r.statusCode()).isEqualTo(201);
            ids.add(JSON.readTree(r.body()).get("id").asText());
        }
        eight.shutdown();
        assertThat(ids).hasSize(1);
        assertThat(JSON.readTree(get("/customers").body()).get("items")).hasSize(2);

        // The answers are in the store: a retry to a restarted server is answered alike, and makes nothing new.
        String key = admin;
        stop();
        serve();
        admin = key;
        HttpResponse<String> afterRestart = post("/customers", "application/json", body, admin, "create-grace-1");
        assertThat(afterRestart.statusCode()).isEqualTo(201);
        assertThat(afterRestart.headers().firstValue("Idempotent-Replayed")).hasValue("true");
        assertThat(afterRestart.headers().firstValue("ETag")).isEqualTo(first.headers().firstValue("ETag"));
        assertThat(JSON.readTree(afterRestart.body())).isEqualTo(JSON.readTree(first.body()));
        assertThat(post("/customers", "application/json", "{\"name\":\"Other\"}", admin, "create-grace-1")
                .statusCode()).isEqualTo(422);
        assertThat(JSON.readTree(get("/customers").body()).get("items")).hasSize(2);
    }

    @Test
    void eightClientsImportingOverlappingCsvFilesStoreEveryPurchaseOnce() throws Exception {
        // Eight files of 300 rows each, over 1,000 distinct purchases of 40 customers: every row is in two files.
        java.util.List<String> files = new java.util.ArrayList<>();
        java.math.BigDecimal expected = java.math.BigDecimal.ZERO;
        for (int p = 0; p < 1000; p++) {
            expected = expected.add(new java.math.BigDecimal(p % 97 + ".25"));
        }
        for (int f = 0; f < 8; f++) {
            StringBuilder csv = new StringBuilder("purchase_id,customer_id,occurred_at,amount\n");
            for (int r = 0; r < 250; r++) {
                int p = (f * 125 + r) % 1000;
                csv.append("p-").append(p).append(",cust-").append(p % 40).append(",2026-0").append(1 + p % 9)
                        .append("-1").append(p % 10).append(',').append(p % 97).append(".25\n");
            }
            files.add(csv.toString());
        }
        java.util.concurrent.ExecutorService eight = java.util.concurrent.Executors.newFixedThreadPool(8);
        java.util.List<java.util.concurrent.Future<HttpResponse<String>>> sent = new java.util.ArrayList<>();
        for (int round = 0; round < 2; round++) { // the second round: every client retries with its key
            for (int f = 0; f < 8; f++) {
                String file = files.get(f);
                String key = "import-file-" + f;
                sent.add(eight.submit(() -> post("/purchases/import?source=shop", "text/csv", file, admin, key)));
            }
        }
        long imported = 0;
        for (java.util.concurrent.Future<HttpResponse<String>> f : sent) {
            HttpResponse<String> r = f.get(60, java.util.concurrent.TimeUnit.SECONDS);
            assertThat(r.statusCode()).as(r.body()).isEqualTo(200);
            JsonNode summary = JSON.readTree(r.body());
            assertThat(summary.get("rejected").asLong()).isZero();
            if (r.headers().firstValue("Idempotent-Replayed").isEmpty()) {
                imported += summary.get("imported").asLong();
            }
        }
        eight.shutdown();
        assertThat(imported).isEqualTo(1000);
        java.math.BigDecimal stored = java.math.BigDecimal.ZERO;
        long purchases = 0;
        for (int c = 0; c < 40; c++) {
            JsonNode found = JSON.readTree(get("/customers?externalId=shop:cust-" + c).body()).get("items");
            assertThat(found).hasSize(1);
            JsonNode items = JSON.readTree(get("/customers/" + found.get(0).get("id").asText() + "/purchases")
                    .body()).get("items");
            purchases += items.size();
            for (JsonNode p : items) {
                stored = stored.add(new java.math.BigDecimal(p.get("amount").asText()));
            }
        }
        assertThat(purchases).isEqualTo(1000);
        assertThat(stored).isEqualByComparingTo(expected);
        String metrics = get("/metrics").body();
        assertThat(metrics).contains("crm_import_rows_total{entity=\"purchases\",outcome=\"imported\"} 1000.0");
    }

    @Test
    void customersImportFromCsvUpsertsOnTheirKeyAndListsRejectsByLine() throws Exception {
        String csv = "external_id,name,email,attr.segment\n"
                + "c-1,Ada,ada@example.com,gold\n"
                + "c-2,Bob,not-an-email,\n"
                + "c-3,Cleo,,silver\n";
        assertThat(post("/customers/import?source=shop", "text/csv", csv, reader, null).statusCode()).isEqualTo(403);
        HttpResponse<String> first = post("/customers/import?source=shop", "text/csv", csv, admin, null);
        assertThat(first.statusCode()).as(first.body()).isEqualTo(200);
        JsonNode summary = JSON.readTree(first.body());
        assertThat(summary.get("read").asLong()).isEqualTo(3);
        assertThat(summary.get("imported").asLong()).isEqualTo(2);
        assertThat(summary.get("rejected").asLong()).isEqualTo(1);
        assertThat(summary.at("/rejects/0/line").asLong()).isEqualTo(3);
        assertThat(summary.at("/rejects/0/field").asText()).isEqualTo("email");

        // The same file with Ada renamed: one update, one unchanged, still one reject; nobody registered twice.
        JsonNode again = JSON.readTree(post("/customers/import?source=shop", "text/csv",
                csv.replace("Ada,", "Ada Lovelace,"), admin, null).body());
        assertThat(again.get("imported").asLong()).isZero();
        assertThat(again.get("updated").asLong()).isEqualTo(1);
        assertThat(again.get("duplicates").asLong()).isEqualTo(1);
        assertThat(JSON.readTree(get("/customers").body()).get("items")).hasSize(2);
        JsonNode ada = JSON.readTree(get("/customers?externalId=shop:c-1").body()).at("/items/0");
        assertThat(ada.get("name").asText()).isEqualTo("Ada Lovelace");
        assertThat(ada.at("/attributes/segment").asText()).isEqualTo("gold");
        assertThat(get("/metrics").body())
                .contains("crm_import_rows_total{entity=\"customers\",outcome=\"imported\"} 2.0")
                .contains("crm_import_rows_total{entity=\"customers\",outcome=\"updated\"} 1.0");

        // Keyed on e-mail, a file without that column is refused before anything is written.
        HttpResponse<String> noKey = post("/customers/import?key=email", "text/csv", "name\nDora\n", admin, null);
        assertThat(noKey.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(noKey.body()).at("/errors/0/reason").asText()).contains("missing column").contains("email");
        assertThat(post("/customers/import?update=sometimes", "text/csv", csv, admin, null).statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(get("/customers").body()).get("items")).hasSize(2);
    }

    @Test
    void theProductCatalogImportsFromCsvAndAReimportChangesNothing() throws Exception {
        String csv = "product_id,category,launch_date,list_price,premium\n"
                + "p-1,books,2024-01-01,12.50,false\n"
                + "p-2,music,not-a-date,3.00,true\n"
                + "p-3,music,2025-06-01,30.00,yes\n";
        JsonNode first = JSON.readTree(post("/products/import", "text/csv", csv, admin, null).body());
        assertThat(first.get("imported").asLong()).isEqualTo(2);
        assertThat(first.get("rejected").asLong()).isEqualTo(1);
        assertThat(first.at("/rejects/0/line").asLong()).isEqualTo(3);
        assertThat(first.at("/rejects/0/field").asText()).isEqualTo("launch_date");
        JsonNode again = JSON.readTree(post("/products/import", "text/csv", csv, admin, null).body());
        assertThat(again.get("imported").asLong()).isZero();
        assertThat(again.get("duplicates").asLong()).isEqualTo(2);
        JsonNode repriced = JSON.readTree(post("/products/import", "text/csv", csv.replace("12.50", "9.99"), admin,
                null).body());
        assertThat(repriced.get("updated").asLong()).isEqualTo(1);
        assertThat(repriced.get("duplicates").asLong()).isEqualTo(1);
        assertThat(post("/products/import", "text/csv", "sku,category\nx,y\n", admin, null).statusCode()).isEqualTo(400);
    }

    @Test
    void aQueryParameterOfTheWrongTypeIsAnInvalidRequestNamingItNotANotFound() throws Exception {
        for (String path : new String[] {"/customers?limit=abc", "/reports/churn?asOf=2026-01-01&limit=ten",
            "/reports/rfm?bins=five", "/models/bgnbd?history=maybe"}) {
            HttpResponse<String> bad = get(path);
            assertThat(bad.statusCode()).as(path).isEqualTo(400);
            assertThat(bad.headers().firstValue("Content-Type")).hasValue("application/problem+json");
            JsonNode error = JSON.readTree(bad.body()).at("/errors/0");
            assertThat(error.get("field").asText()).as(path).isEqualTo(path.replaceAll(".*[?&](\\w+)=[^&]*$", "$1"));
        }
        assertThat(JSON.readTree(get("/customers?limit=abc").body()).at("/errors/0/reason").asText())
                .contains("wrong type").contains("abc");
    }

    @Test
    void csvImportRefusesAFileWithoutItsRequiredColumns() throws Exception {
        HttpResponse<String> missing = post("/purchases/import", "text/csv", "id,amount\n1,2\n", admin, null);
        assertThat(missing.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(missing.body()).at("/errors/0/reason").asText()).contains("missing column");
        assertThat(missing.body()).doesNotContain("--map");
    }

    @Test
    void metricsArePrometheusTextWithALatencyHistogramPerRoute() throws Exception {
        String id = JSON.readTree(post("/customers", "{\"name\":\"Ada\"}").body()).get("id").asText();
        get("/customers/" + id);
        get("/customers/" + id);
        HttpResponse<String> metrics = get("/metrics");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.headers().firstValue("Content-Type")).hasValueSatisfying(t -> assertThat(t).startsWith("text/plain"));
        assertThat(metrics.body())
                .contains("http_server_requests_seconds_count{method=\"GET\",route=\"/customers/{customerId}\",status=\"200\"} 2")
                .contains("http_server_requests_seconds_bucket{method=\"POST\",route=\"/customers\",status=\"201\",le=")
                .contains("jvm_memory_used_bytes")
                .doesNotContain(id);
    }

    @Test
    void searchesCustomersByExternalIdAndEmailAndRefusesForeignCursors() throws Exception {
        post("/customers", "{\"name\":\"Robert'); DROP TABLE customer;--\",\"email\":\"bobby@example.com\","
                + "\"externalIds\":{\"shop\":\"x' OR '1'='1\"}}");
        JsonNode byEmail = JSON.readTree(get("/customers?email=bobby@example.com").body());
        assertThat(byEmail.at("/items/0/name").asText()).isEqualTo("Robert'); DROP TABLE customer;--");
        JsonNode byExternal = JSON.readTree(get("/customers?externalId="
                + java.net.URLEncoder.encode("shop:x' OR '1'='1", java.nio.charset.StandardCharsets.UTF_8)).body());
        assertThat(byExternal.get("items")).hasSize(1);
        assertThat(JSON.readTree(get("/customers?externalId=shop:nobody").body()).get("items")).isEmpty();
        assertThat(JSON.readTree(get("/customers?email=a@b.c&externalId=x").body()).at("/errors/0/reason").asText())
                .contains("alternatives");
        post("/customers", "{\"name\":\"Roberta\"}");
        post("/customers", "{\"name\":\"Alice\"}");
        JsonNode byName = JSON.readTree(get("/customers?name=ROBERT&limit=1").body());
        assertThat(byName.get("items")).hasSize(1);
        JsonNode rest = JSON.readTree(get("/customers?name=ROBERT&limit=1&after=" + byName.get("nextCursor").asText()).body());
        assertThat(rest.get("items")).hasSize(1);
        assertThat(rest.get("nextCursor").isNull()).isTrue();
        assertThat(java.util.List.of(byName.at("/items/0/name").asText(), rest.at("/items/0/name").asText()))
                .containsExactlyInAnyOrder("Roberta", "Robert'); DROP TABLE customer;--");
        assertThat(get("/customers?name=%20").statusCode()).isEqualTo(400);
        // Hand-made cursors are refused: "v1:zzzz" and "v2:zzzz" unsigned, a real one altered, one 5,000 characters long.
        String real = byName.get("nextCursor").asText();
        String altered = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("v2:zzzz".getBytes())
                + real.substring(real.indexOf('.'));
        String unsigned = java.util.Base64.getUrlEncoder().withoutPadding().encodeToString("v1:zzzz".getBytes());
        for (String cursor : new String[] {"nonsense", "!!!", "djE6", "YWJj", unsigned, altered, "a".repeat(5_000)}) {
            HttpResponse<String> bad = get("/customers?after=" + cursor);
            assertThat(bad.statusCode()).as(cursor).isEqualTo(400);
            assertThat(JSON.readTree(bad.body()).at("/errors/0/field").asText()).isEqualTo("after");
        }
    }

    @Test
    void aChunkedBodyPastTheLimitIsRefusedToo() throws Exception {
        byte[] huge = ("{\"name\":\"" + "y".repeat(3 << 20) + "\"}").getBytes(java.nio.charset.StandardCharsets.UTF_8);
        HttpResponse<String> chunked = http.send(HttpRequest.newBuilder(URI.create(base + "/customers"))
                .header("Content-Type", "application/json").header("Authorization", "Bearer " + admin)
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(huge))).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(chunked.statusCode()).isEqualTo(413);
        assertThat(JSON.readTree(get("/customers").body()).get("items")).isEmpty();
    }
}
