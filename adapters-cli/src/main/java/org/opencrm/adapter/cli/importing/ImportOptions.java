package org.opencrm.adapter.cli.importing;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** Options every CSV import takes. */
public final class ImportOptions {

    @Option(names = "--map", paramLabel = "FIELD=COLUMN",
            description = "Read FIELD from the column named COLUMN (repeatable), for files with other headers.")
    Map<String, String> mapping = new LinkedHashMap<>();

    @Option(names = "--delimiter", paramLabel = "CHAR", defaultValue = ",",
            description = "Field separator (default: '${DEFAULT-VALUE}').")
    char delimiter;

    @Option(names = "--rejects", paramLabel = "FILE",
            description = "Where to write rejected rows (default: FILE.rejects.csv beside the input; for a pipe such "
                    + "as /dev/stdin, import-purchases.rejects.csv (-customers, -products) in the working directory).")
    Path rejects;

    @Option(names = "--batch-size", paramLabel = "N", defaultValue = "100000",
            description = "Rows per transaction (default: ${DEFAULT-VALUE}). A crash loses at most one batch, "
                    + "which a re-run imports. Needs about 1 KiB of heap per row; lower it for small heaps.")
    int batchSize;

    @Option(names = "--encoding", paramLabel = "CHARSET", defaultValue = "UTF-8",
            description = "The file's character encoding (default: ${DEFAULT-VALUE}), e.g. GB18030, GBK, Big5, "
                    + "ISO-8859-1, windows-1252. Bytes not valid in it reject their row (line, column, byte); "
                    + "nothing is replaced.")
    String encoding;

    Charset charset(CommandSpec spec) {
        try {
            return Charset.forName(encoding.strip());
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "Invalid value for option '--encoding': '" + encoding
                    + "' is not a character encoding this Java knows (e.g. UTF-8, GB18030, GBK, ISO-8859-1)");
        }
    }

    Map<String, String> mapping() {
        Map<String, String> m = new LinkedHashMap<>();
        mapping.forEach((k, v) -> m.put(k.strip().toLowerCase(Locale.ROOT), v));
        return m;
    }

    public int batchSize(CommandSpec spec) {
        if (batchSize < 1) {
            throw new ParameterException(spec.commandLine(), "--batch-size must be at least 1, got " + batchSize);
        }
        return batchSize;
    }
}
