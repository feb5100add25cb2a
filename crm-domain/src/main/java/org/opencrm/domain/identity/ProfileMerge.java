package org.opencrm.domain.identity;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.opencrm.domain.customer.AcquisitionSource;
import org.opencrm.domain.customer.ContactPoint;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.ExternalId;

/**
 * The survivor's profile after it absorbs another record of the same person, and the fields the absorbed record
 * filled: the survivor's own values always win; only its empty fields are taken from the absorbed one.
 *
 * <p>Kept: the survivor's id, name and marketing consent (a merge never widens what a person agreed to). Added:
 * every external id of the absorbed record, so the ids other systems send keep resolving. Filled when empty:
 * each contact point, each attribute, an unknown acquisition source. The customer since the earlier of the two
 * dates: the relationship began with the first record.
 */
public record ProfileMerge(Customer merged, List<String> filledFields) {

    public ProfileMerge {
        Objects.requireNonNull(merged, "'merged' must not be null");
        filledFields = List.copyOf(filledFields);
    }

    /** Refuses a record merged into itself. */
    public static ProfileMerge of(Customer survivor, Customer absorbed) {
        Objects.requireNonNull(survivor, "'survivor' must not be null");
        Objects.requireNonNull(absorbed, "'absorbed' must not be null");
        if (survivor.id().equals(absorbed.id())) {
            throw new IllegalArgumentException("'absorbed' is the survivor itself (" + survivor.id().value()
                    + "): a customer cannot be merged into itself");
        }
        List<String> filled = new ArrayList<>();

        Set<ExternalId> externalIds = new LinkedHashSet<>(survivor.externalIds());
        externalIds.addAll(absorbed.externalIds());

        List<ContactPoint> contacts = new ArrayList<>(survivor.contactPoints());
        for (ContactPoint c : absorbed.contactPoints()) {
            if (survivor.contact(c.kind()).isEmpty()) {
                contacts.add(c);
                filled.add(c.kind().name().toLowerCase(Locale.ROOT));
            }
        }

        Map<String, String> attributes = new TreeMap<>(survivor.attributes());
        absorbed.attributes().forEach((name, value) -> {
            if (attributes.putIfAbsent(name, value) == null) {
                filled.add("attributes." + name);
            }
        });

        AcquisitionSource acquisition = survivor.acquisition();
        if (acquisition.equals(AcquisitionSource.UNKNOWN) && !absorbed.acquisition().equals(AcquisitionSource.UNKNOWN)) {
            acquisition = absorbed.acquisition();
            filled.add("acquisition");
        }

        Instant createdAt = survivor.createdAt();
        if (absorbed.createdAt().isBefore(createdAt)) {
            createdAt = absorbed.createdAt();
            filled.add("createdAt");
        }

        Customer merged = new Customer(survivor.id(), survivor.name(), new ArrayList<>(externalIds), contacts,
                survivor.consent(), attributes, acquisition, createdAt);
        return new ProfileMerge(merged, filled);
    }
}
