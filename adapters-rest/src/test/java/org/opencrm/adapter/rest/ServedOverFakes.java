package org.opencrm.adapter.rest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.adapter.rest.server.Resources;
import org.opencrm.adapter.rest.server.RestServer;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.access.AuthenticateUseCase;
import org.opencrm.application.port.in.access.CreateApiKeyUseCase;
import org.opencrm.domain.access.ApiScope;

/**
 * The REST adapter on a real port over the application's fake storage: every resource, the filters and the
 * problem documents as {@code crm serve} has them, without a database or the bootstrap. Each test gets a new
 * server and store, and a key with both scopes.
 */
abstract class ServedOverFakes {

    static final ObjectMapper JSON = new ObjectMapper();

    FakeApplication app;
    RestServer server;
    String token;
    /** The JDK client with its defaults, as an integrator's would be: it asks to upgrade to h2c first. */
    final HttpClient http = HttpClient.newHttpClient();

    @BeforeEach
    void serve() throws Exception {
        app = new FakeApplication();
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        List<Object> resources = Resources.all(app::useCase, metrics, "test");
        server = RestServer.start("127.0.0.1", 0, resources, "test", app.useCase(AuthenticateUseCase.class), metrics);
        token = app.useCase(CreateApiKeyUseCase.class)
                .create(new CreateApiKeyUseCase.Command("tests", Set.of(ApiScope.READ, ApiScope.WRITE))).token().text();
    }

    @AfterEach
    void stop() {
        server.close();
    }

    HttpResponse<String> get(String path) throws Exception {
        return send(request(path).GET().build());
    }

    HttpResponse<String> post(String path, String json) throws Exception {
        return send(request(path).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build());
    }

    HttpResponse<String> post(String path, String contentType, String body, String idempotencyKey) throws Exception {
        HttpRequest.Builder r = request(path).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body));
        if (idempotencyKey != null) {
            r.header(IdempotencyKeys.HEADER, idempotencyKey);
        }
        return send(r.build());
    }

    HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                .timeout(Duration.ofSeconds(10)).header("Authorization", "Bearer " + token);
    }

    HttpResponse<String> send(HttpRequest request) throws Exception {
        return http.send(request, HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
