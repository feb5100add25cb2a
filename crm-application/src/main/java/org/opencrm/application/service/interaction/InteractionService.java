package org.opencrm.application.service.interaction;

import jakarta.inject.Inject;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import org.opencrm.application.error.IdConflictException;
import org.opencrm.application.port.in.interaction.FindInteractionsUseCase;
import org.opencrm.application.port.in.interaction.RecordInteractionUseCase;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.InteractionRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.interaction.Interaction;
import org.opencrm.domain.interaction.InteractionId;

/** Records and finds interactions; the checks and the write share one transaction. */
public class InteractionService implements RecordInteractionUseCase, FindInteractionsUseCase {

    private final CustomerRepository customers;
    private final InteractionRepository interactions;
    private final UnitOfWork unitOfWork;
    private final Clock clock;

    @Inject
    public InteractionService(CustomerRepository customers, InteractionRepository interactions, UnitOfWork unitOfWork,
                              Clock clock) {
        this.customers = Objects.requireNonNull(customers);
        this.interactions = Objects.requireNonNull(interactions);
        this.unitOfWork = Objects.requireNonNull(unitOfWork);
        this.clock = Objects.requireNonNull(clock);
    }

    @Override
    public Result record(Command command) {
        Interaction given = new Interaction(command.id().orElseGet(InteractionId::random), command.customerId(),
                command.channel(), command.direction(), command.type(), command.summary(), command.outcome(),
                command.occurredAt().orElseGet(clock::instant), command.owner(), command.continues());
        return unitOfWork.inTransaction(() -> {
            // An id merged away stands for the customer it was merged into: the interaction is theirs.
            Interaction interaction = given.withCustomer(customers.resolve(given.customerId()));
            interaction.continues().ifPresent(earlier -> {
                // Another customer's interaction is as unknown here as a missing one: nothing of it is revealed.
                boolean ok = interactions.findById(earlier).filter(e -> e.customerId().equals(interaction.customerId()))
                        .isPresent();
                if (!ok) {
                    throw new IllegalArgumentException("'continues' names no interaction of customer "
                            + interaction.customerId().value() + ": '" + earlier.value() + "'");
                }
            });
            if (interactions.add(interaction)) {
                return new Result(interaction, true);
            }
            Interaction stored = interactions.findById(interaction.id()).orElseThrow();
            if (!stored.equals(interaction)) {
                throw new IdConflictException("interaction", interaction.id().value());
            }
            return new Result(stored, false);
        });
    }

    @Override
    public List<Interaction> ofCustomer(CustomerId customer) {
        return interactions.findByCustomer(customers.resolve(customer));
    }
}
