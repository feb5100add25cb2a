package org.opencrm.adapter.cli.support;

/** Input the command cannot work with at all (a missing column, a malformed file); says where. */
public final class InputException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    public InputException(String message) {
        super(message);
    }

    public InputException(String message, Throwable cause) {
        super(message, cause);
    }
}
