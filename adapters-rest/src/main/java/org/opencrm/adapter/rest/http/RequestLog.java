package org.opencrm.adapter.rest.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import java.util.Locale;
import java.util.UUID;
import java.util.logging.Logger;

/**
 * Gives every request an id (the caller's {@code Request-Id} if it sent a sane one), returns it in the
 * {@code Request-Id} header, refuses bodies over the size limit with 413 before reading them, and writes
 * one structured access-log line per request.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class RequestLog implements ContainerRequestFilter, ContainerResponseFilter {

    public static final String HEADER = "Request-Id";
    static final String PROPERTY = "crm.requestId";
    private static final String STARTED = "crm.started";
    private static final Logger LOG = Logger.getLogger("org.opencrm.access");

    /** Bulk imports stream their body, so they may be larger. */
    static final long MAX_IMPORT_BYTES = 256L << 20;

    private final long maxBodyBytes;

    public RequestLog(long maxBodyBytes) {
        this.maxBodyBytes = maxBodyBytes;
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
        long limit = request.getUriInfo().getPath().startsWith("purchases/import") ? MAX_IMPORT_BYTES : maxBodyBytes;
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
        double ms = started == null ? 0 : (System.nanoTime() - (Long) started) / 1e6;
        LOG.info(() -> String.format(Locale.ROOT, "request_id=%s method=%s path=/%s status=%d duration_ms=%.1f", id,
                request.getMethod(), request.getUriInfo().getPath(), response.getStatus(), ms));
    }
}
