package org.opencrm.adapter.rest.server;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.util.Objects;
import java.util.UUID;
import org.glassfish.grizzly.http.server.ErrorPageGenerator;
import org.glassfish.grizzly.http.server.HttpHandler;
import org.glassfish.grizzly.http.server.Request;
import org.glassfish.grizzly.http.server.Response;
import org.opencrm.adapter.rest.exchange.Problem;
import org.opencrm.adapter.rest.exchange.RequestLog;

/**
 * In front of Jersey: a request Jersey cannot even parse (a URI with a bare quote, say) is the client's mistake
 * and gets a 400 problem document with a request id, not the container's 500 page with a stack trace and the
 * server's version. Also the container's own error pages (an over-long header) say no more than their status.
 */
final class MalformedRequests extends HttpHandler {

    /** Longer URIs are refused: no route of this API needs one, and a client sending one has a bug. */
    static final int MAX_URI_LENGTH = 8 * 1024;

    /** Methods whose request has no body (RFC 9110 §9.3.1, §9.3.2): one sent is a client bug or a smuggling try. */
    private static final java.util.Set<String> BODILESS = java.util.Set.of("GET", "HEAD");

    private final HttpHandler jersey;

    MalformedRequests(HttpHandler jersey) {
        this.jersey = Objects.requireNonNull(jersey);
    }

    @Override
    public void service(Request request, Response response) throws Exception {
        String query = request.getQueryString();
        int length = request.getRequestURI().length() + (query == null ? 0 : query.length() + 1);
        if (length > MAX_URI_LENGTH) {
            refuse(response, "uri", "the request URI has " + length + " characters; at most " + MAX_URI_LENGTH);
            return;
        }
        try {
            new URI(request.getRequestURI() + (query == null ? "" : "?" + query));
        } catch (URISyntaxException e) {
            refuse(response, "uri", "the request URI is not valid: " + e.getReason() + " at index " + e.getIndex());
            return;
        }
        if (BODILESS.contains(request.getMethod().getMethodString()) && hasBody(request)) {
            refuse(response, "body", "a " + request.getMethod().getMethodString()
                    + " request carries no body; send the parameters in the query");
            return;
        }
        jersey.service(request, response);
    }

    private static boolean hasBody(Request request) {
        return request.getContentLengthLong() > 0 || request.getRequest().isChunked();
    }

    @Override
    public void start() {
        jersey.start();
    }

    @Override
    public void destroy() {
        jersey.destroy();
    }

    private static void refuse(Response response, String field, String detail) throws java.io.IOException {
        String id = UUID.randomUUID().toString();
        response.setStatus(400);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setHeader(RequestLog.HEADER, id);
        byte[] body = problem(400, "Bad request", detail, id, field).getBytes(StandardCharsets.UTF_8);
        response.setContentLength(body.length);
        response.getOutputStream().write(body);
    }

    /** A problem document by hand: this runs outside Jersey, where the API's JSON set-up is not at hand. */
    static String problem(int status, String title, String detail, String id) {
        return problem(status, title, detail, id, "request");
    }

    static String problem(int status, String title, String detail, String id, String field) {
        return "{\"type\":\"https://opencrm.org/problems/" + (status == 400 ? "malformed-request" : "http-" + status)
                + "\",\"title\":" + quoted(title) + ",\"status\":" + status + ",\"detail\":" + quoted(detail)
                + ",\"requestId\":" + quoted(id) + (status == 400 ? ",\"errors\":[{\"field\":" + quoted(field) + ",\"reason\":"
                + quoted(detail) + "}]" : "") + "}";
    }

    private static String quoted(String text) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : text.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** The container's own error pages: the status and its reason, nothing of the server or the failure. */
    static final ErrorPageGenerator PLAIN_ERRORS = (request, status, reason, description, exception) ->
            problem(status, reason == null ? "Error" : reason, reason == null ? "" : reason, UUID.randomUUID().toString());
}
