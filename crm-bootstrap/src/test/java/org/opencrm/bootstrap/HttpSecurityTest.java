package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What an attacker tries over a raw socket: forged log lines, unparseable requests, a Host header of their own. */
class HttpSecurityTest extends ServedApiTest {

    private static final Path ACCESS_LOG = Path.of("target", "access-log-tests.log");

    @Test
    void aLineBreakOrNulInThePathShouldStayInsideItsOwnLogLine() throws Exception {
        long before = Files.exists(ACCESS_LOG) ? Files.readAllLines(ACCESS_LOG).size() : 0;
        get("/customers%0arequest_id=forged%20method=DELETE%20path=/everything%20status=200%00");
        List<String> lines = Files.readAllLines(ACCESS_LOG);
        List<String> mine = lines.subList((int) before, lines.size()).stream().filter(l -> l.contains("forged")).toList();
        assertThat(mine).singleElement().asString()
                .contains("path=/customers%0arequest_id=forged%20method=DELETE%20path=/everything%20status=200%00")
                .doesNotContain("\u0000");
        assertThat(lines).noneMatch(l -> l.matches("^\\S+ request_id=forged .*"));
    }

    @Test
    void aRequestTheServerCannotParseShouldBeA400ProblemWithoutTraceOrVersion() throws Exception {
        String answer = raw("GET /health?a=\"b HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(answer).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .containsIgnoringCase("Request-Id:").contains("\"status\":400")
                .doesNotContainIgnoringCase("grizzly").doesNotContain("Exception", "at org.");
        String getWithBody = raw("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Length: 2\r\n"
                + "Connection: close\r\n\r\n{}");
        assertThat(getWithBody).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .containsIgnoringCase("Request-Id:").contains("\"field\":\"body\"", "carries no body")
                .doesNotContainIgnoringCase("grizzly").doesNotContain("Exception");
        String chunkedGet = raw("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nTransfer-Encoding: chunked\r\n"
                + "Connection: close\r\n\r\n2\r\n{}\r\n0\r\n\r\n");
        assertThat(chunkedGet).startsWith("HTTP/1.1 400").contains("carries no body");
        String hugeHeader = raw("GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nX-Junk: " + "y".repeat(70_000)
                + "\r\nConnection: close\r\n\r\n");
        assertThat(hugeHeader).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .containsIgnoringCase("Request-Id:").contains("limited to 64 KiB").doesNotContainIgnoringCase("grizzly");
        String longUrl = raw("GET /customers?q=" + "x".repeat(20_000) + " HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "Connection: close\r\n\r\n");
        assertThat(longUrl).startsWith("HTTP/1.1 400").containsIgnoringCase("Content-Type: application/problem+json")
                .containsIgnoringCase("Request-Id:").contains("at most 8192").doesNotContainIgnoringCase("grizzly")
                .doesNotContain("Exception", "at org.");
    }

    @Test
    void theLocationOfANewCustomerShouldNotComeFromTheHostHeader() throws Exception {
        String body = "{\"name\":\"Mallory\"}";
        String answer = raw("POST /customers HTTP/1.1\r\nHost: evil.example:666\r\nAuthorization: Bearer " + admin
                + "\r\nContent-Type: application/json\r\nContent-Length: " + body.length()
                + "\r\nConnection: close\r\n\r\n" + body);
        assertThat(answer).startsWith("HTTP/1.1 201").doesNotContain("evil.example")
                .containsPattern("(?i)Location: /customers/[0-9a-f-]{36}\r\n");
    }

    @Test
    void conventionsShouldHoldWhoeverRefuses() throws Exception {
        // One problem type per kind: an unknown route and an unknown customer are both "not-found".
        assertThat(JSON.readTree(get("/no-such-route").body()).get("type").asText()).endsWith("/not-found");
        assertThat(JSON.readTree(get("/customers/nobody").body()).get("type").asText()).endsWith("/not-found");
        // 405 names what the route allows.
        String deleted = raw("DELETE /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
        assertThat(deleted).startsWith("HTTP/1.1 405").containsPattern("(?i)Allow: [A-Z, ]*GET")
                .contains("method-not-allowed");
        // A key given twice is ambiguous: refused, not "the last one wins".
        var twice = post("/customers", "{\"name\":\"A\",\"name\":\"B\"}");
        assertThat(twice.statusCode()).isEqualTo(400);
        assertThat(twice.body()).contains("Duplicate field 'name'");
        // An import without a Content-Type is not guessed at.
        String untyped = raw("POST /purchases/import HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: Bearer " + admin
                + "\r\nContent-Length: 5\r\nConnection: close\r\n\r\nx,y\r\n");
        assertThat(untyped).startsWith("HTTP/1.1 415").contains("unsupported-media-type");
        // If-Match: * matches the customer as it is (RFC 9110), an unknown one is still not found.
        String id = JSON.readTree(post("/customers", "{\"name\":\"Ann\"}").body()).get("id").asText();
        assertThat(patch("/customers/" + id, "*", "{\"name\":\"Anne\"}").statusCode()).isEqualTo(200);
        assertThat(JSON.readTree(get("/customers/" + id).body()).get("name").asText()).isEqualTo("Anne");
        assertThat(patch("/customers/nobody", "*", "{\"name\":\"X\"}").statusCode()).isEqualTo(404);
        // A merge patch's null clears the field (RFC 7396); a name cannot be cleared.
        String full = JSON.readTree(post("/customers", "{\"name\":\"Bo\",\"phone\":\"+44 20 7946 0000\","
                + "\"email\":\"bo@example.org\",\"attributes\":{\"tier\":\"gold\",\"city\":\"Oslo\"}}").body())
                .get("id").asText();
        var cleared = patch("/customers/" + full, "*", "{\"phone\":null,\"attributes\":{\"tier\":null}}");
        assertThat(cleared.statusCode()).as(cleared.body()).isEqualTo(200);
        JsonNode after = JSON.readTree(get("/customers/" + full).body());
        assertThat(after.get("phone").isNull()).isTrue();
        assertThat(after.get("email").asText()).isEqualTo("bo@example.org");
        assertThat(after.get("attributes")).hasSize(1);
        assertThat(after.at("/attributes/city").asText()).isEqualTo("Oslo");
        assertThat(patch("/customers/" + full, "*", "{\"name\":null}").statusCode()).isEqualTo(400);
        // A value of the wrong kind is named as the caller sent it, with what it must be; no Java types.
        for (String amount : new String[] {"\"abc\"", "true", "{}"}) {
            var wrong = post("/customers/" + full + "/purchases", "{\"occurredAt\":\"2026-01-01T00:00:00Z\",\"amount\":"
                    + amount + "}");
            assertThat(wrong.statusCode()).isEqualTo(400);
            JsonNode problem = JSON.readTree(wrong.body());
            assertThat(problem.at("/errors/0/field").asText()).as(amount).isEqualTo("amount");
            assertThat(problem.at("/errors/0/reason").asText()).as(amount).startsWith("must be a decimal number");
            assertThat(wrong.body()).doesNotContain("java.", "BigDecimal");
        }
        // Timestamps in the forms a CSV takes: an instant, one with an offset, or a bare date; never a number.
        for (String when : new String[] {"\"2026-01-01T00:00:00Z\"", "\"2026-01-01T08:00:00+08:00\"", "\"2026-01-01\""}) {
            var ok = post("/customers/" + full + "/purchases", "{\"occurredAt\":" + when + ",\"amount\":\"1.00\"}");
            assertThat(ok.statusCode()).as(when + ok.body()).isEqualTo(201);
            assertThat(JSON.readTree(ok.body()).get("occurredAt").asText()).isEqualTo("2026-01-01T00:00:00Z");
        }
        var epoch = post("/customers/" + full + "/purchases", "{\"occurredAt\":1767225600,\"amount\":\"1.00\"}");
        assertThat(epoch.statusCode()).isEqualTo(400);
        assertThat(JSON.readTree(epoch.body()).at("/errors/0/field").asText()).isEqualTo("occurredAt");
    }

    /** One request as bytes on a socket, and the whole answer as text. */
    private String raw(String request) throws Exception {
        URI uri = URI.create(base);
        try (Socket socket = new Socket(uri.getHost(), uri.getPort())) {
            socket.setSoTimeout(10_000);
            OutputStream out = socket.getOutputStream();
            out.write(request.getBytes(StandardCharsets.ISO_8859_1));
            out.flush();
            InputStream in = socket.getInputStream();
            return new String(in.readAllBytes(), StandardCharsets.ISO_8859_1);
        }
    }
}
