package org.opencrm.formats.csv;

import de.siegmar.fastcsv.reader.CsvParseException;
import de.siegmar.fastcsv.reader.CsvReader;
import de.siegmar.fastcsv.reader.CsvRecord;
import java.io.BufferedReader;
import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.PushbackReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
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
import org.opencrm.application.port.in.importing.ImportRow;
import org.opencrm.application.port.in.importing.RejectedRow;
import org.opencrm.application.port.in.importing.SourcePosition;

/**
 * A CSV file with a header row, read as a stream of rows addressed by field name. The header is checked
 * once, before any row is read: a missing required column stops the import before it writes anything.
 *
 * <p>Text is decoded strictly: bytes that are not valid in the file's encoding are never turned into a
 * replacement character and stored; the row is rejected, naming the column and the byte. Rejects name the
 * file's own columns, whatever the field is called inside.
 */
public final class CsvTable implements Closeable {

    /**
     * What the decoder puts where the bytes were invalid: a noncharacter, which no text needs (a file that holds
     * one anyway has the row refused too, which is safe).
     */
    private static final char INVALID = '\uFFFF';

    private final String source;
    private final Charset charset;
    private final CsvReader<CsvRecord> reader;
    private final Iterator<CsvRecord> records;
    private final Map<String, Integer> index = new HashMap<>();
    private final List<String> header;
    private final int width;

    /**
     * @param mapping field name → column name in this file, for files with other headers
     */
    public CsvTable(String source, InputStream in, char delimiter, Map<String, String> mapping, Set<String> required,
             Set<String> known) {
        this(source, in, StandardCharsets.UTF_8, delimiter, mapping, required, known);
    }

    public CsvTable(String source, InputStream in, Charset charset, char delimiter, Map<String, String> mapping,
             Set<String> required, Set<String> known) {
        this.source = source;
        this.charset = charset;
        this.reader = CsvReader.builder().fieldSeparator(delimiter).allowMissingFields(true).allowExtraFields(true)
                .skipEmptyLines(true).ofCsvRecord(strict(in, charset));
        this.records = reader.iterator();
        try {
            if (!records.hasNext()) {
                throw new CsvFormatException(source + ": empty file; expected a header row with "
                        + String.join(", ", required));
            }
            this.header = records.next().getFields();
        } catch (CsvParseException e) {
            throw new CsvFormatException(source + ": line 1: malformed CSV: " + e.getMessage(), e);
        }
        for (int i = 0; i < header.size(); i++) {
            int at = header.get(i).indexOf(INVALID);
            if (at >= 0) {
                throw new CsvFormatException(source + ": line 1, column " + (i + 1) + ": not valid " + charset.name()
                        + " at byte " + byteOffset(header.get(i), at) + " of the header",
                        "if the file is in another encoding, name it: --encoding GB18030 (or GBK, ISO-8859-1, ...)");
            }
        }
        this.width = header.size();
        Map<String, Integer> columns = new HashMap<>();
        for (int i = 0; i < header.size(); i++) {
            columns.putIfAbsent(header.get(i).strip().toLowerCase(Locale.ROOT), i);
        }
        for (String field : mapping.keySet()) {
            if (!known.contains(field) && !field.startsWith("attr.")) {
                throw new CsvFormatException("--map names unknown field '" + field + "'; fields: " + new TreeSet<>(known));
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
            throw new CsvFormatException(source + ": line 1: missing column" + (missing.size() > 1 ? "s " : " ")
                    + "'" + String.join("', '", missing) + "' (header: " + String.join(", ", header) + ")",
                    hint(missing.iterator().next(), columns.keySet(), known));
        }
    }

    /** The --map that likely fixes a missing column: a column no field reads whose name is close; else the form. */
    private static String hint(String missing, Set<String> columns, Set<String> known) {
        String best = null;
        int bestDistance = Integer.MAX_VALUE;
        for (String column : columns) {
            if (known.contains(column)) {
                continue; // read as itself already: mapping it elsewhere would lose it
            }
            int d = distance(missing, column);
            if (d < bestDistance || (d == bestDistance && column.compareTo(best) < 0)) {
                best = column;
                bestDistance = d;
            }
        }
        if (best != null && (bestDistance <= Math.max(2, missing.length() / 2)
                || best.contains(missing) || missing.contains(best))) {
            return "if column '" + best + "' holds it: --map " + missing + "=" + best;
        }
        return "for other column names use --map FIELD=COLUMN, e.g. --map " + missing + "=COLUMN";
    }

    /** Levenshtein distance, for short column names. */
    private static int distance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                current[j] = Math.min(Math.min(current[j - 1] + 1, previous[j] + 1), previous[j - 1] + cost);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }

