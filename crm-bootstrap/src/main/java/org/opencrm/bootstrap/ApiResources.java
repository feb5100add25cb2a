package org.opencrm.bootstrap;

import com.google.inject.Injector;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrm.adapter.rest.server.Resources;
import org.opencrm.application.port.in.access.AuthenticateUseCase;

/** The REST resources over the application's use cases: what {@code crm serve} serves and {@code crm openapi} describes. */
final class ApiResources {

    private final List<Object> resources;
    private final AuthenticateUseCase authenticate;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final String version = new org.opencrm.adapter.cli.VersionProvider().getVersion()[0];

    @Inject
    ApiResources(Injector injector) {
        this.authenticate = injector.getInstance(AuthenticateUseCase.class);
        this.resources = Resources.all(injector::getInstance, metrics, version);
    }

    List<Object> resources() {
        return resources;
    }

    AuthenticateUseCase authenticate() {
        return authenticate;
    }

    PrometheusMeterRegistry metrics() {
        return metrics;
    }

    String version() {
        return version;
    }
}
