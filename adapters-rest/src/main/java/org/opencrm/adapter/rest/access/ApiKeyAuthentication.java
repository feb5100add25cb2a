package org.opencrm.adapter.rest.access;

import jakarta.annotation.Priority;
import jakarta.ws.rs.HttpMethod;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.security.Principal;
import java.util.Objects;
import java.util.Set;
import org.opencrm.adapter.rest.exchange.Problem;
import org.opencrm.adapter.rest.exchange.RequestLog;
import org.opencrm.application.port.in.access.AuthenticateUseCase;
import org.opencrm.domain.access.ApiKey;
import org.opencrm.domain.access.ApiScope;

/**
 * Lets a request through only with an API key that holds the scope it needs: {@code read} for GET and HEAD,
 * {@code write} for everything else. 401 without a valid key, 403 with one that lacks the scope. Health,
 * version and the OpenAPI document are open, so probes and client generators need no secret.
 */
@Priority(Priorities.AUTHENTICATION)
public final class ApiKeyAuthentication implements ContainerRequestFilter {

    /** Paths served without a key. */
    public static final Set<String> OPEN_PATHS = Set.of("health", "version", "openapi.json");
    private static final String BEARER = "Bearer ";

    private final AuthenticateUseCase authenticate;

    public ApiKeyAuthentication(AuthenticateUseCase authenticate) {
        this.authenticate = Objects.requireNonNull(authenticate);
    }

    @Override
    public void filter(ContainerRequestContext request) {
        String path = request.getUriInfo().getPath();
        if (OPEN_PATHS.contains(path.startsWith("/") ? path.substring(1) : path)) {
            return;
        }
        String header = request.getHeaderString(HttpHeaders.AUTHORIZATION);
        String token = header != null && header.regionMatches(true, 0, BEARER, 0, BEARER.length())
                ? header.substring(BEARER.length()).strip() : null;
        ApiKey key = token == null ? null : authenticate.authenticate(token).orElse(null);
        if (key == null) {
            request.abortWith(problem(request, 401, "Unauthenticated", header == null
                    ? "send an API key as 'Authorization: Bearer TOKEN' (create one with 'crm apikey create')"
                    : "the API key is unknown, malformed or revoked")
                    .header(HttpHeaders.WWW_AUTHENTICATE, "Bearer realm=\"crm\"").build());
            return;
        }
        String method = request.getMethod();
        ApiScope needed = HttpMethod.GET.equals(method) || HttpMethod.HEAD.equals(method) || HttpMethod.OPTIONS.equals(method)
                ? ApiScope.READ : ApiScope.WRITE;
        if (!key.scopes().contains(needed)) {
            request.abortWith(problem(request, 403, "Forbidden", "API key " + key.id() + " lacks the '"
                    + needed.code() + "' scope this request needs").build());
            return;
        }
        boolean secure = request.getSecurityContext().isSecure();
        request.setSecurityContext(new KeyContext(key, secure));
    }

    private static Response.ResponseBuilder problem(ContainerRequestContext request, int status, String title,
                                                    String detail) {
        return Response.status(status).type(Problem.MEDIA_TYPE).entity(new Problem(
                "https://opencrm.org/problems/" + (status == 401 ? "unauthenticated" : "forbidden"), title, status,
                detail, "/" + request.getUriInfo().getPath(), RequestLog.currentId(), null));
    }

    /** The key as the request's principal: resources and logs see which key acted. */
    private record KeyContext(ApiKey key, boolean secure) implements SecurityContext {
        @Override
        public Principal getUserPrincipal() {
            return () -> key.id().value();
        }

        @Override
        public boolean isUserInRole(String role) {
            return key.scopes().stream().anyMatch(s -> s.code().equals(role));
        }

        @Override
        public boolean isSecure() {
            return secure;
        }

        @Override
        public String getAuthenticationScheme() {
            return "Bearer";
        }
    }
}
