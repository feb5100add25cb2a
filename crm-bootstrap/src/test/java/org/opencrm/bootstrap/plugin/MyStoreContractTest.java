package org.opencrm.bootstrap.plugin;

import org.junit.jupiter.api.Nested;
import org.opencrm.application.contract.ApiKeyRepositoryContract;
import org.opencrm.application.contract.AssociationRuleRepositoryContract;
import org.opencrm.application.contract.CampaignRepositoryContract;
import org.opencrm.application.contract.CustomerMergeRepositoryContract;
import org.opencrm.application.contract.CustomerRepositoryContract;
import org.opencrm.application.contract.ComplaintRepositoryContract;
import org.opencrm.application.contract.InteractionRepositoryContract;
import org.opencrm.application.contract.SurveyResponseRepositoryContract;
import org.opencrm.application.contract.ModelRepositoryContract;
import org.opencrm.application.contract.ProductRepositoryContract;
import org.opencrm.application.contract.PurchaseRepositoryContract;
import org.opencrm.application.contract.SegmentRepositoryContract;
import org.opencrm.application.contract.StoredResponseRepositoryContract;
import org.opencrm.application.contract.UnitOfWorkContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

/** The storage contract suite, every part of it, run against the README's example plugin. */
class MyStoreContractTest {

    static Storage open() {
        return new MyStorageProvider().open(StoreLocation.of("mystore:test"));
    }

    @Nested
    class Customers extends CustomerRepositoryContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }

    @Nested
    class Purchases extends PurchaseRepositoryContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }

    @Nested
    class Models extends ModelRepositoryContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }

    @Nested
    class Products extends ProductRepositoryContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }

    @Nested
    class ApiKeys extends ApiKeyRepositoryContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }

    @Nested
    class StoredResponses extends StoredResponseRepositoryContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }

    @Nested
    class Interactions extends InteractionRepositoryContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }

    @Nested
    class SurveyResponses extends SurveyResponseRepositoryContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }

    @Nested
    class Complaints extends ComplaintRepositoryContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }

    @Nested
    class Merges extends CustomerMergeRepositoryContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }

    @Nested
    class Segments extends SegmentRepositoryContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }

    @Nested
    class Campaigns extends CampaignRepositoryContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }

    @Nested
    class AssociationRules extends AssociationRuleRepositoryContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }

    @Nested
    class Transactions extends UnitOfWorkContract {
        @Override
        protected Storage openEmptyStorage() {
            return open();
        }
    }
}
