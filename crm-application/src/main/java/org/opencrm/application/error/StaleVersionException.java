package org.opencrm.application.error;

/** Refusal: an update was based on a version of the record that is no longer the current one. */
public final class StaleVersionException extends CrmException {

    private static final long serialVersionUID = 1L;

    public StaleVersionException(String what, String expected, String current) {
        super(what + " has changed: the update was made on version " + expected + ", the current one is " + current
                + "; read it again and reapply the change");
    }
}
