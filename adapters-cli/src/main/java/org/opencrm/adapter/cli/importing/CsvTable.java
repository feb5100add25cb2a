package org.opencrm.adapter.cli.importing;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import org.opencrm.adapter.cli.support.InputException;
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.in.importing.SourcePosition;

/**
 * A CSV file with a header row, read as a stream of rows addressed by field name. The header is checked
 * once, before any row is read: a missing required column stops the import before it writes anything.
 */
final class CsvTable implements Closeable {

    private final String source;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final Map<String, Integer> index = new HashMap<>();
    private final int width;

    /**
     * @param mapping field name → column name in this file, for files with other headers
     */
    CsvTable(String source, InputStream in, char delimiter, Map<String, String> mapping, Set<String> required,
             Set<String> known) {
        this.source = source;
        this.reader = CsvReader.builder().fieldSeparator(delimiter).allowMissingFields(true).allowExtraFields(true)
                .detectBomHeader(true).skipEmptyLines(true).ofCsvRecord(in, StandardCharsets.UTF_8);
        this.records = reader.iterator();
        if (!records.hasNext()) {
            throw new InputException(source + ": empty file; expected a header row with " + String.join(", ", required));
        }
        List<String> header = records.next().getFields();
        this.width = header.size();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String field : mapping.keySet()) {
            if (!known.contains(field) && !field.startsWith("attr.")) {
                throw new InputException("--map names unknown field '" + field + "'; fields: " + new TreeSet<>(known));
            }
        }
        Set<String> missing = new TreeSet<>();
        Set<String> wanted = new TreeSet<>(known);
        columns.keySet().stream().filter(c -> c.startsWith("attr.")).forEach(wanted::add);
        mapping.keySet().stream().filter(f -> f.startsWith("attr.")).forEach(wanted::add);
        for (String field : wanted) {
            String column = mapping.getOrDefault(field, field).strip().toLowerCase(Locale.ROOT);
            Integer at = columns.get(column);
            if (at != null) {
                index.put(field, at);
            } else if (required.contains(field)) {
                missing.add(column);
            }
        }
        if (!missing.isEmpty()) {
            throw new InputException(source + ": line 1: missing column" + (missing.size() > 1 ? "s " : " ")
                    + "'" + String.join("', '", missing) + "' (header: " + String.join(", ", header) + ")",
                    "for other column names use --map FIELD=COLUMN, e.g. --map " + missing.iterator().next()
                    + "=" + (header.isEmpty() ? "COLUMN" : header.get(0)));
        }
    }

    /** The fields this file provides, e.g. to find its attribute columns. */
    Set<String> fields() {
        return index.keySet();
    }

    /** Rows mapped by {@code parser}; a row it refuses, or one with the wrong number of cells, becomes a reject. */
    <T> Iterator<ImportRow<T>> rows(Function<Row, T> parser) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (CsvParseException e) {
                    throw new InputException(source + ": malformed CSV: " + e.getMessage(), e);
                }
            }

            @Override
            public ImportRow<T> next() {
                if (!hasNext()) {
                    throw new NoSuchElementException();
                }
                CsvRecord record;
                try {
                    record = records.next();
                } catch (CsvParseException e) {
                    throw new InputException(source + ": malformed CSV: " + e.getMessage(), e);
                }
                SourcePosition position = new SourcePosition(source, record.getStartingLineNumber());
                if (record.getFieldCount() != width) {
                    return new ImportRow.Unparsed<>(new RejectedRow(position, "row",
                            "has " + record.getFieldCount() + " fields, the header has " + width));
                }
                Row row = new Row(record, position);
                try {
                    return new ImportRow.Parsed<>(position, parser.apply(row));
                } catch (FieldException e) {
                    return new ImportRow.Unparsed<>(new RejectedRow(position, e.field, e.getMessage()));
                } catch (IllegalArgumentException e) {
                    return new ImportRow.Unparsed<>(RejectedRow.of(position, e));
                }
            }
        };
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** One data row: cells by field name, blank cells read as absent. */
    final class Row {
        private final CsvRecord record;
        private final SourcePosition position;

        private Row(CsvRecord record, SourcePosition position) {
            this.record = record;
            this.position = position;
        }

        SourcePosition position() {
            return position;
        }

        /** The cell's text, stripped, or null when the column is absent or the cell blank. */
        String get(String field) {
            Integer at = index.get(field);
            if (at == null) {
                return null;
            }
            String value = record.getField(at).strip();
            return value.isEmpty() ? null : value;
        }

        String required(String field) {
            String value = get(field);
            if (value == null) {
                throw new FieldException(field, "is empty");
            }
            return value;
        }

        <V> V parse(String field, Function<String, V> parser) {
            String text = get(field);
            if (text == null) {
                return null;
            }
            try {
                return parser.apply(text);
            } catch (RuntimeException e) {
                throw new FieldException(field, describe(text, e));
            }
        }

        <V> V parseRequired(String field, Function<String, V> parser) {
            required(field);
            return parse(field, parser);
        }

        /** "'12,5' is not a decimal number": the cell, then the reason without the field name our checks put first. */
        private static String describe(String text, RuntimeException e) {
            String m = e.getMessage() == null ? "is invalid" : e.getMessage();
            if (m.startsWith("'")) {
                m = m.substring(m.indexOf('\'', 1) + 1).strip();
            }
            return m.contains("'" + text + "'") ? m : "'" + text + "' " + m;
        }
    }

    /** A cell that does not hold what its field needs. */
    static final class FieldException extends RuntimeException {
        private static final long serialVersionUID = 1L;
        private final String field;

        FieldException(String field, String reason) {
            super(reason);
            this.field = field;
        }
    }
}
