package org.opencrm.bootstrap;

import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import jakarta.inject.Inject;
import jakarta.inject.Provider;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.rest.server.RestServer;
import org.opencrm.adapter.rest.system.CeilingResource;
import org.slf4j.bridge.SLF4JBridgeHandler;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * {@code crm serve}: the REST API on the configured store. Lives in the bootstrap because it joins two
 * adapters (the command line and the HTTP server), which never depend on each other.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, footer = ExitCodes.HELP,
        description = "Serves the REST API (JSON; errors as application/problem+json) on the store chosen by "
                + "--store until stopped (Ctrl-C). Every request but GET /health, /version and /openapi.json needs an "
                + "API key ('crm apikey create'), sent as 'Authorization: Bearer TOKEN'. The endpoints are described "
                + "at GET /openapi.json ('crm openapi' prints the same document); docs/api.md explains paging, "
                + "errors, idempotency and ETags.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String bind;

    @Option(names = "--benchmark-ceiling",
            description = "Also serve GET /bench/ceiling, a constant answer through the same filters, as the "
                    + "framework's ceiling for HTTP benchmarks (tools/bench/http.sh).")
    boolean ceiling;

    /** Made only when the command runs: building the API's objects would slow every other command's start. */
    private final Provider<ApiResources> apiResources;
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Inject
    ServeCommand(Provider<ApiResources> apiResources) {
        this.apiResources = apiResources;
    }

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("'--port' must be 0..65535, got " + port);
        }
        ApiResources api = apiResources.get();
        boolean interrupted = false;
        // Jersey, Grizzly and the access log write to java.util.logging; route it to the configured logback.
        SLF4JBridgeHandler.removeHandlersForRootLogger();
        SLF4JBridgeHandler.install();
        new JvmMemoryMetrics().bindTo(api.metrics());
        new JvmGcMetrics().bindTo(api.metrics());
        new JvmThreadMetrics().bindTo(api.metrics());
        new ProcessorMetrics().bindTo(api.metrics());
        List<Object> resources = new ArrayList<>(api.resources());
        if (ceiling) {
            resources.add(new CeilingResource());
        }
        try (RestServer server = RestServer.start(bind, port, resources, api.version(), api.authenticate(),
                api.metrics())) {
            PrintWriter out = spec.commandLine().getOut();
            out.printf("Serving the CRM API on http://%s:%d/ (Ctrl-C to stop)%n", bind, server.port());
            out.flush();
            Thread hook = new Thread(stopped::countDown, "crm-serve-stop");
            Runtime.getRuntime().addShutdownHook(hook);
            try {
                stopped.await();
            } catch (InterruptedException e) {
                interrupted = true; // asked to stop: close the server (not while interrupted), then say so
            } finally {
                try {
                    Runtime.getRuntime().removeShutdownHook(hook);
                } catch (IllegalStateException shuttingDown) {
                    // the JVM is already stopping
                }
            }
        }
        if (interrupted) {
            Thread.currentThread().interrupt();
        }
        return ExitCodes.OK;
    }
}
