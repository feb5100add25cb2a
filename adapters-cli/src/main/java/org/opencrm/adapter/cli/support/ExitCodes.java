package org.opencrm.adapter.cli.support;

/** The exit codes of {@code crm}, stable across releases and listed in every command's help. */
public final class ExitCodes {

    /** Done, nothing refused. */
    public static final int OK = 0;
    /** An unexpected failure (a bug): the message says what, the log has the stack trace. */
    public static final int SOFTWARE = 1;
    /** Bad command line: unknown option, missing or malformed argument. */
    public static final int USAGE = 2;
    /** Done, but some input rows were rejected (see the rejects file). */
    public static final int REJECTED_ROWS = 3;
    /** The customer or record asked for does not exist. */
    public static final int NOT_FOUND = 4;
    /** Bad input that stopped the command: unreadable file, missing CSV columns, invalid data. */
    public static final int DATA = 5;
    /** The store could not be opened, migrated, read or written, or its URI names no known plugin. */
    public static final int STORE = 6;
    /** {@code crm migrate}: the copy does not match its source. */
    public static final int VERIFY_FAILED = 7;

    /** The exit-code section shared by every command's help. */
    public static final String HELP = "%nExit codes:%n"
            + "  0  done%n"
            + "  1  unexpected failure (a bug; please report it)%n"
            + "  2  bad command line%n"
            + "  3  done, some rows rejected (see the rejects file)%n"
            + "  4  not found%n"
            + "  5  bad input file or data%n"
            + "  6  store unavailable or unknown store scheme%n"
            + "  7  crm migrate: the copy does not match its source%n";

    private ExitCodes() {
    }
}
