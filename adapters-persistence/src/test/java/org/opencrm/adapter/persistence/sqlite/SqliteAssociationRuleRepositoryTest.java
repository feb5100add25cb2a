package org.opencrm.adapter.persistence.sqlite;

import java.nio.file.Path;
import org.junit.jupiter.api.io.TempDir;
import org.opencrm.application.contract.AssociationRuleRepositoryContract;
import org.opencrm.application.port.out.storage.Storage;
import org.opencrm.application.port.out.storage.StoreLocation;

class SqliteAssociationRuleRepositoryTest extends AssociationRuleRepositoryContract {

    @TempDir
    Path dir;

    @Override
    protected Storage openEmptyStorage() {
        return new SqliteStorageProvider().open(StoreLocation.of("sqlite:" + dir.resolve("crm.db")));
    }
}
