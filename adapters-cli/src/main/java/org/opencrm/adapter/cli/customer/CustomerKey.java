package org.opencrm.adapter.cli.customer;

import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.in.customer.FindCustomerUseCase;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** Exactly one way to name a customer on the command line: id, external id or e-mail (an exclusive group). */
public final class CustomerKey {

    @Parameters(paramLabel = "ID", description = "The customer's id.")
    String id;

    @Option(names = "--external-id", paramLabel = "SOURCE:ID",
            description = "The customer's id in a source system (any of them, if they have several).")
    String externalId;

    @Option(names = "--email", description = "The customer's e-mail address.")
    String email;

    /** The customer so named; not found is a refusal (exit 4). */
    public Customer resolve(FindCustomerUseCase find) {
        if (id != null) {
            return find.byId(CustomerId.of(id)).orElseThrow(() -> new CustomerNotFoundException(id));
        }
        if (externalId != null) {
            return find.byExternalId(AddCustomerCommand.externalId(externalId))
                    .orElseThrow(() -> new CustomerNotFoundException(externalId));
        }
        return find.byEmail(email).orElseThrow(() -> new CustomerNotFoundException(email));
    }
}
