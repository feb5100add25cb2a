package org.opencrm.adapter.rest.exchange;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.logging.Logger;
import org.glassfish.jersey.server.ExtendedUriInfo;
import org.glassfish.jersey.uri.UriTemplate;
import org.opencrm.adapter.rest.media.CsvReports;
import org.opencrm.adapter.rest.media.HtmlReports;

/**
 * Gives every request an id (the caller's {@code Request-Id} if it sent a sane one), returns it in the
 * {@code Request-Id} header, refuses bodies over the size limit with 413 before reading them, and writes
 * one structured access-log line per request and its latency in the {@code http.server.requests} histogram.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Request-Id";
    static final String PROPERTY = "crm.requestId";
    private static final String STARTED = "crm.started";
    /** The access log's logger: the bootstrap's logging setup gives it its own line format and thread. */
    public static final String ACCESS_LOG = "org.opencrm.access";
    private static final Logger LOG = Logger.getLogger(ACCESS_LOG);

    /** Bulk imports stream their body, so they may be larger. */
    static final long MAX_IMPORT_BYTES = 256L << 20;

    private final long maxBodyBytes;
    private final MeterRegistry metrics;
    /** The timer of each (method, route, status): looked up once, not built on every request. */
    private final Map<String, Timer> timers = new ConcurrentHashMap<>();

    public RequestLog(long maxBodyBytes, MeterRegistry metrics) {
        this.maxBodyBytes = maxBodyBytes;
        this.metrics = metrics;
    }

    /** The request being served on this thread: Grizzly serves each request on one worker thread. */
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    /** The id of the request this thread is serving (for problem documents). */
    public static String currentId() {
        String id = CURRENT.get();
        return id == null ? UUID.randomUUID().toString() : id;
    }

    private static String idOf(ContainerRequestContext request) {
        Object id = request.getProperty(PROPERTY);
        return id == null ? currentId() : id.toString();
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String given = request.getHeaderString(HEADER);
        String id = given != null && given.matches("[A-Za-z0-9._-]{1,64}") ? given : UUID.randomUUID().toString();
        request.setProperty(PROPERTY, id);
        CURRENT.set(id);
        request.setProperty(STARTED, System.nanoTime());
        // /reports/NAME.html is the report as a page: the report's own resource, asked for text/html.
        String path = request.getUriInfo().getPath();
        if (path.startsWith("reports/") && path.endsWith(".html")) {
            java.net.URI uri = request.getUriInfo().getRequestUri();
            String raw = uri.getRawPath();
            request.setRequestUri(request.getUriInfo().getBaseUri(), jakarta.ws.rs.core.UriBuilder.fromUri(uri)
                    .replacePath(raw.substring(0, raw.length() - ".html".length())).build());
            request.getHeaders().putSingle(jakarta.ws.rs.core.HttpHeaders.ACCEPT, HtmlReports.MEDIA_TYPE);
        }
        // ?format=csv|json|html is the command line's switch; over HTTP it stands for the Accept header.
        String format = request.getUriInfo().getQueryParameters().getFirst("format");
        if (format != null) {
            switch (format.toLowerCase(java.util.Locale.ROOT)) {
                case "csv" -> request.getHeaders().putSingle(jakarta.ws.rs.core.HttpHeaders.ACCEPT, CsvReports.MEDIA_TYPE);
                case "json" -> request.getHeaders().putSingle(jakarta.ws.rs.core.HttpHeaders.ACCEPT, "application/json");
                case "html" -> request.getHeaders().putSingle(jakarta.ws.rs.core.HttpHeaders.ACCEPT, HtmlReports.MEDIA_TYPE);
                default -> {
                    Problem invalid = ProblemMapper.problem(new IllegalArgumentException("'format' must be json, csv or html, "
                            + "got '" + format + "'"), "/" + request.getUriInfo().getPath(), id);
                    request.abortWith(Response.status(400).type(Problem.MEDIA_TYPE).entity(invalid).build());
                    return;
                }
            }
        }
        // JSON is UTF-8 (RFC 8259 §8.1): a body declared in another charset would be decoded wrongly, never stored.
        jakarta.ws.rs.core.MediaType type = request.getMediaType();
        boolean writes = "POST".equals(request.getMethod()) || "PATCH".equals(request.getMethod())
                || "PUT".equals(request.getMethod());
        if (writes && type == null && (request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null)) {
            // Guessing a body's format is how a CSV gets read as JSON: the client says which it sent.
            request.abortWith(Response.status(415).type(Problem.MEDIA_TYPE).entity(new Problem(
                    "https://opencrm.org/problems/unsupported-media-type", "Unsupported Media Type", 415,
                    "a body needs a Content-Type: application/json, or for an import text/csv or application/x-ndjson",
                    "/" + request.getUriInfo().getPath(), id, null)).build());
            return;
        }
        String charset = type == null ? null : type.getParameters().get("charset");
        if (charset != null && type.getSubtype().endsWith("json") && !charset.equalsIgnoreCase("utf-8")) {
            Problem refused = ProblemMapper.problem(new IllegalArgumentException("'Content-Type' JSON bodies must be "
                    + "UTF-8; got charset=" + charset.replaceAll("[^A-Za-z0-9._-]", "?")),
                    "/" + request.getUriInfo().getPath(), id);
            request.abortWith(Response.status(400).type(Problem.MEDIA_TYPE).entity(refused).build());
            return;
        }
        // Bulk imports (purchases, customers, products) stream their body: they may be large.
        long limit = request.getUriInfo().getPath().endsWith("/import") ? MAX_IMPORT_BYTES : maxBodyBytes;
        if (!"GET".equals(request.getMethod()) && !"HEAD".equals(request.getMethod())) {
            request.setEntityStream(new BodyLimit(request.getEntityStream(), limit));
        }
        if (request.getLength() > limit) {
            request.abortWith(Response.status(413).type(Problem.MEDIA_TYPE).entity(new Problem(
                    "https://opencrm.org/problems/too-large", "Payload too large", 413, "the body has "
                    + request.getLength() + " bytes; the limit is " + limit, "/" + request.getUriInfo().getPath(),
                    id, null)).build());
        }
    }

    @Override
    public void filter(ContainerRequestContext request, ContainerResponseContext response) {
        String id = idOf(request);
        CURRENT.remove();
        response.getHeaders().putSingle(HEADER, id);
        Object started = request.getProperty(STARTED);
        long nanos = started == null ? 0 : System.nanoTime() - (Long) started;
        String route = route(request);
        int status = response.getStatus();
        timers.computeIfAbsent(request.getMethod() + ' ' + route + ' ' + status, k -> Timer.builder("http.server.requests")
                .description("HTTP requests by route, method and status").tag("method", request.getMethod())
                .tag("route", route).tag("status", Integer.toString(status)).publishPercentileHistogram()
                .register(metrics)).record(nanos, TimeUnit.NANOSECONDS);
        String key = request.getSecurityContext() == null || request.getSecurityContext().getUserPrincipal() == null
                ? "-" : request.getSecurityContext().getUserPrincipal().getName();
        // Concatenation, not String.format: this runs on every request, and the formatter parses its pattern each time.
        LOG.info(() -> "request_id=" + id + " method=" + logged(request.getMethod()) + " path="
                + logged(request.getUriInfo().getRequestUri().getRawPath()) + " route=" + route + " status=" + status
                + " duration_ms=" + Math.round(nanos / 1e5) / 10.0 + " api_key=" + logged(key));
    }

    /**
     * A value as the access log may hold it: the path as sent (still percent-encoded, so {@code %0a} stays three
     * characters), and any control, space or non-ASCII character escaped as {@code %XX}: one request is always one
     * line, and no field can forge another.
     */
    static String logged(String value) {
        if (value == null) {
            return "-";
        }
        StringBuilder out = null;
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            boolean plain = c > 0x20 && c < 0x7f;
            if (!plain && out == null) {
                out = new StringBuilder(value.length() + 8).append(value, 0, i);
            }
            if (out != null) {
                if (plain) {
                    out.append(c);
                } else {
                    for (byte b : String.valueOf(c).getBytes(java.nio.charset.StandardCharsets.UTF_8)) {
                        out.append('%').append(Character.forDigit((b >> 4) & 0xf, 16)).append(Character.forDigit(b & 0xf, 16));
                    }
                }
            }
        }
        return out == null ? value : out.toString();
    }

    /**
     * The matched path template ({@code /customers/{id}}), never the raw path: metrics must not get a series
     * per customer. Requests refused before matching count as "unmatched".
     */
    private static String route(ContainerRequestContext request) {
        if (!(request.getUriInfo() instanceof ExtendedUriInfo matched) || matched.getMatchedTemplates().isEmpty()) {
            return "unmatched";
        }
        List<UriTemplate> templates = new ArrayList<>(matched.getMatchedTemplates());
        Collections.reverse(templates);
        StringBuilder route = new StringBuilder();
        for (UriTemplate t : templates) {
            String part = t.getTemplate();
            if (!part.isEmpty() && !part.equals("/")) {
                route.append(part.startsWith("/") ? "" : "/").append(part.endsWith("/")
                        ? part.substring(0, part.length() - 1) : part);
            }
        }
        return route.length() == 0 ? "/" : route.toString();
    }
}
