package org.opencrm.adapter.persistence.memory;

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
import org.opencrm.application.port.out.storage.Storage;

/** An in-memory store: repositories over maps, serialised by one lock, with an undo log for rollback. */
final class MemoryStorage implements Storage {

    private final MemoryUnitOfWork unitOfWork = new MemoryUnitOfWork();
    private final MemoryCustomerRepository customers = new MemoryCustomerRepository(unitOfWork);
    private final MemoryPurchaseRepository purchases = new MemoryPurchaseRepository(unitOfWork, customers);
    private final MemoryModelRepository models = new MemoryModelRepository(unitOfWork);
    private final MemoryProductRepository products = new MemoryProductRepository(unitOfWork);
    private final MemoryApiKeyRepository apiKeys = new MemoryApiKeyRepository(unitOfWork);
    private final MemoryStoredResponseRepository storedResponses = new MemoryStoredResponseRepository(unitOfWork);
    private final MemoryInteractionRepository interactions = new MemoryInteractionRepository(unitOfWork, customers);
    private final MemorySurveyResponseRepository surveyResponses =
            new MemorySurveyResponseRepository(unitOfWork, customers);
    private final MemoryComplaintRepository complaints = new MemoryComplaintRepository(unitOfWork, customers);
    private final MemoryFollowUpRepository followUps = new MemoryFollowUpRepository(unitOfWork, customers);
    private final MemoryCustomerMergeRepository merges = new MemoryCustomerMergeRepository(unitOfWork, this);
    private final MemorySegmentRepository segments = new MemorySegmentRepository(unitOfWork);
    private final MemoryCampaignRepository campaigns = new MemoryCampaignRepository(unitOfWork);
    private final MemoryAssociationRuleRepository associationRules = new MemoryAssociationRuleRepository(unitOfWork);

    @Override
    public CustomerRepository customers() {
        return customers;
    }

    @Override
    public PurchaseRepository purchases() {
        return purchases;
    }

    @Override
    public ModelRepository models() {
        return models;
    }

    @Override
    public ProductRepository products() {
        return products;
    }

    @Override
    public ApiKeyRepository apiKeys() {
        return apiKeys;
    }

    @Override
    public StoredResponseRepository storedResponses() {
        return storedResponses;
    }

    @Override
    public ComplaintRepository complaints() {
        return complaints;
    }

    @Override
    public FollowUpRepository followUps() {
        return followUps;
    }

    @Override
    public SurveyResponseRepository surveyResponses() {
        return surveyResponses;
    }

    @Override
    public InteractionRepository interactions() {
        return interactions;
    }

    @Override
    public CustomerMergeRepository merges() {
        return merges;
    }

    @Override
    public AssociationRuleRepository associationRules() {
        return associationRules;
    }

    @Override
    public CampaignRepository campaigns() {
        return campaigns;
    }

    @Override
    public SegmentRepository segments() {
        return segments;
    }

    MemoryCampaignRepository memoryCampaigns() {
        return campaigns;
    }

    MemoryCustomerRepository memoryCustomers() {
        return customers;
    }

    MemoryPurchaseRepository memoryPurchases() {
        return purchases;
    }

    MemoryInteractionRepository memoryInteractions() {
        return interactions;
    }

    MemoryComplaintRepository memoryComplaints() {
        return complaints;
    }

    MemoryFollowUpRepository memoryFollowUps() {
        return followUps;
    }

    MemorySurveyResponseRepository memorySurveyResponses() {
        return surveyResponses;
    }

    @Override
    public UnitOfWork unitOfWork() {
        return unitOfWork;
    }

    @Override
    public void close() {
        // Nothing to release: the maps go with the object.
    }
}
