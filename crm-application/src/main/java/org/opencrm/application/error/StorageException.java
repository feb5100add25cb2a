package org.opencrm.application.error;

/** The store could not be opened, read or written; carries the store's own explanation. */
public final class StorageException extends CrmException {

    private static final long serialVersionUID = 1L;

    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }

    public StorageException(String message) {
        super(message);
    }
}
