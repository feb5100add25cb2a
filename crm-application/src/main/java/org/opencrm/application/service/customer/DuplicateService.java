package org.opencrm.application.service.customer;

import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.opencrm.application.port.in.customer.FindDuplicatesUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.identity.DuplicateCandidate;
import org.opencrm.domain.identity.DuplicateFinder;

/** Finds candidate duplicates over the whole base, read in one streamed pass. */
public class DuplicateService implements FindDuplicatesUseCase {

    /** Records sharing one key beyond this are not compared pair by pair (a shared switchboard number). */
    static final int MAX_BLOCK = 500;

    private final CustomerRepository customers;

    @Inject
    public DuplicateService(CustomerRepository customers) {
        this.customers = Objects.requireNonNull(customers);
    }

    @Override
    public Duplicates find(Query query) {
        List<Customer> all = new ArrayList<>();
        customers.forEachCustomer(all::add);
        DuplicateFinder finder = new DuplicateFinder(MAX_BLOCK);
        DuplicateFinder.Result result = finder.find(all, query.minScore());
        List<DuplicateCandidate> found = result.candidates();
        Map<CustomerId, String> names = new HashMap<>();
        all.forEach(c -> names.put(c.id(), c.name()));
        List<Pair> pairs = found.stream().limit(query.limit())
                .map(d -> new Pair(d, names.get(d.first()), names.get(d.second()))).toList();
        return new Duplicates(all.size(), found.size(), result.skippedBlocks(), pairs);
    }
}
