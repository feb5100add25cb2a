package org.opencrm.adapter.persistence.memory;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.opencrm.application.port.out.AssociationRuleRepository;
import org.opencrm.domain.recommendation.RuleSet;

/** Rule sets by as-of date. */
final class MemoryAssociationRuleRepository implements AssociationRuleRepository {

    private final MemoryUnitOfWork unitOfWork;
    private final TreeMap<LocalDate, RuleSet> sets = new TreeMap<>();

    MemoryAssociationRuleRepository(MemoryUnitOfWork unitOfWork) {
        this.unitOfWork = unitOfWork;
    }

    @Override
    public void save(RuleSet rules) {
        unitOfWork.run(() -> {
            RuleSet before = sets.get(rules.asOf());
            unitOfWork.change(() -> sets.put(rules.asOf(), rules), () -> {
                if (before == null) {
                    sets.remove(rules.asOf());
                } else {
                    sets.put(rules.asOf(), before);
                }
            });
        });
    }

    @Override
    public Optional<RuleSet> findLatest(LocalDate asOf) {
        return unitOfWork.read(() -> Optional.ofNullable(sets.floorEntry(asOf)).map(Map.Entry::getValue));
    }

    @Override
    public List<RuleSet> findAll() {
        return unitOfWork.read(() -> List.copyOf(sets.values()));
    }
}
