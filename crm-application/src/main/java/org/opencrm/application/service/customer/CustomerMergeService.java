package org.opencrm.application.service.customer;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.in.customer.MergeCustomersUseCase;
import org.opencrm.application.port.out.CustomerMergeRepository;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.identity.CustomerMerge;
import org.opencrm.domain.identity.MovedFacts;
import org.opencrm.domain.identity.ProfileMerge;

/** Merges two records of one person in one transaction and logs it. */
public class CustomerMergeService implements MergeCustomersUseCase {

    private final CustomerRepository customers;
    private final CustomerMergeRepository merges;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public CustomerMergeService(CustomerRepository customers, CustomerMergeRepository merges, UnitOfWork unitOfWork,
                                Clock clock) {
        this.customers = Objects.requireNonNull(customers);
        this.merges = Objects.requireNonNull(merges);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public CustomerMerge merge(Command command) {
        return unitOfWork.inTransaction(() -> {
            Customer absorbed = customers.findById(command.absorbed())
                    .orElseThrow(() -> new CustomerNotFoundException(command.absorbed().value()));
            if (!absorbed.id().equals(command.absorbed())) {
                if (absorbed.id().equals(command.survivor())) {
                    // The same request again (a retried CLI call): answer what the first one did.
                    return merges.findBySurvivor(command.survivor()).stream()
                            .filter(m -> m.absorbed().equals(command.absorbed())).findFirst()
                            .orElseThrow(() -> mergedAway("absorbed", command.absorbed(), absorbed.id()));
                }
                throw mergedAway("absorbed", command.absorbed(), absorbed.id());
            }
            Customer survivor = customers.findById(command.survivor())
                    .orElseThrow(() -> new CustomerNotFoundException(command.survivor().value()));
            if (!survivor.id().equals(command.survivor())) {
                throw mergedAway("survivor", command.survivor(), survivor.id());
            }
            ProfileMerge profile = ProfileMerge.of(survivor, absorbed);
            // Facts and external ids first: the merged profile holds the absorbed record's external ids, which
            // the store lets one customer hold at a time.
            MovedFacts moved = merges.moveFacts(absorbed.id(), survivor.id());
            customers.save(profile.merged());
            CustomerMerge merge = new CustomerMerge(survivor.id(), absorbed.id(), absorbed.name(), clock.instant(),
                    moved, profile.filledFields());
            merges.record(merge);
            return merge;
        });
    }

    private static IllegalArgumentException mergedAway(String field, CustomerId id, CustomerId into) {
        return new IllegalArgumentException("'" + field + "' " + id.value() + " was merged into " + into.value()
                + " already: name " + into.value() + " instead");
    }
}
