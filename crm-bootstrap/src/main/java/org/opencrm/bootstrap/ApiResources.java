package org.opencrm.bootstrap;

import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import jakarta.inject.Inject;
import java.util.List;
import org.opencrm.adapter.rest.customer.CustomerImportResource;
import org.opencrm.adapter.rest.customer.CustomerProfileResource;
import org.opencrm.adapter.rest.customer.CustomerResource;
import org.opencrm.adapter.rest.customer.CustomerTiersResource;
import org.opencrm.adapter.rest.customer.CustomerTimelineResource;
import org.opencrm.adapter.rest.request.IdempotencyKeys;
import org.opencrm.adapter.rest.importing.BulkImport;
import org.opencrm.adapter.rest.model.ModelResource;
import org.opencrm.adapter.rest.product.ProductImportResource;
import org.opencrm.adapter.rest.purchase.PurchaseImportResource;
import org.opencrm.adapter.rest.purchase.PurchaseResource;
import org.opencrm.adapter.rest.report.ReportResource;
import org.opencrm.adapter.rest.system.SystemResource;
import org.opencrm.application.port.in.access.AuthenticateUseCase;
import org.opencrm.application.port.in.customer.CustomerProfileUseCase;
import org.opencrm.application.port.in.customer.CustomerTimelineUseCase;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase;
import org.opencrm.application.port.in.customer.ListCustomersUseCase;
import org.opencrm.application.port.in.customer.RegisterCustomerUseCase;
import org.opencrm.application.port.in.customer.UpdateCustomerUseCase;
import org.opencrm.application.port.in.idempotency.IdempotentRequestUseCase;
import org.opencrm.application.port.in.model.FindModelUseCase;
import org.opencrm.application.port.in.model.FitModelUseCase;
import org.opencrm.application.port.in.model.ValidateModelUseCase;
import org.opencrm.application.port.in.product.ImportProductsUseCase;
import org.opencrm.application.port.in.purchase.FindPurchasesUseCase;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase;
import org.opencrm.application.port.in.purchase.RecordPurchaseUseCase;
import org.opencrm.application.port.in.value.ChurnReportUseCase;
import org.opencrm.application.port.in.report.LifecycleReportUseCase;
import org.opencrm.application.port.in.value.LoyaltyReportUseCase;
import org.opencrm.application.port.in.report.RfmReportUseCase;
import org.opencrm.application.port.in.value.TierReportUseCase;
import org.opencrm.application.port.in.value.ValueReportUseCase;
import org.opencrm.application.port.in.value.ValueTypesReportUseCase;

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
                 FindModelUseCase models, ValidateModelUseCase validate, CustomerTimelineUseCase timeline,
                 ImportCustomersUseCase importCustomers, ImportProductsUseCase importProducts,
                 IdempotentRequestUseCase requests, AuthenticateUseCase authenticate,
                 CustomerProfileUseCase profiles) {
        IdempotencyKeys idempotency = new IdempotencyKeys(requests);
        BulkImport bulk = new BulkImport(idempotency, metrics);
        this.authenticate = authenticate;
        this.resources = List.of(new CustomerResource(register, update, find, list, idempotency),
                new CustomerImportResource(importCustomers, bulk),
                new CustomerTimelineResource(timeline), new CustomerTiersResource(tiers),
                new CustomerProfileResource(profiles),
                new PurchaseResource(record, purchases, idempotency),
                new PurchaseImportResource(importPurchases, bulk),
                new ProductImportResource(importProducts, bulk),
                new ReportResource(lifecycle, rfm, value, churn, loyalty, tiers, valueTypes),
                new ModelResource(fit, models, validate, idempotency), new SystemResource(version));
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
