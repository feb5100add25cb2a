package org.opencrm.application.port.out;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import org.opencrm.application.error.CustomerNotFoundException;
import org.opencrm.application.port.Page;
import org.opencrm.application.port.PageRequest;
import org.opencrm.domain.customer.Customer;
import org.opencrm.domain.customer.CustomerId;
import org.opencrm.domain.customer.ExternalId;
import org.opencrm.domain.customer.ProfileShape;
import org.opencrm.domain.segment.SegmentCondition;

/**
 * Driven port: stores customer profiles.
 *
 * <p>Writes throw {@link org.opencrm.application.error.DuplicateExternalIdException} when an external id
 * already belongs to another customer. Pages are ordered by customer id; the cursor is the last id of a page.
 */
public interface CustomerRepository {

    /** Inserts the customer or replaces the stored profile with the same id. */
    void save(Customer customer);

    /** {@link #save} for many customers, in one round trip where the store can. */
    void saveAll(Collection<Customer> customers);

    /**
     * {@link #saveAll} for customers the caller knows to be new: it has just looked up their external ids in
     * this transaction and found none, and their ids were made for them. A store may skip checking that again
     * (a bulk import registers 100,000 customers at a time); should the promise be broken, the store's keys
     * still refuse a second holder of an external id.
     */
    default void registerAll(Collection<Customer> newCustomers) {
        saveAll(newCustomers);
    }

    /**
     * The customer with this id; for an id merged away ({@link CustomerMergeRepository}), the customer it was
     * merged into, whose own id differs from the one asked for.
     */
    Optional<Customer> findById(CustomerId id);

    /**
     * The id of the customer {@code id} stands for now: itself, or the customer it was merged into. Refuses an
     * unknown id with {@link CustomerNotFoundException}.
     */
    default CustomerId resolve(CustomerId id) {
        return findById(id).map(Customer::id).orElseThrow(() -> new CustomerNotFoundException(id.value()));
    }

    Optional<Customer> findByExternalId(ExternalId externalId);

    /** The customer with this e-mail address; the lowest id when several share it. */
    Optional<Customer> findByEmail(String email);

    /** The customers holding these external ids of one source, keyed by external id value. */
    Map<String, Customer> findByExternalIds(String source, Collection<String> values);

    /** Only the ids of {@link #findByExternalIds}: what a purchase import needs, cheaper to load. */
    Map<String, CustomerId> findIdsByExternalIds(String source, Collection<String> values);

    /** The customers with these e-mail addresses, keyed by address (lowest id wins). */
    Map<String, Customer> findByEmails(Collection<String> emails);

    Page<Customer> findPage(PageRequest request);

    /**
     * Every customer, once each, in an order of the store's choosing, streamed: how a whole table is read when
     * its order does not matter ({@code crm migrate}). This default pages through {@link #findPage}; a SQL
     * store reads it in one pass.
     */
    default void forEachCustomer(Consumer<Customer> sink) {
        Optional<String> after = Optional.empty();
        do {
            Page<Customer> page = findPage(new PageRequest(after, PageRequest.MAX_LIMIT));
            page.items().forEach(sink);
            after = page.nextCursor();
        } while (after.isPresent());
    }

    /**
     * Every customer's {@link ProfileShape} (which fields are filled), once each, in no particular order: what the
     * completeness measures of the whole base read. This default reads every profile; a SQL store asks for the
     * shapes alone.
     */
    default void forEachShape(Consumer<ProfileShape> sink) {
        forEachCustomer(c -> sink.accept(ProfileShape.of(c)));
    }

    /** The stored customers with these ids (never aliases), by id; the default looks them up one by one. */
    default Map<CustomerId, Customer> findByIds(Collection<CustomerId> ids) {
        Map<CustomerId, Customer> found = new java.util.HashMap<>();
        for (CustomerId id : ids) {
            findById(id).filter(c -> c.id().equals(id)).ifPresent(c -> found.put(id, c));
        }
        return found;
    }

    /**
     * The ids of the customers created before {@code createdBefore} who meet {@code condition}, in id order, if
     * this store can evaluate the condition in its own query language (a SQL store: conditions on the profile
     * alone); empty when it cannot, and the caller evaluates in Java. Both must give the same members.
     */
    default Optional<List<CustomerId>> findIdsMatching(SegmentCondition condition, Instant createdBefore) {
        return Optional.empty();
    }

    /**
     * A page of the customers whose name contains {@code text}, ignoring the case of ASCII letters (other
     * letters as each database folds them), in id order like {@link #findPage}.
     */
    Page<Customer> findByName(String text, PageRequest request);

    long count();
}
