package org.opencrm.adapter.rest.openapi;

import io.swagger.v3.core.util.Json31;
import io.swagger.v3.jaxrs2.integration.JaxrsOpenApiContextBuilder;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import io.swagger.v3.oas.integration.OpenApiConfigurationException;
import io.swagger.v3.oas.integration.SwaggerConfiguration;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.info.Contact;
import io.swagger.v3.oas.models.info.Info;
import io.swagger.v3.oas.models.info.License;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * {@code GET /openapi.json}: the OpenAPI 3.1 description of the API, read by Swagger from the resource classes
 * actually served, once at start-up, so it cannot drift from them.
 */
@Path("/openapi.json")
@Tag(name = "system")
public final class OpenApiResource {

    private final String document;

    /**
     * The document of the given resource classes. A factory, not a constructor: Jersey inspects the constructors
     * of registered instances and warned, at every start, that a {@code List<Class<?>>} parameter is not a
     * concrete type.
     */
    public static OpenApiResource describing(List<Class<?>> resources, String version) {
        return new OpenApiResource(read(resources, version));
    }

    private OpenApiResource(String document) {
        this.document = document;
    }

    private static String read(List<Class<?>> resources, String version) {
        Set<String> names = new LinkedHashSet<>();
        resources.forEach(r -> names.add(r.getName()));
        OpenAPI base = new OpenAPI().info(new Info().title("CRM core API").version(version)
                .description("Customers, their purchases, and the customer-value engine; errors are RFC 9457 "
                        + "problem documents (application/problem+json).")
                .contact(new Contact().name("CRM core maintainers"))
                .license(new License().name("Apache-2.0").url("https://www.apache.org/licenses/LICENSE-2.0")));
        SwaggerConfiguration config = new SwaggerConfiguration().openAPI(base).openAPI31(true).prettyPrint(true)
                .resourceClasses(names).readAllResources(true);
        try {
            OpenAPI api = new JaxrsOpenApiContextBuilder<>().openApiConfiguration(config).buildContext(true).read();
            ApiConventions.apply(api);
            return Json31.pretty(api);
        } catch (OpenApiConfigurationException e) {
            throw new IllegalStateException("cannot describe the API: " + e.getMessage(), e);
        }
    }

    @Operation(operationId = "openApi", summary = "This document: the OpenAPI 3.1 description of the API (no API key "
            + "needed)")
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    public String document() {
        return document;
    }
}
