package org.opencrm.application.port.out;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.opencrm.domain.recommendation.RuleSet;

/** Driven port: the association rules mined from the baskets, one set per as-of date. */
public interface AssociationRuleRepository {

    /** Stores a rule set in one transaction, replacing the set mined as of the same date. */
    void save(RuleSet rules);

    /** The set mined as of the latest date on or before {@code asOf}: a report as of a date sees no later basket. */
    Optional<RuleSet> findLatest(LocalDate asOf);

    /** Every stored set, oldest as-of date first. */
    List<RuleSet> findAll();
}
