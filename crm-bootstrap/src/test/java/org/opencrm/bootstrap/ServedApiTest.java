package org.opencrm.bootstrap;

import static org.assertj.core.api.Assertions.assertThat;

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
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code crm serve} on a real port over a real SQLite file for each test, with an admin and a read-only key, and
 * the JDK's HTTP client to drive it.
 */
abstract class ServedApiTest {

    static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    /** HTTP/1.1: Grizzly mishandles the JDK client's default h2c upgrade offer (docs/api.md, "Clients"). */
    final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private Thread server;
    private final AtomicInteger exit = new AtomicInteger(-1);
    String base;
    /** Keys with read and write, and with read only. */
    String admin;
    String reader;

    @BeforeEach
    void serve() throws Exception {
        int port;
        try (ServerSocket free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        base = "http://127.0.0.1:" + port;
        String store = "sqlite:" + dir.resolve("crm.db");
        admin = createKey(store, "admin", "read,write");
        reader = createKey(store, "dashboard", "read");
        prepare(store);
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

    /** What a test class puts in the store before the server starts on it; nothing by default. */
    void prepare(String store) throws Exception {
    }

    static String createKey(String store, String name, String scopes) throws Exception {
        Crm.Result created = new Crm().run("--store", store, "--format", "json", "apikey", "create", name, "--scope", scopes);
        assertThat(created.exitCode()).as(created.err()).isZero();
        return JSON.readTree(created.out()).get("token").asText();
    }

    @AfterEach
    void stop() throws Exception {
        server.interrupt();
        server.join(10_000);
        assertThat(exit.get()).isZero();
    }

    HttpResponse<String> get(String path) throws Exception {
        return get(path, admin);
    }

    HttpResponse<String> get(String path, String key) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10)).GET();
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> patch(String path, String ifMatch, String body) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(10))
                .header("Content-Type", "application/merge-patch+json").header("Authorization", "Bearer " + admin)
                .method("PATCH", HttpRequest.BodyPublishers.ofString(body));
        if (ifMatch != null) {
            request.header("If-Match", ifMatch);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, String body) throws Exception {
        return post(path, "application/json", body, admin, null);
    }

    HttpResponse<String> post(String path, String type, String body, String key, String idempotencyKey)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path)).timeout(Duration.ofSeconds(30))
                .header("Content-Type", type).POST(HttpRequest.BodyPublishers.ofString(body));
        if (key != null) {
            request.header("Authorization", "Bearer " + key);
        }
        if (idempotencyKey != null) {
            request.header("Idempotency-Key", idempotencyKey);
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
