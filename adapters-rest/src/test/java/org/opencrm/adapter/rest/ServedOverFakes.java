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
import org.opencrm.adapter.rest.customer.CustomerImportResource;
import org.opencrm.adapter.rest.customer.CustomerProfileResource;
import org.opencrm.adapter.rest.customer.CustomerResource;
import org.opencrm.adapter.rest.customer.CustomerTiersResource;
import org.opencrm.adapter.rest.customer.CustomerTimelineResource;
import org.opencrm.adapter.rest.importing.BulkImport;
import org.opencrm.adapter.rest.model.ModelResource;
import org.opencrm.adapter.rest.product.ProductImportResource;
import org.opencrm.adapter.rest.purchase.PurchaseImportResource;
import org.opencrm.adapter.rest.purchase.PurchaseResource;
import org.opencrm.adapter.rest.report.ReportResource;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.adapter.rest.server.RestServer;
import org.opencrm.adapter.rest.system.SystemResource;
import org.opencrm.application.fake.FakeApplication;
import org.opencrm.application.port.in.access.AuthenticateUseCase;
import org.opencrm.application.port.in.access.CreateApiKeyUseCase;
import org.opencrm.application.port.in.customer.CustomerProfileUseCase;
import org.opencrm.application.port.in.customer.CustomerTimelineUseCase;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase;
import org.opencrm.application.port.in.customer.ListCustomersUseCase;
import org.opencrm.application.port.in.customer.RegisterCustomerUseCase;
import org.opencrm.application.port.in.customer.UpdateCustomerUseCase;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.application.port.in.model.FindModelUseCase;
import org.opencrm.application.port.in.model.FitModelUseCase;
import org.opencrm.application.port.in.model.ValidateModelUseCase;
import org.opencrm.application.port.in.product.ImportProductsUseCase;
import org.opencrm.application.port.in.purchase.FindPurchasesUseCase;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase;
import org.opencrm.application.port.in.purchase.RecordPurchaseUseCase;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.application.port.in.report.RfmReportUseCase;
import org.opencrm.application.port.in.value.ChurnReportUseCase;
import org.opencrm.application.port.in.value.LoyaltyReportUseCase;
import org.opencrm.application.port.in.value.TierReportUseCase;
import org.opencrm.application.port.in.value.ValueReportUseCase;
import org.opencrm.application.port.in.value.ValueTypesReportUseCase;
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
        IdempotencyKeys idempotency = new IdempotencyKeys(app.useCase(IdempotentRequestUseCase.class));
        PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
        BulkImport bulk = new BulkImport(idempotency, metrics);
        List<Object> resources = List.of(
                new CustomerResource(app.useCase(RegisterCustomerUseCase.class), app.useCase(UpdateCustomerUseCase.class),
                        app.useCase(FindCustomerUseCase.class), app.useCase(ListCustomersUseCase.class), idempotency),
                new CustomerImportResource(app.useCase(ImportCustomersUseCase.class), bulk),
                new CustomerTimelineResource(app.useCase(CustomerTimelineUseCase.class)),
                new CustomerTiersResource(app.useCase(TierReportUseCase.class)),
                new CustomerProfileResource(app.useCase(CustomerProfileUseCase.class)),
                new PurchaseResource(app.useCase(RecordPurchaseUseCase.class), app.useCase(FindPurchasesUseCase.class),
                        idempotency),
                new PurchaseImportResource(app.useCase(ImportPurchasesUseCase.class), bulk),
                new ProductImportResource(app.useCase(ImportProductsUseCase.class), bulk),
                new ReportResource(app.useCase(LifecycleReportUseCase.class), app.useCase(RfmReportUseCase.class),
                        app.useCase(ValueReportUseCase.class), app.useCase(ChurnReportUseCase.class),
                        app.useCase(LoyaltyReportUseCase.class), app.useCase(TierReportUseCase.class),
                        app.useCase(ValueTypesReportUseCase.class)),
                new ModelResource(app.useCase(FitModelUseCase.class), app.useCase(FindModelUseCase.class),
                        app.useCase(ValidateModelUseCase.class), idempotency),
                new SystemResource("test"));
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
