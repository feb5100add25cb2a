package org.opencrm.adapter.cli.importing;

import de.siegmar.fastcsv.writer.CsvWriter;
import de.siegmar.fastcsv.writer.LineDelimiter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
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

    /**
     * Adds to each reject the row as the input file has it, under the file's own header, so an operator can fix
     * the rows in place and import the rejects file itself (its first four columns are not fields of any
     * import). A second pass over the input, only when there were rejects; a pipe cannot be read twice.
     */
    void addOriginalRows(Path input, java.nio.charset.Charset charset, char delimiter) {
        close();
        if (count == 0 || !Files.isRegularFile(input)) {
            return;
        }
        try {
            List<List<String>> rejected = new ArrayList<>();
            try (de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> reader =
                         de.siegmar.fastcsv.reader.CsvReader.builder().ofCsvRecord(path, StandardCharsets.UTF_8)) {
                reader.stream().skip(1).forEach(r -> rejected.add(r.getFields()));
            }
            java.util.Set<Long> lines = new java.util.HashSet<>();
            rejected.forEach(r -> lines.add(Long.parseLong(r.get(1))));
            java.util.Map<Long, List<String>> original = new java.util.HashMap<>();
            List<String> header = List.of();
            try (de.siegmar.fastcsv.reader.CsvReader<de.siegmar.fastcsv.reader.CsvRecord> reader =
                         de.siegmar.fastcsv.reader.CsvReader.builder().fieldSeparator(delimiter)
                                 .allowMissingFields(true).allowExtraFields(true).skipEmptyLines(true)
                                 .detectBomHeader(true).ofCsvRecord(input, charset)) {
                for (de.siegmar.fastcsv.reader.CsvRecord r : reader) {
                    if (r.getStartingLineNumber() == 1) {
                        header = r.getFields();
                    } else if (lines.contains(r.getStartingLineNumber())) {
                        original.put(r.getStartingLineNumber(), r.getFields());
                    }
                }
            } catch (de.siegmar.fastcsv.reader.CsvParseException | java.io.UncheckedIOException unreadable) {
                // Rows past a malformed spot stay without their original; the reject says why.
            }
            Path rewritten = path.resolveSibling(path.getFileName() + ".tmp");
            try (CsvWriter out = CsvWriter.builder().lineDelimiter(LineDelimiter.LF)
                    .build(Files.newBufferedWriter(rewritten, StandardCharsets.UTF_8))) {
                List<String> columns = new ArrayList<>(List.of("source", "line", "field", "reason"));
                columns.addAll(header);
                out.writeRecord(columns);
                for (List<String> r : rejected) {
                    List<String> row = new ArrayList<>(r);
                    row.addAll(original.getOrDefault(Long.parseLong(r.get(1)), List.of()));
                    out.writeRecord(row);
                }
            }
            Files.move(rewritten, path, java.nio.file.StandardCopyOption.REPLACE_EXISTING,
                    java.nio.file.StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | java.io.UncheckedIOException e) {
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
