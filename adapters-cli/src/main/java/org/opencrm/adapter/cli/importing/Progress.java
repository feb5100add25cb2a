package org.opencrm.adapter.cli.importing;

import java.io.PrintWriter;
import java.util.function.LongSupplier;
import me.tongfei.progressbar.ProgressBar;
import me.tongfei.progressbar.ProgressBarBuilder;
import me.tongfei.progressbar.ProgressBarStyle;
import org.opencrm.adapter.cli.support.Terminal;
import org.opencrm.application.port.in.importing.ImportSummary;

/**
 * Shows how far a long import has got, on stderr so stdout stays clean for data: a progress bar on a
 * terminal, a plain line every few seconds otherwise (logs, CI), nothing with {@code --quiet}.
 */
abstract class Progress implements AutoCloseable {

    static Progress create(String task, long totalBytes, LongSupplier bytesRead, boolean quiet, PrintWriter err) {
        if (quiet) {
            return new Silent();
        }
        if (Terminal.isInteractive()) {
            return new Bar(task, totalBytes, bytesRead);
        }
        return new Lines(task, totalBytes, bytesRead, err);
    }

    /** Called after each committed batch with the totals so far. */
    abstract void update(ImportSummary soFar);

    @Override
    public abstract void close();

    private static final class Silent extends Progress {
        @Override
        void update(ImportSummary soFar) {
        }

        @Override
        public void close() {
        }
    }

    private static final class Bar extends Progress {
        private final ProgressBar bar;
        private final LongSupplier bytesRead;
        private boolean closed;

        Bar(String task, long totalBytes, LongSupplier bytesRead) {
            this.bytesRead = bytesRead;
            this.bar = new ProgressBarBuilder().setTaskName(task).setInitialMax(totalBytes > 0 ? totalBytes : -1)
                    .setUnit(" MiB", 1 << 20).setStyle(ProgressBarStyle.ASCII).setUpdateIntervalMillis(250)
                    .showSpeed().build();
        }

        @Override
        void update(ImportSummary soFar) {
            bar.stepTo(bytesRead.getAsLong());
            bar.setExtraMessage(" " + soFar.read() + " rows");
        }

        @Override
        public void close() {
            if (!closed) {
                closed = true;
                if (bar.getMax() > 0) {
                    bar.stepTo(bar.getMax());
                }
                bar.close();
            }
        }
    }

    private static final class Lines extends Progress {
        private static final long EVERY_NANOS = 2_000_000_000L;
        private final String task;
        private final long totalBytes;
        private final LongSupplier bytesRead;
        private final PrintWriter err;
        private long last = System.nanoTime();

        Lines(String task, long totalBytes, LongSupplier bytesRead, PrintWriter err) {
            this.task = task;
            this.totalBytes = totalBytes;
            this.bytesRead = bytesRead;
            this.err = err;
        }

        @Override
        void update(ImportSummary s) {
            long now = System.nanoTime();
            if (now - last < EVERY_NANOS) {
                return;
            }
            last = now;
            String percent = totalBytes > 0 ? (100 * bytesRead.getAsLong() / totalBytes) + "%, " : "";
            err.printf("%s: %s%d rows read, %d imported, %d updated, %d duplicates, %d rejected%n", task, percent,
                    s.read(), s.imported(), s.updated(), s.duplicates(), s.rejected());
            err.flush();
        }

        @Override
        public void close() {
        }
    }
}
