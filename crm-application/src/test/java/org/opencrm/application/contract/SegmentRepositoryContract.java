package org.opencrm.application.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.opencrm.domain.segment.Segment;

/** Contract of {@link org.opencrm.application.port.out.SegmentRepository}: every backend passes it. */
public abstract class SegmentRepositoryContract extends StorageContract {

    private static final Instant T0 = Instant.parse("2024-03-01T10:15:30.123Z");

    @Test
    void keepsEveryVersionExactlyAndFindsTheLatest() {
        Segment first = new Segment("at-risk-spenders", 1, "spend(90d) > 100 and stage = at_risk", T0);
        Segment second = new Segment("at-risk-spenders", 2, "spend(90d) > 200 and stage = at_risk and "
                + "attr.city = '上海'", T0.plusSeconds(60));
        Segment other = new Segment("apac", 1, "attr.region = 'apac'", T0);
        storage().segments().add(first);
        storage().segments().add(second);
        storage().segments().add(other);

        assertThat(storage().segments().findLatest("at-risk-spenders")).contains(second);
        assertThat(storage().segments().find("at-risk-spenders", 1)).contains(first);
        assertThat(storage().segments().find("at-risk-spenders", 3)).isEmpty();
        assertThat(storage().segments().findLatest("nope")).isEmpty();
        assertThat(storage().segments().findAll()).containsExactly(other, first, second);
    }

    @Test
    void refusesAVersionStoredAlreadyAndRollsBackWithTheTransaction() {
        Segment first = new Segment("vip", 1, "tier = strategic", T0);
        storage().segments().add(first);
        assertThatThrownBy(() -> storage().segments().add(new Segment("vip", 1, "tier = major", T0)))
                .hasMessageContaining("vip version 1");
        assertThatThrownBy(() -> unitOfWork().run(() -> {
            storage().segments().add(new Segment("vip", 2, "tier = major", T0));
            throw new IllegalStateException("power cut");
        })).hasMessage("power cut");
        assertThat(storage().segments().findAll()).containsExactly(first);
    }
}
