package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.value.clv.FittedModel;
import org.opencrm.domain.value.clv.ModelKind;
import org.opencrm.domain.value.clv.ModelTimeUnit;

/** Contract of {@link org.opencrm.application.port.out.ModelRepository}: every backend passes it. */
public abstract class ModelRepositoryContract extends StorageContract {

    @Test
    void keepsEveryFitAndHandsBackTheLatestExactly() {
        FittedModel first = fit(ModelKind.BG_NBD, "2026-01-01T10:00:00Z", 0.2425982);
        FittedModel second = fit(ModelKind.BG_NBD, "2026-02-01T10:00:00.123Z", 0.2426);
        FittedModel other = fit(ModelKind.GAMMA_GAMMA, "2026-03-01T10:00:00Z", 6.25);
        storage().models().save(second);
        storage().models().save(first);
        storage().models().save(other);
        assertThat(storage().models().findLatest(ModelKind.BG_NBD)).contains(second);
        assertThat(storage().models().findAll(ModelKind.BG_NBD)).containsExactly(second, first);
        assertThat(storage().models().findLatest(ModelKind.PARETO_NBD)).isEmpty();
        assertThat(storage().models().findAll(ModelKind.MBG_NBD)).isEmpty();
    }

    @Test
    void aRolledBackFitIsNotKept() {
        try {
            unitOfWork().run(() -> {
                storage().models().save(fit(ModelKind.BG_NBD, "2026-01-01T10:00:00Z", 1));
                throw new IllegalStateException("fit rejected");
            });
        } catch (IllegalStateException expected) {
            // rolled back
        }
        assertThat(storage().models().findLatest(ModelKind.BG_NBD)).isEmpty();
    }

    private static FittedModel fit(ModelKind kind, String at, double first) {
        return new FittedModel(kind, Map.of("a", first, "b", 2.4261667, "alpha", 4.4136842),
                -9582.429245, LocalDate.of(1997, 9, 30), ModelTimeUnit.WEEKS, 2357, Instant.parse(at), true, 335);
    }
}
