package org.opencrm.application.service.purchase;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.in.purchase.ImportPurchasesUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.service.importing.BatchImporter;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.MarketingConsent;
import org.opencrm.domain.purchase.Purchase;

/** Imports purchases in batches, registering unknown customers on the fly unless told to reject them. */
public class ImportPurchasesService implements ImportPurchasesUseCase {

    /** Known customer ids kept between batches; past this the cache starts over, so memory stays bounded. */
    private static final int MAX_CACHED_CUSTOMERS = 2_000_000;

    private final CustomerRepository customers;
    private final PurchaseRepository purchases;
    private final UnitOfWork unitOfWork;

    @Inject
    public ImportPurchasesService(CustomerRepository customers, PurchaseRepository purchases, UnitOfWork unitOfWork) {
        this.customers = Objects.requireNonNull(customers);
        this.purchases = Objects.requireNonNull(purchases);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public ImportSummary importPurchases(Command command) {
        Map<String, CustomerId> known = new HashMap<>();
        return new BatchImporter(unitOfWork).run(command.rows(), command.batchSize(), command.listener(),
                batch -> write(batch, command, known));
    }

    private BatchImporter.BatchResult write(List<ImportRow.Parsed<PurchaseRow>> batch, Command command,
                                            Map<String, CustomerId> known) {
        // One lookup per row in the cache of known customers (a large map: each lookup is a cache miss).
        CustomerId[] cached = new CustomerId[batch.size()];
        Set<String> missing = new HashSet<>();
        for (int i = 0; i < cached.length; i++) {
            String ext = batch.get(i).value().customerExternalId();
            cached[i] = known.get(ext);
            if (cached[i] == null) {
                missing.add(ext);
            }
        }
        Map<String, CustomerId> found = missing.isEmpty() ? new HashMap<>()
                : new HashMap<>(customers.findIdsByExternalIds(command.customerSource(), missing));

        List<Customer> newCustomers = new ArrayList<>();
        List<Purchase> toAdd = new ArrayList<>(batch.size());
        List<RejectedRow> rejects = new ArrayList<>();
        for (int i = 0; i < cached.length; i++) {
            ImportRow.Parsed<PurchaseRow> parsed = batch.get(i);
            PurchaseRow row = parsed.value();
            String ext = row.customerExternalId();
            CustomerId id = cached[i] != null ? cached[i] : found.get(ext);
            try {
                if (id == null) {
                    if (command.unknownCustomers() == UnknownCustomers.REJECT) {
                        rejects.add(new RejectedRow(parsed.position(), "customer",
                                "unknown customer " + command.customerSource() + ":" + ext));
                        continue;
                    }
                    Customer customer = new Customer(CustomerId.random(), row.customerName().orElse(ext),
                            List.of(ExternalId.of(command.customerSource(), ext)), List.<ContactPoint>of(),
                            MarketingConsent.NONE, Map.of(), AcquisitionSource.UNKNOWN, row.occurredAt());
                    newCustomers.add(customer);
                    id = customer.id();
                    found.put(ext, id);
                }
                toAdd.add(new Purchase(row.id(), id, row.occurredAt(), row.amount(), row.lineItems(), row.channel()));
            } catch (IllegalArgumentException e) {
                rejects.add(RejectedRow.of(parsed.position(), e));
            }
        }
        customers.registerAll(newCustomers);
        int inserted = purchases.addBatch(toAdd);
        ImportSummary summary = new ImportSummary(batch.size(), inserted, 0, toAdd.size() - inserted,
                rejects.size(), newCustomers.size());
        return new BatchImporter.BatchResult(summary, rejects, () -> {
            if (known.size() + found.size() > MAX_CACHED_CUSTOMERS) {
                known.clear();
            }
            known.putAll(found);
        });
    }
}
