package org.opencrm.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.function.Predicate;
import org.opencrm.application.error.DuplicateExternalIdException;
import org.opencrm.application.port.Page;
import org.opencrm.application.port.PageRequest;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;

/** Customers in a sorted map with an external-id index. */
final class MemoryCustomerRepository implements CustomerRepository {

    private final MemoryUnitOfWork unitOfWork;
    private final TreeMap<CustomerId, Customer> byId = new TreeMap<>();
    private final Map<ExternalId, CustomerId> byExternalId = new HashMap<>();
    /** Merged-away ids and the customer each resolves to now (always a stored one: repointed on every merge). */
    private final Map<CustomerId, CustomerId> aliases = new HashMap<>();

    MemoryCustomerRepository(MemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void save(Customer customer) {
        unitOfWork.inTransaction(() -> {
            for (ExternalId e : customer.externalIds()) {
                CustomerId owner = byExternalId.get(e);
                if (owner != null && !owner.equals(customer.id())) {
                    throw new DuplicateExternalIdException(e);
                }
            }
            Customer previous = byId.get(customer.id());
            return unitOfWork.change(() -> put(previous, customer), () -> {
                unindex(customer);
                if (previous == null) {
                    byId.remove(customer.id());
                } else {
                    byId.put(previous.id(), previous);
                    index(previous);
                }
            });
        });
    }

    @Override
    public void saveAll(Collection<Customer> customers) {
        unitOfWork.run(() -> customers.forEach(this::save));
    }

    private Customer put(Customer previous, Customer customer) {
        if (previous != null) {
            unindex(previous);
        }
        byId.put(customer.id(), customer);
        index(customer);
        return customer;
    }

    private void index(Customer c) {
        c.externalIds().forEach(e -> byExternalId.put(e, c.id()));
    }

    private void unindex(Customer c) {
        c.externalIds().forEach(byExternalId::remove);
    }

    @Override
    public Optional<Customer> findById(CustomerId id) {
        return unitOfWork.read(() -> {
            Customer own = byId.get(id);
            CustomerId survivor = own == null ? aliases.get(id) : null;
            return Optional.ofNullable(survivor == null ? own : byId.get(survivor));
        });
    }

    /** Whether a profile is stored under this very id (an alias is not): what a fact may be written for. */
    boolean isStored(CustomerId id) {
        return unitOfWork.read(() -> byId.containsKey(id));
    }

    /** Removes the absorbed profile and gives its external ids to the survivor; answers how many it gave. */
    long absorb(CustomerId absorbed, CustomerId survivor) {
        return unitOfWork.inTransaction(() -> {
            Customer gone = byId.get(absorbed);
            Customer kept = byId.get(survivor);
            unitOfWork.change(() -> {
                unindex(gone);
                return byId.remove(absorbed);
            }, () -> put(null, gone));
            List<ExternalId> ids = new ArrayList<>(kept.externalIds());
            ids.addAll(gone.externalIds());
            save(new Customer(kept.id(), kept.name(), ids, kept.contactPoints(), kept.consent(), kept.attributes(),
                    kept.acquisition(), kept.createdAt()));
            return (long) gone.externalIds().size();
        });
    }

    /** Makes {@code absorbed}, and every alias that resolved to it, resolve to {@code survivor}. */
    void alias(CustomerId absorbed, CustomerId survivor) {
        unitOfWork.run(() -> {
            Map<CustomerId, CustomerId> before = new HashMap<>(aliases);
            unitOfWork.change(() -> {
                aliases.replaceAll((alias, target) -> target.equals(absorbed) ? survivor : target);
                return aliases.put(absorbed, survivor);
            }, () -> {
                aliases.clear();
                aliases.putAll(before);
            });
        });
    }

    @Override
    public Optional<Customer> findByExternalId(ExternalId externalId) {
        return unitOfWork.read(() -> Optional.ofNullable(byExternalId.get(externalId)).map(byId::get));
    }

    @Override
    public Optional<Customer> findByEmail(String email) {
        return Optional.ofNullable(findByEmails(List.of(email)).get(email));
    }

    @Override
    public Map<String, Customer> findByExternalIds(String source, Collection<String> values) {
        return unitOfWork.read(() -> {
            Map<String, Customer> found = new HashMap<>();
            for (String v : values) {
                CustomerId id = byExternalId.get(ExternalId.of(source, v));
                if (id != null) {
                    found.put(v, byId.get(id));
                }
            }
            return found;
        });
    }

    @Override
    public Map<String, CustomerId> findIdsByExternalIds(String source, Collection<String> values) {
        Map<String, CustomerId> ids = new HashMap<>();
        findByExternalIds(source, values).forEach((k, c) -> ids.put(k, c.id()));
        return ids;
    }

    @Override
    public Map<String, Customer> findByEmails(Collection<String> emails) {
        return unitOfWork.read(() -> {
            Map<String, Customer> found = new HashMap<>();
            for (Customer c : byId.values()) { // id order, so the lowest id wins
                c.email().filter(emails::contains).ifPresent(e -> found.putIfAbsent(e, c));
            }
            return found;
        });
    }

    @Override
    public Page<Customer> findByName(String text, PageRequest request) {
        String wanted = text.toLowerCase(Locale.ROOT);
        return page(request, c -> c.name().toLowerCase(Locale.ROOT).contains(wanted));
    }

    @Override
    public Page<Customer> findPage(PageRequest request) {
        return page(request, c -> true);
    }

    /** Up to a page of the customers that pass {@code filter}, in id order after the cursor. */
    private Page<Customer> page(PageRequest request, Predicate<Customer> filter) {
        return unitOfWork.read(() -> {
            Collection<Customer> tail = request.after()
                    .map(after -> byId.tailMap(CustomerId.of(after), false).values())
                    .orElse(byId.values());
            List<Customer> items = new ArrayList<>(request.limit());
            for (Customer c : tail) {
                if (filter.test(c)) {
                    if (items.size() == request.limit()) {
                        return new Page<>(items, Optional.of(items.get(items.size() - 1).id().value()));
                    }
                    items.add(c);
                }
            }
            return new Page<>(items, Optional.empty());
        });
    }

    @Override
    public long count() {
        return unitOfWork.read(() -> (long) byId.size());
    }

    /** All customers in id order, for the purchase repository's history stream. */
    List<Customer> allInIdOrder() {
        return unitOfWork.read(() -> new ArrayList<>(byId.values()));
    }
}
