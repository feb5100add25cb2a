package org.opencrm.adapter.cli.importing;

import java.io.BufferedInputStream;
import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;
import org.opencrm.adapter.cli.render.OutputFormat;
import org.opencrm.adapter.cli.render.Renderer;
import org.opencrm.adapter.cli.support.ExitCodes;
import org.opencrm.adapter.cli.support.GlobalOptions;
import org.opencrm.adapter.cli.support.InputException;
import org.opencrm.formats.ImportSummaryJson;
import org.opencrm.formats.csv.CsvTable;
import org.opencrm.application.concurrent.Prefetch;
import org.opencrm.application.port.in.importing.ImportListener;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.ImportSummary;
import org.opencrm.application.port.in.importing.RejectedRow;
import picocli.CommandLine.Model.CommandSpec;

/** One import from the command line: the input with progress, the rejects file, and the closing summary. */
public final class ImportRun implements AutoCloseable {

    private final CommandSpec spec;
    private final CountingInputStream input;
    private final RejectsFile rejects;
    private final Progress progress;

    private ImportRun(CommandSpec spec, String task, InputStream in, long size, Path rejectsPath) {
        this.spec = spec;
        this.input = new CountingInputStream(new BufferedInputStream(in, 1 << 16));
        this.rejects = new RejectsFile(rejectsPath);
        this.progress = Progress.create(task, size, input::count, GlobalOptions.quiet(spec),
                spec.commandLine().getErr());
    }

    /**
     * Opens a file to import; its rejects go to {@code rejects}, or FILE.rejects.csv beside it (for a pipe,
     * TASK.rejects.csv in the working directory, e.g. import-purchases.rejects.csv).
     */
    public static ImportRun ofFile(CommandSpec spec, String task, Path file, Path rejects) {
        try {
            // A FileInputStream, not Files.newInputStream: on Java 17 the latter fails on a pipe
            // ('crm import purchases /dev/stdin') with "Illegal seek". A pipe has no size: progress without a total.
            if (Files.notExists(file)) {
                throw new NoSuchFileException(file.toString());
            }
            boolean regular = Files.isRegularFile(file);
            // '/dev/stdin < orders.csv' is a regular file behind links: its rejects go beside orders.csv, not in /dev.
            Path named = regular && (file.startsWith("/dev") || file.startsWith("/proc")) ? file.toRealPath() : file;
            Path rejectsFile = rejects != null ? rejects
                    : regular ? named.resolveSibling(named.getFileName() + ".rejects.csv")
                    : Path.of(task.replace(' ', '-') + ".rejects.csv");
            return new ImportRun(spec, task, new FileInputStream(file.toFile()), regular ? Files.size(file) : -1,
                    rejectsFile);
        } catch (NoSuchFileException e) {
            throw new InputException("no such file: " + file);
        } catch (IOException e) {
            throw new InputException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    /** Imports from a stream of known size (bundled data); rejects go to {@code rejects}. */
    public static ImportRun ofStream(CommandSpec spec, String task, InputStream in, long size, Path rejects) {
        return new ImportRun(spec, task, in, size, rejects);
    }

    /**
     * Imports a CSV file: header check, rows parsed on a second thread, rejects to the rejects file, progress,
     * and the summary printed. {@code parser} gets the table (to look at its columns) and returns the row parser.
     */
    public static <T> int csv(CommandSpec spec, String task, Path file, ImportOptions options, int batchSize,
                       Set<String> required, Set<String> fields, Function<CsvTable, Function<CsvTable.Row, T>> parser,
                       BiFunction<Iterator<ImportRow<T>>, ImportListener, ImportSummary> importer) throws IOException {
        try (ImportRun run = ofFile(spec, task, file, options.rejects);
             CsvTable table = new CsvTable(file.toString(), run.input(), options.charset(spec), options.delimiter,
                     options.mapping(), required, fields);
             // Read a whole batch ahead: the next batch is parsed while the current one is written.
             Prefetch<ImportRow<T>> rows = Prefetch.of(table.rows(parser.apply(table)), "csv-reader", batchSize)) {
            ImportListener listener = run.listener();
            ImportSummary summary = importer.apply(rows, new ImportListener() {
                @Override
                public void rejected(RejectedRow row) {
                    listener.rejected(table.inColumns(row));
                }

                @Override
                public void committed(ImportSummary soFar) {
                    listener.committed(soFar);
                }
            });
            run.rejects.addOriginalRows(file, options.charset(spec), options.delimiter);
            return run.finish(summary);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
    }

    public InputStream input() {
        return input;
    }

    public ImportListener listener() {
        return new ImportListener() {
            @Override
            public void rejected(RejectedRow row) {
                rejects.write(row);
            }

            @Override
            public void committed(ImportSummary soFar) {
                progress.update(soFar);
            }
        };
    }

    /** Prints the summary in the chosen format and returns the exit code: 3 when rows were rejected. */
    public int finish(ImportSummary summary) {
        progress.close();
        rejects.close();
        PrintWriter out = spec.commandLine().getOut();
        OutputFormat format = GlobalOptions.format(spec);
        ImportSummaryJson json = ImportSummaryJson.of(summary, rejects.path().toString());
        switch (format) {
            case JSON -> Renderer.json(out, json);
            case CSV -> Renderer.reportCsv(out, json, null);
            case TABLE -> {
                out.printf("Read %d rows: %d imported, %d updated, %d duplicates skipped, %d rejected"
                                + (summary.customersCreated() > 0 ? ", %d customers registered" : "%s") + "%n",
                        summary.read(), summary.imported(), summary.updated(), summary.duplicates(),
                        summary.rejected(), summary.customersCreated() > 0 ? summary.customersCreated() : "");
                if (summary.rejected() > 0) {
                    out.println("Rejected rows (line, field, reason): " + rejects.path());
                }
                out.flush();
            }
        }
        return summary.rejected() > 0 ? ExitCodes.REJECTED_ROWS : ExitCodes.OK;
    }

    @Override
    public void close() {
        progress.close();
        rejects.close();
        try {
            input.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
