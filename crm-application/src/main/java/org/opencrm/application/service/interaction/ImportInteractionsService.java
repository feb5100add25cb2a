package org.opencrm.application.service.interaction;

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
import org.opencrm.application.port.in.interaction.ImportInteractionsUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.InteractionRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.service.importing.BatchImporter;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;

/** Imports interactions in batches: customers resolved by external id, "continues" links checked per batch. */
public class ImportInteractionsService implements ImportInteractionsUseCase {

    private final CustomerRepository customers;
    private final InteractionRepository interactions;
    private final UnitOfWork unitOfWork;

    @Inject
    public ImportInteractionsService(CustomerRepository customers, InteractionRepository interactions,
                                     UnitOfWork unitOfWork) {
        this.customers = Objects.requireNonNull(customers);
        this.interactions = Objects.requireNonNull(interactions);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    /** Customer ids kept between batches; past this the cache starts over, so memory stays bounded. */
    private static final int MAX_CACHED_CUSTOMERS = 2_000_000;

    @Override
    public ImportSummary importInteractions(Command command) {
        Map<String, CustomerId> known = new HashMap<>();
        return new BatchImporter(unitOfWork).run(command.rows(), command.batchSize(), command.listener(),
                batch -> write(batch, command.customerSource(), known));
    }

    private BatchImporter.BatchResult write(List<ImportRow.Parsed<InteractionRow>> batch, String source,
                                            Map<String, CustomerId> known) {
        // Each row's customer as far as the cache knows (one lookup per row: on a bulk import they miss the CPU's
        // caches); the others are looked up in the store together.
        CustomerId[] cached = new CustomerId[batch.size()];
        Set<String> missing = new HashSet<>();
        Set<InteractionId> linked = new HashSet<>();
        for (int r = 0; r < batch.size(); r++) {
            InteractionRow row = batch.get(r).value();
            cached[r] = known.get(row.customerExternalId());
            if (cached[r] == null) {
                missing.add(row.customerExternalId());
            }
            row.continues().ifPresent(linked::add);
        }
        Map<String, CustomerId> found = missing.isEmpty() ? Map.of() : customers.findIdsByExternalIds(source, missing);

        // Who each linked interaction belongs to: stored ones from the store, this batch's as they are accepted.
        Map<InteractionId, CustomerId> owners = new HashMap<>(interactions.customersOf(linked));
        List<Interaction> accepted = new ArrayList<>(batch.size());
        List<RejectedRow> rejects = new ArrayList<>();
        for (int r = 0; r < batch.size(); r++) {
            ImportRow.Parsed<InteractionRow> parsed = batch.get(r);
            InteractionRow row = parsed.value();
            CustomerId customer = cached[r] != null ? cached[r] : found.get(row.customerExternalId());
            if (customer == null) {
                rejects.add(new RejectedRow(parsed.position(), "customer_id",
                        "unknown customer " + source + ":" + row.customerExternalId()));
                continue;
            }
            if (row.continues().isPresent() && !customer.equals(owners.get(row.continues().get()))) {
                rejects.add(new RejectedRow(parsed.position(), "continues", "names no earlier interaction of customer "
                        + source + ":" + row.customerExternalId() + ": '" + row.continues().get().value() + "'"));
                continue;
            }
            try {
                Interaction interaction = new Interaction(row.id(), customer, row.channel(), row.direction(), row.type(),
                        row.summary(), row.outcome(), row.occurredAt(), row.owner(), row.continues());
                accepted.add(interaction);
                if (linked.contains(interaction.id())) { // a later row of the batch continues it
                    owners.putIfAbsent(interaction.id(), customer);
                }
            } catch (IllegalArgumentException e) {
                rejects.add(RejectedRow.of(parsed.position(), e));
            }
        }
        int inserted = interactions.addBatch(accepted);
        ImportSummary summary = new ImportSummary(batch.size(), inserted, 0, accepted.size() - inserted,
                rejects.size(), 0);
        return new BatchImporter.BatchResult(summary, rejects, () -> {
            if (known.size() + found.size() > MAX_CACHED_CUSTOMERS) {
                known.clear();
            }
            known.putAll(found);
        });
    }
}
