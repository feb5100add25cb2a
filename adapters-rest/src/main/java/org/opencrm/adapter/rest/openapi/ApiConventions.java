package org.opencrm.adapter.rest.openapi;

import io.swagger.v3.core.converter.ModelConverters;
import io.swagger.v3.oas.models.Components;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.headers.Header;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.media.StringSchema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.oas.models.responses.ApiResponses;
import io.swagger.v3.oas.models.security.SecurityRequirement;
import io.swagger.v3.oas.models.security.SecurityScheme;
import io.swagger.v3.oas.models.servers.Server;
import io.swagger.v3.oas.models.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.opencrm.adapter.rest.access.ApiKeyAuthentication;
import org.opencrm.adapter.rest.exchange.Problem;
import org.opencrm.adapter.rest.exchange.RequestLog;

/**
 * Adds what every operation shares and no resource method should repeat: the API-key security scheme, the
 * problem documents of each error status an operation can answer with, and the Request-Id header.
 */
final class ApiConventions {

    private static final String SCHEME = "apiKey";
    private static final String PROBLEM = Problem.MEDIA_TYPE;

    private ApiConventions() {
    }

    static void apply(OpenAPI api) {
        Components components = api.getComponents() == null ? new Components() : api.getComponents();
        api.components(components);
        components.addSecuritySchemes(SCHEME, new SecurityScheme().type(SecurityScheme.Type.HTTP).scheme("bearer")
                .description("An API key from 'crm apikey create', sent as 'Authorization: Bearer TOKEN'. Scope "
                        + "read for GET, write for everything else."));
        api.addSecurityItem(new SecurityRequirement().addList(SCHEME));
        api.servers(List.of(new Server().url("http://127.0.0.1:8080").description("crm serve, by default")));
        @SuppressWarnings("rawtypes")
        Map<String, Schema> problem = ModelConverters.getInstance(true).readAll(Problem.class);
        problem.forEach(components::addSchemas);
        components.addHeaders(RequestLog.HEADER, new Header().description("The request's id, also in problem "
                + "documents and the access log").schema(new StringSchema()));
        money(components);
        decimalAmounts(components);
        codedEnums(components);
        required(components);
        if (components.getSchemas() != null) {
            // PATCH reads a JsonNode to tell a null from an absent field; its body is documented as NewCustomerJson.
            components.getSchemas().remove("JsonNode");
        }
        nullableCursors(components);
        Set<String> tags = new TreeSet<>();
        api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((method, op) -> {
            describe(path, method, op);
            if (op.getTags() != null) {
                tags.addAll(op.getTags());
            }
        }));
        api.tags(tags.stream().map(t -> new Tag().name(t).description(TAGS.getOrDefault(t, t))).toList());
    }

    /** An amount sent in is an exact decimal: documented as a string (a JSON number is read exactly too). */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void decimalAmounts(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().values().forEach(schema -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null && properties.get("amount") != null
                    && (properties.get("amount").getTypes() == null || properties.get("amount").getTypes().contains("number"))) {
                Schema amount = new StringSchema().pattern("^-?[0-9]+(\\.[0-9]+)?$").example("12.50")
                        .description("exact decimal amount in the currency's minor unit at most; a JSON number is "
                                + "accepted too and read exactly");
                amount.setTypes(Set.of("string"));
                properties.put("amount", amount);
            }
        });
    }

    /** Models and time units are written by their codes (ReportJson): the document lists those, not Java names. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void codedEnums(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        java.util.Map<String, String> codes = new java.util.HashMap<>();
        for (org.opencrm.domain.value.clv.ModelKind k : org.opencrm.domain.value.clv.ModelKind.values()) {
            codes.put(k.name(), k.code());
        }
        for (org.opencrm.domain.value.clv.ModelTimeUnit u : org.opencrm.domain.value.clv.ModelTimeUnit.values()) {
            codes.put(u.name(), u.name().toLowerCase(java.util.Locale.ROOT));
        }
        components.getSchemas().values().forEach(schema -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                return;
            }
            properties.values().forEach(property -> {
                List<Object> values = property.getEnum();
                if (values != null && !values.isEmpty() && values.stream().allMatch(v -> codes.containsKey(String.valueOf(v)))) {
                    property.setEnum(new java.util.ArrayList<>(values.stream().map(v -> codes.get(String.valueOf(v))).toList()));
                }
            });
        });
    }

    /** What a client must send, and what every answer carries (absent values as null, not left out). */
    private static final Map<String, List<String>> REQUIRED_IN_REQUESTS = Map.of(
            "NewCustomerJson", List.of("name"), "NewPurchaseJson", List.of("occurredAt", "amount"),
            "FitRequest", List.of("calibrationEnd"), "Problem", List.of("type", "title", "status", "requestId"),
            "FieldError", List.of("field", "reason"));
    private static final Set<String> COMPLETE_ANSWERS = Set.of("CustomerJson", "PurchaseJson",
            "ItemsCustomerJson", "ItemsFittedModel", "ItemsPurchaseJson", "FittedModel", "ImportResultJson",
            "TimelineJson", "ValidationJson", "LifecycleReport", "RfmReport", "ValueReport", "ChurnReport",
            "LoyaltyReport", "TierReport", "ValueTypesReportJson", "CustomerProfileJson", "AttitudinalLoyaltyReport",
            "ItemsInteractionJson", "ItemsSurveyResponseJson");

    @SuppressWarnings("rawtypes")
    private static void required(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().forEach((name, schema) -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties == null) {
                return;
            }
            if (REQUIRED_IN_REQUESTS.containsKey(name)) {
                schema.setRequired(new java.util.ArrayList<>(REQUIRED_IN_REQUESTS.get(name)));
            } else if (COMPLETE_ANSWERS.contains(name)) {
                schema.setRequired(new java.util.ArrayList<>(properties.keySet()));
            }
        });
    }

    /** The last page's nextCursor is null: said so, so generated clients expect it. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void nullableCursors(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        components.getSchemas().values().forEach(schema -> {
            Map<String, Schema> properties = schema.getProperties();
            if (properties != null && properties.get("nextCursor") != null) {
                Schema cursor = new Schema<>().description("pass back as 'after' for the next page; null on the last");
                cursor.setTypes(new java.util.LinkedHashSet<>(List.of("string", "null")));
                properties.put("nextCursor", cursor);
            }
        });
    }

    /** Money is written by MoneyJson, not as its Java fields: ISO code to exact decimal string. */
    @SuppressWarnings({"rawtypes", "unchecked"})
    private static void money(Components components) {
        if (components.getSchemas() == null) {
            return;
        }
        for (String name : List.of("Money", "MoneyTotals")) {
            if (components.getSchemas().containsKey(name)) {
                Schema amount = new StringSchema().pattern("^-?[0-9]+(\\.[0-9]+)?$")
                        .description("exact decimal amount, at most the currency's minor-unit digits");
                Schema money = new Schema<>().type("object").additionalProperties(amount)
                        .description("Money: ISO 4217 currency code to exact decimal amount, e.g. {\"USD\": \"1069356.50\"}; "
                                + "one entry per currency");
                money.setTypes(Set.of("object"));
                components.getSchemas().put(name, money);
            }
        }
    }

    private static final Map<String, String> TAGS = Map.of(
            "customers", "Customers: register, read, update, find, import in bulk; a customer's timeline and tiers",
            "purchases", "Purchases: record one, list a customer's, import in bulk",
            "products", "The product catalog: import in bulk",
            "models", "Customer-base models: fit, read, check against a holdout period",
            "reports", "Lifecycle, RFM and customer-value reports", "system", "Health, version and metrics");

    /** Swagger copies {@code @DefaultValue} as text; a number's or a boolean's default must be one. */
    @SuppressWarnings("unchecked")
    private static void typedDefault(Parameter p) {
        Schema<?> schema = p.getSchema();
        if (schema == null || !(schema.getDefault() instanceof String text)) {
            return;
        }
        Set<String> types = schema.getTypes() != null ? schema.getTypes()
                : schema.getType() == null ? Set.of() : Set.of(schema.getType());
        Schema<Object> raw = (Schema<Object>) schema;
        if (types.contains("number") || types.contains("integer")) {
            raw.setDefault(new java.math.BigDecimal(text));
        } else if (types.contains("boolean")) {
            raw.setDefault(Boolean.valueOf(text));
        }
    }

    private static void describe(String path, PathItem.HttpMethod method, Operation op) {
        boolean open = ApiKeyAuthentication.OPEN_PATHS.contains(path.substring(1));
        if (open) {
            op.setSecurity(List.of());
        }
        ApiResponses responses = op.getResponses() == null ? new ApiResponses() : op.getResponses();
        op.setResponses(responses);
        // Swagger names the response of a method returning an entity "default"; it is the success response.
        ApiResponse entity = responses.remove("default");
        if (responses.keySet().stream().noneMatch(k -> k.startsWith("2"))) {
            responses.addApiResponse("200", entity == null || entity.getContent() == null
                    ? new ApiResponse().description("OK") : entity.description("OK"));
        }
        if (op.getDescription() == null) {
            op.setDescription(op.getSummary());
        }
        if (op.getParameters() != null) {
            op.getParameters().forEach(ApiConventions::typedDefault);
        }
        if (path.startsWith("/reports/")) {
            op.addParametersItem(new Parameter().in("query").name("format").description("json (the default), csv or "
                    + "html; the same as Accept: text/csv or text/html (and /reports/NAME.html)")
                    .schema(new StringSchema()._enum(List.of("json", "csv", "html"))));
            op.addParametersItem(new Parameter().in("query").name("locale").description("with html: the language "
                    + "and number format, an IETF tag such as en (the default) or zh-CN").schema(new StringSchema()));
            op.addParametersItem(new Parameter().in("query").name("section").description("with csv: which of the "
                    + "report's lists becomes the table (its JSON name); the first by default")
                    .schema(new StringSchema()));
        }
        responses.values().forEach(r -> r.addHeaderObject(RequestLog.HEADER,
                new Header().$ref("#/components/headers/" + RequestLog.HEADER)));
        if (!open) {
            problem(responses, "400", "Invalid request: malformed JSON, a wrong type, an unknown field or a bad "
                    + "parameter; errors lists each field");
            problem(responses, "401", "No API key, or an unknown, malformed or revoked one");
            problem(responses, "403", "The API key lacks the scope this request needs");
        }
        if (path.contains("{")) {
            problem(responses, "404", "No such resource");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PATCH) {
            problem(responses, "413", "The body is larger than the limit");
            problem(responses, "422", "Refused: valid but not acceptable now (e.g. an Idempotency-Key reused with "
                    + "another body)");
        }
        if (method == PathItem.HttpMethod.GET && path.startsWith("/reports/")) {
            problem(responses, "422", "Refused: e.g. the value models are not fitted yet");
        }
        if (method == PathItem.HttpMethod.PATCH) {
            problem(responses, "412", "The If-Match version is stale: read the customer again and retry");
            problem(responses, "428", "If-Match is required");
            problem(responses, "409", "An external id given is already another customer's");
        }
        if (method == PathItem.HttpMethod.POST || method == PathItem.HttpMethod.PATCH) {
            problem(responses, "415", "The body has no Content-Type, or one this route does not read");
        }
        if (method == PathItem.HttpMethod.GET) {
            problem(responses, "406", "The Accept header asks for a format this route does not write");
        }
        problem(responses, "405", "The route does not take this method; the Allow header lists those it takes");
        headers(path, method, responses);
        if (method == PathItem.HttpMethod.POST && path.equals("/customers")) {
            problem(responses, "409", "An external id given is already another customer's");
        }
        problem(responses, "500", "An unexpected error; quote the requestId");
        problem(responses, "503", "The store could not be reached; try again");
    }

    /** The headers a client acts on: where a new resource is, its version, and whether an answer was replayed. */
    private static void headers(String path, PathItem.HttpMethod method, ApiResponses responses) {
        responses.forEach((status, response) -> {
            if (status.equals("201")) {
                response.addHeaderObject("Location", new Header().description("where the new resource is (relative)")
                        .schema(new StringSchema()));
            }
            boolean customer = path.equals("/customers") || path.equals("/customers/{customerId}");
            if (customer && status.startsWith("2")) {
                response.addHeaderObject("ETag", new Header().description("the customer's version, for If-Match")
                        .schema(new StringSchema()));
            }
            if (method == PathItem.HttpMethod.POST && status.startsWith("2")) {
                response.addHeaderObject("Idempotent-Replayed", new Header().description("true when this is the "
                        + "remembered answer to an earlier request with the same Idempotency-Key")
                        .schema(new StringSchema()._enum(List.of("true"))));
            }
        });
    }

    private static void problem(ApiResponses responses, String status, String description) {
        if (!responses.containsKey(status)) {
            responses.addApiResponse(status, new ApiResponse().description(description).content(new Content()
                    .addMediaType(PROBLEM, new MediaType().schema(new Schema<>().$ref("#/components/schemas/Problem")))));
        }
    }
}
