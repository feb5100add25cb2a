package org.opencrm.bootstrap;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import java.io.InputStream;
import java.util.Iterator;
import java.util.List;
import org.opencrm.adapter.cli.importing.PurchaseCsv;
import org.opencrm.adapter.cli.support.InputException;
import org.opencrm.adapter.rest.customer.CustomerResource;
import org.opencrm.adapter.rest.customer.CustomerTimelineResource;
import org.opencrm.adapter.rest.http.IdempotencyKeys;
import org.opencrm.adapter.rest.model.ModelResource;
import org.opencrm.adapter.rest.purchase.PurchaseImportResource;
import org.opencrm.adapter.rest.purchase.PurchaseResource;
import org.opencrm.adapter.rest.report.ReportResource;
import org.opencrm.adapter.rest.system.SystemResource;
import org.opencrm.application.port.in.access.AuthenticateUseCase;
import org.opencrm.application.port.in.customer.CustomerTimelineUseCase;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.customer.ListCustomersUseCase;
import org.opencrm.application.port.in.customer.RegisterCustomerUseCase;
import org.opencrm.application.port.in.customer.UpdateCustomerUseCase;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.model.FindModelUseCase;
import org.opencrm.application.port.in.model.FitModelUseCase;
import org.opencrm.application.port.in.purchase.FindPurchasesUseCase;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase;
import org.opencrm.application.port.in.purchase.RecordPurchaseUseCase;
import org.opencrm.application.port.in.report.ChurnReportUseCase;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.application.port.in.report.LoyaltyReportUseCase;
import org.opencrm.application.port.in.report.RfmReportUseCase;
import org.opencrm.application.port.in.report.TierReportUseCase;
import org.opencrm.application.port.in.report.ValueReportUseCase;
import org.opencrm.application.port.in.report.ValueTypesReportUseCase;

/** The REST resources over the application's use cases: what {@code crm serve} serves and {@code crm openapi} describes. */
final class ApiResources {

    private final List<Object> resources;
    private final AuthenticateUseCase authenticate;
    private final PrometheusMeterRegistry metrics = new PrometheusMeterRegistry(PrometheusConfig.DEFAULT);
    private final String version = new org.opencrm.adapter.cli.VersionProvider().getVersion()[0];

    @Inject
    ApiResources(RegisterCustomerUseCase register, UpdateCustomerUseCase update, FindCustomerUseCase find,
                 ListCustomersUseCase list, RecordPurchaseUseCase record, FindPurchasesUseCase purchases,
                 ImportPurchasesUseCase importPurchases, LifecycleReportUseCase lifecycle, RfmReportUseCase rfm,
                 ValueReportUseCase value, ChurnReportUseCase churn, LoyaltyReportUseCase loyalty,
                 TierReportUseCase tiers, ValueTypesReportUseCase valueTypes, FitModelUseCase fit,
                 FindModelUseCase models, CustomerTimelineUseCase timeline, IdempotentRequestUseCase requests,
                 AuthenticateUseCase authenticate) {
        IdempotencyKeys idempotency = new IdempotencyKeys(requests);
        this.authenticate = authenticate;
        this.resources = List.of(new CustomerResource(register, update, find, list, idempotency),
                new CustomerTimelineResource(timeline),
                new PurchaseResource(record, purchases, idempotency),
                new PurchaseImportResource(importPurchases, ApiResources::csvPurchases, idempotency, metrics),
                new ReportResource(lifecycle, rfm, value, churn, loyalty, tiers, valueTypes),
                new ModelResource(fit, models), new SystemResource(version));
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

    /** The CLI's CSV layout, its whole-file refusals made a client error. */
    private static Iterator<ImportRow<ImportPurchasesUseCase.PurchaseRow>> csvPurchases(String source, InputStream in,
                                                                                      String currency) {
        try {
            return PurchaseCsv.rows(source, in, currency, 1000);
        } catch (InputException e) {
            throw new IllegalArgumentException(e.problem(), e);
        }
    }
}
