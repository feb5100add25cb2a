package org.opencrm.application.port.out.storage;

import java.util.function.Supplier;
import org.opencrm.application.port.out.ApiKeyRepository;
import org.opencrm.application.port.out.AssociationRuleRepository;
import org.opencrm.application.port.out.CampaignRepository;
import org.opencrm.application.port.out.CustomerMergeRepository;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.ComplaintRepository;
import org.opencrm.application.port.out.FollowUpRepository;
import org.opencrm.application.port.out.InteractionRepository;
import org.opencrm.application.port.out.SurveyResponseRepository;
import org.opencrm.application.port.out.ModelRepository;
import org.opencrm.application.port.out.ProductRepository;
import org.opencrm.application.port.out.SegmentRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.port.out.StoredResponseRepository;
import org.opencrm.application.port.out.UnitOfWork;

/** An opened store: its repositories share one transaction scope, given by {@link #unitOfWork()}. */
public interface Storage extends AutoCloseable {

    CustomerRepository customers();

    PurchaseRepository purchases();

    ModelRepository models();

    ProductRepository products();

    ApiKeyRepository apiKeys();

    StoredResponseRepository storedResponses();

    InteractionRepository interactions();

    SurveyResponseRepository surveyResponses();

    ComplaintRepository complaints();

    FollowUpRepository followUps();

    CustomerMergeRepository merges();

    SegmentRepository segments();

    CampaignRepository campaigns();

    AssociationRuleRepository associationRules();

    UnitOfWork unitOfWork();

    /**
     * Tells the store that a bulk load just ended, so a server database refreshes its planner statistics now
     * rather than when its background job gets to it (until then, it may plan key-ordered reads of the new
     * rows as full scans). Nothing for stores without a planner.
     */
    default void bulkLoadEnded() {
    }

    /**
     * Runs {@code load}, the writing of every purchase into a store that has none yet, as one transaction: a
     * load cut off leaves no purchase behind, and a server database may build the purchase indexes once at
     * the end instead of row by row (several times cheaper). Other writers and readers of purchases wait.
     */
    default <T> T loadPurchases(Supplier<T> load) {
        return unitOfWork().inTransaction(load);
    }

    @Override
    void close();
}
