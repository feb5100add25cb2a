package org.opencrm.adapter.cli.migrate;

import java.io.PrintWriter;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.opencrm.adapter.cli.support.Terminal;
import org.opencrm.application.port.in.migration.MigrateStoreUseCase;

/** Shows a migration's progress on stderr: a bar per table on a terminal, a line per table otherwise. */
abstract class MigrationProgress implements MigrateStoreUseCase.Listener, AutoCloseable {

    static MigrationProgress create(boolean quiet, PrintWriter err) {
        if (quiet) {
            return new Lines(null);
        }
        return Terminal.isInteractive() ? new Bars() : new Lines(err);
    }

    @Override
    public abstract void close();

    /** One line per table, or nothing. */
    private static final class Lines extends MigrationProgress {
        private final PrintWriter err;
        private final long start = System.nanoTime();

        Lines(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void tableStarted(String table, long rows) {
            line("copying " + table + ": " + rows + " rows");
        }

        private void line(String text) {
            if (err != null) {
                err.printf(java.util.Locale.ROOT, "%6.1f s  %s%n", (System.nanoTime() - start) / 1e9, text);
                err.flush();
            }
        }

        @Override
        public void copied(long rows) {
        }

        @Override
        public void verifying() {
            line("verifying: reading the target again");
        }

        @Override
        public void close() {
        }
    }

    /** A progress bar per table. */
    private static final class Bars extends MigrationProgress {
        private ProgressBar bar;

        @Override
        public void tableStarted(String table, long rows) {
            close();
            bar = new ProgressBarBuilder().setTaskName(table).setInitialMax(Math.max(rows, 1))
                    .setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250).showSpeed().build();
        }

        @Override
        public void copied(long rows) {
            if (bar != null) {
                bar.stepBy(rows);
            }
        }

        @Override
        public void verifying() {
            tableStarted("verifying", 1);
        }

        @Override
        public void close() {
            if (bar != null) {
                bar.close();
                bar = null;
            }
        }
    }
}
