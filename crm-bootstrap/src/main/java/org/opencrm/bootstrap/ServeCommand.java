package org.opencrm.bootstrap;

import jakarta.inject.Inject;
import java.io.IOException;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.rest.customer.CustomerResource;
import org.opencrm.adapter.rest.purchase.PurchaseImportResource;
import org.opencrm.adapter.rest.purchase.PurchaseResource;
import org.opencrm.adapter.rest.report.ReportResource;
import org.opencrm.adapter.rest.server.RestServer;
import org.opencrm.adapter.rest.system.SystemResource;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.customer.ListCustomersUseCase;
import org.opencrm.application.port.in.customer.RegisterCustomerUseCase;
import org.opencrm.application.port.in.customer.UpdateCustomerUseCase;
import org.opencrm.application.port.in.purchase.FindPurchasesUseCase;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase;
import org.opencrm.application.port.in.purchase.RecordPurchaseUseCase;
import org.opencrm.application.port.in.report.ChurnReportUseCase;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.application.port.in.report.LoyaltyReportUseCase;
import org.opencrm.application.port.in.report.RfmReportUseCase;
import org.opencrm.application.port.in.report.ValueReportUseCase;
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
                + "--store until stopped (Ctrl-C). Endpoints so far: GET /health, GET /version, POST /customers, "
                + "GET /customers/{id}, GET /customers?limit=N&after=CURSOR, POST and GET /customers/{id}/purchases, POST /purchases/import (NDJSON), GET /reports/lifecycle?asOf=&from=, GET /reports/rfm?asOf=&bins=&monetary=, GET /reports/value|churn|loyalty, "
                + "GET /openapi.json.")
final class ServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", defaultValue = "127.0.0.1",
            description = "Address to listen on; 0.0.0.0 for every interface (default: ${DEFAULT-VALUE}).")
    String bind;

    private final List<Object> resources;
    private final CountDownLatch stopped = new CountDownLatch(1);

    @Inject
    ServeCommand(RegisterCustomerUseCase register, UpdateCustomerUseCase update, FindCustomerUseCase find,
                 ListCustomersUseCase list, RecordPurchaseUseCase record, FindPurchasesUseCase purchases,
                 ImportPurchasesUseCase importPurchases, LifecycleReportUseCase lifecycle, RfmReportUseCase rfm,
                 ValueReportUseCase value, ChurnReportUseCase churn, LoyaltyReportUseCase loyalty) {
        this.resources = List.of(new CustomerResource(register, update, find, list),
                new PurchaseResource(record, purchases), new PurchaseImportResource(importPurchases),
                new ReportResource(lifecycle, rfm, value, churn, loyalty));
    }

    @Override
    public Integer call() throws IOException {
        if (port < 0 || port > 65_535) {
            throw new IllegalArgumentException("'--port' must be 0..65535, got " + port);
        }
        String version = new org.opencrm.adapter.cli.VersionProvider().getVersion()[0];
        boolean interrupted = false;
        List<Object> all = new java.util.ArrayList<>(resources);
        all.add(new SystemResource(version));
        try (RestServer server = RestServer.start(bind, port, all, version)) {
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
