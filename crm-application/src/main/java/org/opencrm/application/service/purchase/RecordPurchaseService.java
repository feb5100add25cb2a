package org.opencrm.application.service.purchase;

import jakarta.inject.Inject;
import java.util.Objects;
import org.opencrm.application.error.PurchaseIdConflictException;
import org.opencrm.application.port.in.purchase.RecordPurchaseUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.domain.purchase.Purchase;
import org.opencrm.domain.purchase.PurchaseId;

/**
 * Records a single purchase for a known customer; recording the same purchase again (same id, customer and
 * content) returns the stored one, other content under a known id is refused.
 */
public class RecordPurchaseService implements RecordPurchaseUseCase {

    private final CustomerRepository customers;
    private final PurchaseRepository purchases;
    private final UnitOfWork unitOfWork;

    @Inject
    public RecordPurchaseService(CustomerRepository customers, PurchaseRepository purchases, UnitOfWork unitOfWork) {
        this.customers = Objects.requireNonNull(customers);
        this.purchases = Objects.requireNonNull(purchases);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
    }

    @Override
    public Result record(Command command) {
        Purchase given = new Purchase(command.id().orElseGet(PurchaseId::random), command.customerId(),
                command.occurredAt(), command.amount(), command.lineItems(), command.channel());
        return unitOfWork.inTransaction(() -> {
            // An id merged away stands for the customer it was merged into: the purchase is theirs.
            Purchase purchase = given.withCustomer(customers.resolve(given.customerId()));
            if (purchases.add(purchase)) {
                return new Result(purchase, true);
            }
            // A replay is the same purchase sent again: anything else under a known id is refused, and the stored
            // purchase (perhaps another customer's) is never handed back.
            Purchase stored = purchases.findById(purchase.id()).orElseThrow();
            if (!stored.equals(purchase)) {
                throw new PurchaseIdConflictException(purchase.id());
            }
            return new Result(stored, false);
        });
    }
}
