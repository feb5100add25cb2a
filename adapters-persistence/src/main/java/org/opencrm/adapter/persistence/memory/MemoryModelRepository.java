package org.opencrm.adapter.persistence.memory;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.opencrm.application.port.out.ModelRepository;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;

/** Fitted models in a list. */
final class MemoryModelRepository implements ModelRepository {

    private final MemoryUnitOfWork unitOfWork;
    private final List<FittedModel> models = new ArrayList<>();

    MemoryModelRepository(MemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void save(FittedModel model) {
        unitOfWork.change(() -> models.add(model), () -> models.remove(model));
    }

    @Override
    public Optional<FittedModel> findLatest(ModelKind kind) {
        return findAll(kind).stream().findFirst();
    }

    @Override
    public List<FittedModel> findAll(ModelKind kind) {
        return unitOfWork.read(() -> models.stream().filter(m -> m.kind() == kind)
                .sorted(Comparator.comparing(FittedModel::fittedAt).reversed()).toList());
    }
}
