package org.opencrm.application.port.out;

import java.util.List;
import java.util.Optional;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;

/** Driven port: keeps every fit of the value models; the latest of a kind is the one reports use. */
public interface ModelRepository {

    void save(FittedModel model);

    /** The most recent fit of a kind (by fit time). */
    Optional<FittedModel> findLatest(ModelKind kind);

    /** All fits of a kind, newest first. */
    List<FittedModel> findAll(ModelKind kind);
}