    /** A reader that marks invalid bytes instead of hiding them, and drops a byte-order mark. */
    private static Reader strict(InputStream in, Charset charset) {
        CharsetDecoder decoder = charset.newDecoder().onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE).replaceWith(String.valueOf(INVALID));
        PushbackReader reader = new PushbackReader(new BufferedReader(new InputStreamReader(in, decoder), 1 << 16));
        try {
            int first = reader.read();
            if (first >= 0 && first != '\uFEFF') {
                reader.unread(first);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return reader;
    }

    /** The 1-based byte, in the file's encoding, at which the text's character {@code at} begins. */
    private int byteOffset(String text, int at) {
        return text.substring(0, at).getBytes(charset).length + 1;
    }

    /** The file's own name of a field, for rejects: the header's column it was read from. */
    private String column(String field) {
        Integer at = index.get(field);
        return at == null ? field : header.get(at).strip();
    }

    /** The fields this file provides, e.g. to find its attribute columns. */
    public Set<String> fields() {
        return index.keySet();
    }

    /**
     * A reject as the file's reader knows it: the domain's word for a field ({@code unitPrice}, {@code externalId},
     * also in refusals the import service makes) replaced by the column of this file that holds it.
     */
    public RejectedRow inColumns(RejectedRow row) {
        String field = snakeCase(row.field());
        if (row.field().equals("externalId") && !index.containsKey("external_id") && index.containsKey("customer_id")) {
            field = "customer_id"; // a purchase names its customer by external id
        } else if (field.startsWith("unit_price")) {
            field = "unit_price"; // "unitPrice × quantity"
        }
        return index.containsKey(field) ? new RejectedRow(row.position(), column(field), row.reason()) : row;
    }

    /** Rows mapped by {@code parser}; a row it refuses, or one with the wrong number of cells, becomes a reject. */
    public <T> Iterator<ImportRow<T>> rows(Function<Row, T> parser) {
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                try {
                    return records.hasNext();
                } catch (CsvParseException e) {
                    throw new CsvFormatException(source + ": malformed CSV: " + e.getMessage(), e);
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
                    throw new CsvFormatException(source + ": malformed CSV: " + e.getMessage(), e);
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
                    return new ImportRow.Unparsed<>(new RejectedRow(position, column(e.field), e.getMessage()));
                } catch (IllegalArgumentException e) {
                    return new ImportRow.Unparsed<>(inColumns(RejectedRow.of(position, e)));
                }
            }
        };
    }

    /** {@code unitPrice} → {@code unit_price}: the domain's names for the fields of the CSV layouts. */
    private static String snakeCase(String name) {
        return name.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toLowerCase(Locale.ROOT);
    }

    @Override
    public void close() throws IOException {
        reader.close();
    }

    /** One data row: cells by field name, blank cells read as absent. */
    public final class Row {
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
        public String get(String field) {
            Integer at = index.get(field);
            if (at == null) {
                return null;
            }
            String value = record.getField(at).strip();
            int invalid = value.indexOf(INVALID);
            if (invalid >= 0) {
                throw new FieldException(field, "not valid " + charset.name() + " at byte " + byteOffset(value, invalid)
                        + " of the cell");
            }
            return value.isEmpty() ? null : value;
        }

        public String required(String field) {
            String value = get(field);
            if (value == null) {
                throw new FieldException(field, "is empty");
            }
            return value;
        }

        public <V> V parse(String field, Function<String, V> parser) {
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

        public <V> V parseRequired(String field, Function<String, V> parser) {
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
