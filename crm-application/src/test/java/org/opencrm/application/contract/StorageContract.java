package org.opencrm.application.contract;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.port.out.storage.Storage;

/**
 * Base of the storage contract suite: each backend's test subclasses a contract and says how to open an
 * empty store. Every test gets a fresh one.
 */
public abstract class StorageContract {

    private Storage storage;

    /** Opens a new, empty store of the backend under test. */
    protected abstract Storage openEmptyStorage();

    @BeforeEach
    void openStorage() {
        storage = openEmptyStorage();
    }

    @AfterEach
    void closeStorage() {
        storage.close();
    }

    protected Storage storage() {
        return storage;
    }

    protected CustomerRepository customers() {
        return storage.customers();
    }

    protected PurchaseRepository purchases() {
        return storage.purchases();
    }

    protected UnitOfWork unitOfWork() {
        return storage.unitOfWork();
    }
}
