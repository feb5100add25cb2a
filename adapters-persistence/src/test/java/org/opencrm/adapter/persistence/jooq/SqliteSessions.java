package org.opencrm.adapter.persistence.jooq;

import java.sql.SQLException;
import org.jooq.SQLDialect;
import org.opencrm.application.port.out.storage.StoreLocation;
import org.sqlite.SQLiteDataSource;

/** Sessions on an existing SQLite file, with or without reader connections, for tests of this package. */
final class SqliteSessions {

    private SqliteSessions() {
    }

    static JooqSession open(StoreLocation location, boolean withReaders) throws SQLException {
        SQLiteDataSource ds = new SQLiteDataSource();
        ds.setUrl("jdbc:sqlite:" + location.schemeSpecificPart());
        return new JooqSession(ds.getConnection(), SQLDialect.SQLITE, location.uri(),
                withReaders ? ds::getConnection : null);
    }
}
