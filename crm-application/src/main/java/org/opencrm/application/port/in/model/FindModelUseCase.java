package org.opencrm.application.port.in.model;

import java.util.List;
import java.util.Optional;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;

/** Driving port: the stored fits of a model, the latest first. */
public interface FindModelUseCase {

    Optional<FittedModel> latest(ModelKind kind);

    List<FittedModel> history(ModelKind kind);
}
