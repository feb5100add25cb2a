package org.opencrm.domain.customer;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Fields to merge into a customer profile; absent fields leave the profile as it is. {@code clearedContacts} and
 * {@code clearedAttributes} are removed (a JSON merge patch's {@code null}); external ids are never removed.
 */
public record CustomerUpdate(
        Optional<String> name,
        List<ExternalId> externalIds,
        List<ContactPoint> contactPoints,
        Optional<MarketingConsent> consent,
        Map<String, String> attributes,
        Optional<AcquisitionSource> acquisition,
        Set<ContactPoint.Kind> clearedContacts,
        Set<String> clearedAttributes) {

    /** An update that only adds and changes, clearing nothing. */
    public CustomerUpdate(Optional<String> name, List<ExternalId> externalIds, List<ContactPoint> contactPoints,
                          Optional<MarketingConsent> consent, Map<String, String> attributes,
                          Optional<AcquisitionSource> acquisition) {
        this(name, externalIds, contactPoints, consent, attributes, acquisition, Set.of(), Set.of());
    }

    public CustomerUpdate {
        Objects.requireNonNull(name, "'name' must not be null");
        name = name.map(n -> Text.required("name", n, 256));
        externalIds = List.copyOf(Objects.requireNonNull(externalIds, "'externalIds' must not be null"));
        contactPoints = List.copyOf(Objects.requireNonNull(contactPoints, "'contactPoints' must not be null"));
        Objects.requireNonNull(consent, "'consent' must not be null");
        Objects.requireNonNull(attributes, "'attributes' must not be null").forEach((key, value) -> {
            if (key == null || value == null) {
                // A JSON null inside the map: the caller's mistake, named, not a crash.
                throw new IllegalArgumentException("'attributes." + key + "' must not be null");
            }
        });
        attributes = Map.copyOf(attributes);
        Objects.requireNonNull(acquisition, "'acquisition' must not be null");
        clearedContacts = Set.copyOf(Objects.requireNonNull(clearedContacts, "'clearedContacts' must not be null"));
        clearedAttributes = Set.copyOf(Objects.requireNonNull(clearedAttributes, "'clearedAttributes' must not be null"));
    }

    public static CustomerUpdate none() {
        return new CustomerUpdate(Optional.empty(), List.of(), List.of(), Optional.empty(), Map.of(), Optional.empty());
    }
}
