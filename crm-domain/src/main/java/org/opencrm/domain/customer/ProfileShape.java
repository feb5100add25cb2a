package org.opencrm.domain.customer;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;

/**
 * Which parts of a customer's profile are filled, without their values: what completeness measures read (the
 * 6I scorecard's Information), and what a store can answer for the whole base far more cheaply than profiles.
 */
public record ProfileShape(CustomerId id, Instant createdAt, Set<ContactPoint.Kind> contacts,
                           boolean acquisitionKnown, boolean hasAttributes, boolean hasExternalIds) {

    public ProfileShape {
        Objects.requireNonNull(id, "'id' must not be null");
        Objects.requireNonNull(createdAt, "'createdAt' must not be null");
        contacts = contacts.isEmpty() ? Set.of() : Set.copyOf(EnumSet.copyOf(contacts));
    }

    public static ProfileShape of(Customer c) {
        Set<ContactPoint.Kind> kinds = EnumSet.noneOf(ContactPoint.Kind.class);
        c.contactPoints().forEach(p -> kinds.add(p.kind()));
        return new ProfileShape(c.id(), c.createdAt(), kinds, !c.acquisition().equals(AcquisitionSource.UNKNOWN),
                !c.attributes().isEmpty(), !c.externalIds().isEmpty());
    }
}
