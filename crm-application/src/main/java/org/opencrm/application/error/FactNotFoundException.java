package org.opencrm.application.error;

/** Refusal: no fact of this kind (a complaint, a follow-up) has this id. */
public class FactNotFoundException extends CrmException {

    private static final long serialVersionUID = 1L;

    /** {@code kind}: what the id names ("complaint", "follow-up"). */
    public FactNotFoundException(String kind, String id) {
        super("no " + kind + " " + id);
    }
}
