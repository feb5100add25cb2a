package org.opencrm.application.service.customer;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.Objects;
import java.util.Optional;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.error.StaleVersionException;
import org.opencrm.application.port.Page;
import org.opencrm.application.port.PageRequest;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.application.port.in.customer.ListCustomersUseCase;
import org.opencrm.application.port.in.customer.RegisterCustomerUseCase;
import org.opencrm.application.port.in.customer.CustomerVersion;
import org.opencrm.application.port.in.customer.UpdateCustomerUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.UpdatePolicy;

/** Registers, updates, finds and lists customers. */
public class CustomerService implements RegisterCustomerUseCase, UpdateCustomerUseCase, FindCustomerUseCase,
        ListCustomersUseCase {

    private final CustomerRepository customers;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public CustomerService(CustomerRepository customers, UnitOfWork unitOfWork, Clock clock) {
        this.customers = Objects.requireNonNull(customers);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Customer register(RegisterCustomerUseCase.Command command) {
        Customer customer = Customer.named(CustomerId.random(), command.profile().name().orElseThrow(),
                        command.createdAt().orElseGet(clock::instant))
                .apply(command.profile(), UpdatePolicy.OVERWRITE);
        unitOfWork.run(() -> customers.save(customer));
        return customer;
    }

    @Override
    public Customer update(UpdateCustomerUseCase.Command command) {
        return unitOfWork.inTransaction(() -> {
            Customer stored = customers.findById(command.id())
                    .orElseThrow(() -> new CustomerNotFoundException(command.id().value()));
            // Checked inside the write transaction: two updates made on one version cannot both pass.
            String current = CustomerVersion.of(stored);
            if (command.expectedVersion().isPresent() && !command.expectedVersion().get().equals(current)) {
                throw new StaleVersionException("customer " + command.id().value(), command.expectedVersion().get(),
                        current);
            }
            Customer updated = stored.apply(command.update(), command.policy());
            if (!updated.equals(stored)) {
                customers.save(updated);
            }
            return updated;
        });
    }

    @Override
    public Optional<Customer> byId(CustomerId id) {
        return customers.findById(id);
    }

    @Override
    public Optional<Customer> byExternalId(ExternalId externalId) {
        return customers.findByExternalId(externalId);
    }

    @Override
    public Optional<Customer> byEmail(String email) {
        return customers.findByEmail(email);
    }

    @Override
    public Page<Customer> byName(String text, PageRequest page) {
        if (text == null || text.isBlank() || text.length() > 200) {
            throw new IllegalArgumentException("'name' must be 1..200 characters to search for");
        }
        return customers.findByName(text.strip(), page);
    }

    @Override
    public Page<Customer> list(PageRequest request) {
        return customers.findPage(request);
    }

    @Override
    public long count() {
        return customers.count();
    }
}
