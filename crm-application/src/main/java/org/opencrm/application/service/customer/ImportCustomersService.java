package org.opencrm.application.service.customer;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.opencrm.application.port.in.customer.ImportCustomersUseCase;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.service.importing.BatchImporter;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.UpdatePolicy;

/** Upserts customers on a natural key: unknown keys are registered, known ones updated by the policy. */
public class ImportCustomersService implements ImportCustomersUseCase {

    private final CustomerRepository customers;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public ImportCustomersService(CustomerRepository customers, UnitOfWork unitOfWork, Clock clock) {
        this.customers = Objects.requireNonNull(customers);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public ImportSummary importCustomers(Command command) {
        return new BatchImporter(unitOfWork).run(command.rows(), command.batchSize(), command.listener(),
                batch -> write(batch, command));
    }

    private BatchImporter.BatchResult write(List<ImportRow.Parsed<CustomerRow>> batch, Command command) {
        List<RejectedRow> rejects = new ArrayList<>();
        Map<ImportRow.Parsed<CustomerRow>, String> keys = new LinkedHashMap<>();
        for (ImportRow.Parsed<CustomerRow> row : batch) {
            Optional<String> key = keyOf(row.value(), command);
            if (key.isPresent()) {
                keys.put(row, key.get());
            } else {
                String field = command.key() == NaturalKey.EMAIL ? "email" : "externalId";
                rejects.add(new RejectedRow(row.position(), field, "the natural key " + field
                        + (command.key() == NaturalKey.EXTERNAL_ID ? " of source " + command.source() : "")
                        + " is missing"));
            }
        }
        Set<String> distinct = new LinkedHashSet<>(keys.values());
        Map<String, Customer> working = new HashMap<>(command.key() == NaturalKey.EMAIL
                ? customers.findByEmails(distinct)
                : customers.findByExternalIds(command.source(), distinct));

        Map<CustomerId, Customer> changed = new LinkedHashMap<>();
        long created = 0;
        long updated = 0;
        long unchanged = 0;
        for (Map.Entry<ImportRow.Parsed<CustomerRow>, String> e : keys.entrySet()) {
            CustomerRow row = e.getKey().value();
            Customer current = working.get(e.getValue());
            try {
                Customer next;
                if (current == null) {
                    if (row.profile().name().isEmpty()) {
                        rejects.add(new RejectedRow(e.getKey().position(), "name", "required for a new customer"));
                        continue;
                    }
                    next = Customer.named(CustomerId.random(), row.profile().name().get(),
                                    row.createdAt().orElseGet(clock::instant))
                            .apply(row.profile(), UpdatePolicy.OVERWRITE);
                    created++;
                } else {
                    next = current.apply(row.profile(), command.policy());
                    if (next.equals(current)) {
                        unchanged++;
                        continue;
                    }
                    updated++;
                }
                working.put(e.getValue(), next);
                changed.put(next.id(), next);
            } catch (IllegalArgumentException ex) {
                rejects.add(RejectedRow.of(e.getKey().position(), ex));
            }
        }
        customers.saveAll(changed.values());
        return new BatchImporter.BatchResult(
                new ImportSummary(batch.size(), created, updated, unchanged, rejects.size(), 0), rejects, () -> { });
    }

    private static Optional<String> keyOf(CustomerRow row, Command command) {
        if (command.key() == NaturalKey.EMAIL) {
            return row.profile().contactPoints().stream().filter(c -> c.kind() == ContactPoint.Kind.EMAIL)
                    .map(ContactPoint::value).findFirst();
        }
        return row.profile().externalIds().stream().filter(x -> x.source().equals(command.source()))
                .map(ExternalId::value).findFirst();
    }
}
