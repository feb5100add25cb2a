package org.opencrm.domain.customer;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import org.opencrm.domain.time.TimeRange;

/**
 * One real customer across channels: the profile the Identify step of IDIC keeps (docs/domain.md §1, §3).
 *
 * <p>A customer may hold several external ids of one source system (two shop accounts of one person, an id
 * replaced upstream): an id, once attached, keeps resolving to its customer. At most one contact point per
 * kind; free attributes kept in key order so that two equal profiles compare equal.
 */
public record Customer(
        CustomerId id,
        String name,
        List<ExternalId> externalIds,
        List<ContactPoint> contactPoints,
        MarketingConsent consent,
        Map<String, String> attributes,
        AcquisitionSource acquisition,
        Instant createdAt) {

    public Customer {
        Objects.requireNonNull(id, "'id' must not be null");
        name = Text.required("name", name, 256);
        // Sorted, so that equal profiles are equal records whatever order their parts arrived in.
        externalIds = Objects.requireNonNull(externalIds, "'externalIds' must not be null").stream()
                .sorted(Comparator.comparing(ExternalId::source).thenComparing(ExternalId::value)).toList();
        contactPoints = Objects.requireNonNull(contactPoints, "'contactPoints' must not be null").stream()
                .sorted(Comparator.comparing(ContactPoint::kind)).toList();
        Objects.requireNonNull(consent, "'consent' must not be null");
        attributes = copyAttributes(attributes);
        Objects.requireNonNull(acquisition, "'acquisition' must not be null");
        TimeRange.requireKept("createdAt", createdAt);
        // Stores keep milliseconds; truncating here makes a stored customer equal the one that was saved.
        createdAt = createdAt.truncatedTo(ChronoUnit.MILLIS);
        requireUnique("externalIds", externalIds.stream().map(ExternalId::toString).toList());
        requireUnique("contactPoints", contactPoints.stream().map(c -> c.kind().name()).toList());
    }

    /** A new customer with only a name; the rest is added through {@link #apply}. */
    public static Customer named(CustomerId id, String name, Instant createdAt) {
        return new Customer(id, name, List.of(), List.of(), MarketingConsent.NONE, Map.of(),
                AcquisitionSource.UNKNOWN, createdAt);
    }

    /** The customer's first external id of a source (in value order), if any. */
    public Optional<ExternalId> externalId(String source) {
        return externalIds.stream().filter(e -> e.source().equals(source)).findFirst();
    }

    /** Every external id of a source the customer holds, in value order. */
    public List<ExternalId> externalIds(String source) {
        return externalIds.stream().filter(e -> e.source().equals(source)).toList();
    }

    public Optional<String> contact(ContactPoint.Kind kind) {
        return contactPoints.stream().filter(c -> c.kind() == kind).map(ContactPoint::value).findFirst();
    }

    public Optional<String> email() {
        return contact(ContactPoint.Kind.EMAIL);
    }

    /** This customer with the update's fields merged in, as the policy says. */
    public Customer apply(CustomerUpdate update, UpdatePolicy policy) {
        Objects.requireNonNull(update, "'update' must not be null");
        Objects.requireNonNull(policy, "'policy' must not be null");
        boolean overwrite = policy == UpdatePolicy.OVERWRITE;

        String newName = update.name().filter(n -> overwrite).orElse(name);

        // External ids are only ever added, whatever the policy: one that other systems still send must resolve.
        Set<ExternalId> ids = new java.util.LinkedHashSet<>(externalIds);
        ids.addAll(update.externalIds());

        Map<ContactPoint.Kind, ContactPoint> contacts = new LinkedHashMap<>();
        contactPoints.forEach(c -> contacts.put(c.kind(), c));
        update.contactPoints().forEach(c -> merge(contacts, c.kind(), c, overwrite));
        update.clearedContacts().forEach(contacts::remove);

        Map<String, String> attrs = new TreeMap<>(attributes);
        update.attributes().forEach((k, v) -> merge(attrs, k, v, overwrite));
        update.clearedAttributes().forEach(attrs::remove);

        MarketingConsent newConsent = update.consent().filter(c -> overwrite).orElse(consent);
        AcquisitionSource newAcquisition = update.acquisition()
                .filter(a -> overwrite || acquisition.equals(AcquisitionSource.UNKNOWN))
                .orElse(acquisition);

        return new Customer(id, newName, new ArrayList<>(ids), new ArrayList<>(contacts.values()),
                newConsent, attrs, newAcquisition, createdAt);
    }

    private static <K, V> void merge(Map<K, V> map, K key, V value, boolean overwrite) {
        if (overwrite) {
            map.put(key, value);
        } else {
            map.putIfAbsent(key, value);
        }
    }

    private static Map<String, String> copyAttributes(Map<String, String> attributes) {
        Objects.requireNonNull(attributes, "'attributes' must not be null");
        TreeMap<String, String> copy = new TreeMap<>();
        attributes.forEach((key, value) -> {
            String k = Text.required("attribute name", key, 64);
            if (value == null) {
                throw new IllegalArgumentException("'attributes." + k + "' must not be null");
            }
            copy.put(k, value);
        });
        return Collections.unmodifiableSortedMap(copy);
    }

    private static void requireUnique(String field, List<String> keys) {
        Set<String> seen = new HashSet<>();
        for (String key : keys) {
            if (!seen.add(key)) {
                throw new IllegalArgumentException("'" + field + "' has more than one entry for " + key);
            }
        }
    }
}
