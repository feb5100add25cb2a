package org.opencrm.application.error;

import java.time.LocalDate;
import org.opencrm.domain.value.clv.ModelKind;

/**
 * Refusal: a report as of a date needs a fit of a model calibrated on or before that date, and the store holds
 * none (a later fit would let the report see purchases after its date).
 */
public final class ModelNotFittedException extends CrmException {

    private static final long serialVersionUID = 1L;

    public ModelNotFittedException(ModelKind kind) {
        super("no fit of " + kind.code() + " yet; run 'crm model fit --model " + kind.code()
                + " --calibration-end DATE' first");
    }

    public ModelNotFittedException(ModelKind kind, LocalDate asOf, boolean laterFitsExist) {
        super("no fit of " + kind.code() + " calibrated on or before " + asOf
                + (laterFitsExist ? " (the store's fits are calibrated later: a report may not see purchases after its date)"
                        : "")
                + "; run 'crm model fit --model " + kind.code() + " --calibration-end " + asOf + "' first");
    }
}
