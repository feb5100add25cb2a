package org.opencrm.adapter.rest.server;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.ws.rs.ext.ContextResolver;
import java.io.IOException;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import org.glassfish.grizzly.http.server.HttpServer;
import org.glassfish.jersey.grizzly2.httpserver.GrizzlyHttpServerFactory;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.opencrm.adapter.rest.access.ApiKeyAuthentication;
import org.opencrm.adapter.rest.media.CsvReports;
import org.opencrm.adapter.rest.media.HtmlReports;
import org.opencrm.adapter.rest.media.Json;
import org.opencrm.adapter.rest.media.PlainAnnotations;
import org.opencrm.adapter.rest.exchange.ProblemMapper;
import org.opencrm.adapter.rest.exchange.RequestLog;
import org.opencrm.adapter.rest.openapi.OpenApiResource;
import org.opencrm.adapter.rest.system.MetricsResource;
import org.opencrm.application.port.in.access.AuthenticateUseCase;

/**
 * The HTTP server: Jersey on Grizzly, with resource instances built by the caller (the bootstrap's injector),
 * JSON by Jackson (ISO-8601 instants, unknown fields refused), every error a problem document.
 */
public final class RestServer implements AutoCloseable {

    /** Request bodies above this are refused with 413 (bulk imports will stream, not post one body). */
    public static final long MAX_BODY_BYTES = 1L << 20;

    /**
     * Jersey warns that resource instances "do not implement any provider interfaces" and then serves them all
     * the same: the warning is about the provider check only. Kept in a field so the level set sticks.
     */
    private static final java.util.logging.Logger PROVIDER_CHECK =
            java.util.logging.Logger.getLogger("org.glassfish.jersey.internal.inject.Providers");

    /** The request line and headers together: past this the codec answers 400 before any handler runs. */
    static final int MAX_HEADER_BYTES = 64 * 1024;

    private final HttpServer server;
    private final List<AutoCloseable> codecs;

    private RestServer(HttpServer server, List<AutoCloseable> codecs) {
        this.server = server;
        this.codecs = codecs;
    }

    /**
     * Starts serving {@code resources}, their OpenAPI description and {@code /metrics} on {@code bind}:{@code port},
     * every request but the open ones ({@link ApiKeyAuthentication#OPEN_PATHS}) checked by {@code authenticate}.
     */
    public static RestServer start(String bind, int port, List<Object> resources, String version,
                                   AuthenticateUseCase authenticate, PrometheusMeterRegistry metrics) throws IOException {
        PROVIDER_CHECK.setLevel(java.util.logging.Level.SEVERE);
        List<Object> all = new ArrayList<>(resources);
        all.add(new MetricsResource(metrics));
        ResourceConfig config = new ResourceConfig();
        config.registerInstances(all.toArray());
        config.registerInstances(OpenApiResource.describing(classes(resources), version));
        config.register(new ProblemMapper());
        config.register(CsvReports.class);
        config.register(HtmlReports.class);
        config.register(new RequestLog(MAX_BODY_BYTES, metrics));
        config.register(new ApiKeyAuthentication(authenticate));
        config.register(JacksonFeature.withoutExceptionMappers());
        config.register(new PlainAnnotations());
        config.register(new JsonMapper());
        config.property(ServerProperties.WADL_FEATURE_DISABLE, true);
        config.property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true);
        // Location headers stay as the resources write them, relative: JAX-RS would otherwise complete them from
        // the request's Host header, which any client can set (a redirect to a host of the attacker's choosing).
        config.property(ServerProperties.LOCATION_HEADER_RELATIVE_URI_RESOLUTION_DISABLED, true);
        HttpServer server = GrizzlyHttpServerFactory.createHttpServer(URI.create("http://" + bind + ":" + port + "/"),
                config, false);
        org.glassfish.grizzly.http.server.ServerConfiguration serverConfig = server.getServerConfiguration();
        var handlers = new java.util.LinkedHashMap<>(serverConfig.getHttpHandlersWithMapping());
        handlers.forEach((handler, mappings) -> {
            serverConfig.removeHttpHandler(handler);
            serverConfig.addHttpHandler(new MalformedRequests(handler), mappings);
        });
        serverConfig.setDefaultErrorPageGenerator(MalformedRequests.PLAIN_ERRORS);
        // A GET with a body reaches the handler, which refuses it with a problem document; the codec's own refusal
        // is an empty 400 that names neither the request nor the mistake.
        serverConfig.setAllowPayloadForUndefinedHttpMethods(true);
        // Request lines and headers up to 64 KiB reach the handler, which refuses a URI over 8 KiB itself; past
        // 64 KiB the codec refuses them, with a problem document too (ProblemCodec).
        server.getListeners().forEach(l -> l.setMaxHttpHeaderSize(MAX_HEADER_BYTES));
        // No product name or version in headers or pages: nothing for a scanner to match against.
        serverConfig.setHttpServerName("");
        serverConfig.setHttpServerVersion("");
        server.start();
        List<AutoCloseable> codecs = new ArrayList<>();
        server.getListeners().forEach(l -> codecs.add(ProblemCodec.install(l, serverConfig)));
        return new RestServer(server, codecs);
    }


    /** The OpenAPI document {@link #start} would serve for these resources, without serving them. */
    public static String describe(List<Object> resources, String version) {
        return OpenApiResource.describing(classes(resources), version).document();
    }

    private static List<Class<?>> classes(List<Object> resources) {
        List<Class<?>> classes = new ArrayList<>();
        resources.forEach(r -> classes.add(r.getClass()));
        classes.add(MetricsResource.class);
        classes.add(OpenApiResource.class);
        return classes;
    }

    /** The one ObjectMapper of the API (a named class: Jersey finds context resolvers by their type argument). */
    private static final class JsonMapper implements ContextResolver<ObjectMapper> {
        @Override
        public ObjectMapper getContext(Class<?> type) {
            return Json.MAPPER;
        }
    }

    /** The port actually bound (the one asked for, or a free one for 0). */
    public int port() {
        return server.getListeners().iterator().next().getPort();
    }

    @Override
    public void close() {
        server.shutdownNow();
        for (AutoCloseable codec : codecs) {
            try {
                codec.close();
            } catch (Exception e) {
                throw new IllegalStateException("could not stop the HTTP codec's timer", e);
            }
        }
    }
}
