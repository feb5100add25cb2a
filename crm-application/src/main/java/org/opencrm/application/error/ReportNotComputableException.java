package org.opencrm.application.error;

/**
 * Refusal: the store's data cannot make this report as asked (purchases in several currencies to add up, no
 * customer by the date). Not the request's fault as such, so not a bad request: over HTTP a 422.
 */
public final class ReportNotComputableException extends CrmException {

    private static final long serialVersionUID = 1L;

    public ReportNotComputableException(String message) {
        super(message);
    }
}
