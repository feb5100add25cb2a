package org.opencrm.application.error;

/** Base of the expected business refusals; each adapter maps them to its own error form once. */
public abstract class CrmException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected CrmException(String message) {
        super(message);
    }

    protected CrmException(String message, Throwable cause) {
        super(message, cause);
    }
}
