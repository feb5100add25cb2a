package org.opencrm.adapter.cli.importing;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.opencrm.application.port.in.importing.RejectedRow;

/**
 * The CSV file of refused rows (source, line, field, reason). Created on the first reject; a stale file from
 * an earlier run is removed first, so what is there always belongs to the last run.
 */
final class RejectsFile implements AutoCloseable {

    private final Path path;
    private CsvWriter writer;
    private long count;

    RejectsFile(Path path) {
        this.path = path;
        try {
            Files.deleteIfExists(path);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Path path() {
        return path;
    }

    long count() {
        return count;
    }

    void write(RejectedRow row) {
        try {
            if (writer == null) {
                writer = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                        .build(Files.newBufferedWriter(path, StandardCharsets.UTF_8));
                writer.writeRecord("source", "line", "field", "reason");
            }
            writer.writeRecord(row.position().source(), Long.toString(row.position().line()), row.field(), row.reason());
            count++;
        } catch (IOException | UncheckedIOException e) {
            throw new UncheckedIOException(new IOException("cannot write rejects file " + path + ": " + cause(e), e));
        }
    }

    /** The operating system's words ("No space left on device"), without the exception classes wrapped around them. */
    static String cause(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        return String.valueOf(t.getMessage());
    }

    @Override
    public void close() {
        if (writer != null) {
            try {
                writer.close();
                writer = null;
            } catch (IOException | UncheckedIOException e) {
                writer = null;
                throw new UncheckedIOException(new IOException("cannot write rejects file " + path + ": " + cause(e), e));
            }
        }
    }
}
