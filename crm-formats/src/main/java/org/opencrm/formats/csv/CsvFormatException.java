package org.opencrm.formats.csv;

/**
 * A file no row of which can be read (empty, malformed, a missing column, bytes not in its encoding): says which
 * file and where, and separately what the command line can do about it.
 */
public final class CsvFormatException extends IllegalArgumentException {

    private static final long serialVersionUID = 1L;
    private final String problem;

    public CsvFormatException(String problem) {
        this(problem, (Throwable) null);
    }

    /** What is wrong, then what to do about it on the command line (left out where there is no command line). */
    public CsvFormatException(String problem, String commandLineHint) {
        super(problem + "; " + commandLineHint);
        this.problem = problem;
    }

    public CsvFormatException(String problem, Throwable cause) {
        super(problem, cause);
        this.problem = problem;
    }

    /** The problem without the command-line hint, for callers that are not the command line. */
    public String problem() {
        return problem;
    }
}
