package org.opencrm.application.error;

import org.opencrm.domain.value.clv.ModelKind;

/** Refusal: a report needs a fitted model and the store holds no fit of it yet. */
public final class ModelNotFittedException extends CrmException {

    private static final long serialVersionUID = 1L;

    public ModelNotFittedException(ModelKind kind) {
        super("no fit of " + kind.code() + " yet; run 'crm model fit --model " + kind.code()
                + " --calibration-end DATE' first");
    }
}
