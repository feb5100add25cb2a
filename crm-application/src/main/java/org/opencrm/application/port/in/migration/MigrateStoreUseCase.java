package org.opencrm.application.port.in.migration;

import java.util.List;
import java.util.Objects;

/**
 * Driving port: copies a whole store into another (any backends), streaming in pages, and verifies the copy
 * table by table. Every write is idempotent, so a run cut off anywhere is completed by running it again.
 */
public interface MigrateStoreUseCase {

    Result migrate(Command command);

    /** From and to (store URIs, as {@code --store} takes them), rows per page, and who hears of the progress. */
    record Command(String from, String to, int pageSize, Listener listener) {
        public Command {
            Objects.requireNonNull(from, "'from' must not be null");
            Objects.requireNonNull(to, "'to' must not be null");
            from = from.strip();
            to = to.strip();
            if (from.equals(to)) {
                throw new IllegalArgumentException("'from' and 'to' are the same store: " + from);
            }
            if (pageSize < 1 || pageSize > 100_000) {
                throw new IllegalArgumentException("'pageSize' must be 1..100000, got " + pageSize);
            }
            Objects.requireNonNull(listener, "'listener' must not be null");
        }
    }

    /** Progress of a migration. */
    interface Listener {
        /** A table starts; {@code rows} is how many the source holds. */
        void tableStarted(String table, long rows);

        /** {@code rows} more rows of the current table were copied. */
        void copied(long rows);

        /** Copying is done; the two stores are being read again to compare them. */
        void verifying();

        Listener NONE = new Listener() {
            @Override
            public void tableStarted(String table, long rows) {
            }

            @Override
            public void copied(long rows) {
            }

            @Override
            public void verifying() {
            }
        };
    }

    /** Per table: rows copied (new in the target) and the two sides' row counts and checksums. */
    record Result(List<TableCheck> tables) {
        public Result {
            tables = List.copyOf(tables);
        }

        public boolean verified() {
            return tables.stream().allMatch(TableCheck::matches);
        }
    }

    /** One table's verification: an order-independent checksum of every row on each side. */
    record TableCheck(String table, long written, long sourceRows, long targetRows, String sourceChecksum,
                      String targetChecksum) {
        public boolean matches() {
            return sourceRows == targetRows && sourceChecksum.equals(targetChecksum);
        }
    }
}
