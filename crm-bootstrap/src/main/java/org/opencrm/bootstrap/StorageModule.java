package org.opencrm.bootstrap;

import com.google.inject.AbstractModule;
import com.google.inject.Provides;
import com.google.inject.Singleton;
import org.opencrm.application.port.out.ApiKeyRepository;
import org.opencrm.application.port.out.AssociationRuleRepository;
import org.opencrm.application.port.out.CampaignRepository;
import org.opencrm.application.port.out.CustomerRepository;
import org.opencrm.application.port.out.ComplaintRepository;
import org.opencrm.application.port.out.CustomerMergeRepository;
import org.opencrm.application.port.out.FollowUpRepository;
import org.opencrm.application.port.out.InteractionRepository;
import org.opencrm.application.port.out.ModelRepository;
import org.opencrm.application.port.out.ProductRepository;
import org.opencrm.application.port.out.PurchaseRepository;
import org.opencrm.application.port.out.SegmentRepository;
import org.opencrm.application.port.out.StoredResponseRepository;
import org.opencrm.application.port.out.SurveyResponseRepository;
import org.opencrm.application.port.out.UnitOfWork;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreOpener;

/** Binds the driven ports to the store chosen at start-up. */
final class StorageModule extends AbstractModule {

    private final LazyStorage storage;

    StorageModule(LazyStorage storage) {
        this.storage = storage;
    }

    @Provides
    @Singleton
    CustomerRepository customers() {
        return storage.port(CustomerRepository.class, Storage::customers);
    }

    @Provides
    @Singleton
    InteractionRepository interactions() {
        return storage.port(InteractionRepository.class, Storage::interactions);
    }

    @Provides
    @Singleton
    SurveyResponseRepository surveyResponses() {
        return storage.port(SurveyResponseRepository.class, Storage::surveyResponses);
    }

    @Provides
    @Singleton
    ComplaintRepository complaints() {
        return storage.port(ComplaintRepository.class, Storage::complaints);
    }

    @Provides
    @Singleton
    FollowUpRepository followUps() {
        return storage.port(FollowUpRepository.class, Storage::followUps);
    }

    @Provides
    @Singleton
    CustomerMergeRepository merges() {
        return storage.port(CustomerMergeRepository.class, Storage::merges);
    }

    @Provides
    @Singleton
    CampaignRepository campaigns() {
        return storage.port(CampaignRepository.class, Storage::campaigns);
    }

    @Provides
    @Singleton
    AssociationRuleRepository associationRules() {
        return storage.port(AssociationRuleRepository.class, Storage::associationRules);
    }

    @Provides
    @Singleton
    SegmentRepository segments() {
        return storage.port(SegmentRepository.class, Storage::segments);
    }

    @Provides
    @Singleton
    PurchaseRepository purchases() {
        return storage.port(PurchaseRepository.class, Storage::purchases);
    }

    @Provides
    @Singleton
    ModelRepository models() {
        return storage.port(ModelRepository.class, Storage::models);
    }

    @Provides
    @Singleton
    ProductRepository products() {
        return storage.port(ProductRepository.class, Storage::products);
    }

    @Provides
    @Singleton
    ApiKeyRepository apiKeys() {
        return storage.port(ApiKeyRepository.class, Storage::apiKeys);
    }

    @Provides
    @Singleton
    StoredResponseRepository storedResponses() {
        return storage.port(StoredResponseRepository.class, Storage::storedResponses);
    }

    /** Any other store, by URI, through the same plugins: what {@code crm migrate} copies between. */
    @Provides
    @Singleton
    StoreOpener storeOpener() {
        ClassLoader loader = StorageModule.class.getClassLoader();
        return location -> StoreSelection.providerFor(location, loader).open(location);
    }

    @Provides
    @Singleton
    UnitOfWork unitOfWork() {
        return storage.port(UnitOfWork.class, Storage::unitOfWork);
    }
}
