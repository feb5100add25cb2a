package org.opencrm.adapter.cli.support;

/** Input the command cannot work with at all (a missing column, a malformed file); says where. */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final String problem;

    public InputException(String message) {
        super(message);
        this.problem = message;
    }

    /** What is wrong, then what to do about it on the command line (left out where there is no command line). */
    public InputException(String problem, String commandLineHint) {
        super(problem + "; " + commandLineHint);
        this.problem = problem;
    }

    /** The problem without the command-line hint, for callers that are not the command line. */
    public String problem() {
        return problem;
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
        this.problem = message;
    }
}
