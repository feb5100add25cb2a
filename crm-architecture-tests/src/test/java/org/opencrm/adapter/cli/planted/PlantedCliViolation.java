package org.opencrm.adapter.cli.planted;

import jakarta.inject.Inject;
import org.opencrm.adapter.persistence.memory.MemoryStorageProvider;
import org.opencrm.application.port.out.CustomerRepository;

/** Deliberate violations: an adapter reaching into another adapter, and field injection. */
public final class PlantedCliViolation {

    @Inject
    CustomerRepository customers;

    public Object store() {
        return new MemoryStorageProvider();
    }
}
