package org.opencrm.application.concurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class PrefetchTest {

    @Test
    void deliversEverythingInOrderAcrossManyChunks() {
        List<Integer> seen = new ArrayList<>();
        Prefetch.<Integer>pipe(out -> IntStream.range(0, 100_000).forEach(out::accept), seen::add, "test");
        assertThat(seen).hasSize(100_000).isSorted();
    }

    @Test
    void aFailureOfTheProducerSurfacesAfterWhatCameBefore() {
        List<Integer> seen = new ArrayList<>();
        assertThatThrownBy(() -> Prefetch.<Integer>pipe(out -> {
            out.accept(1);
            out.accept(2);
            throw new IllegalArgumentException("line 3: bad");
        }, seen::add, "test")).isInstanceOf(IllegalArgumentException.class).hasMessage("line 3: bad");
        assertThat(seen).containsExactly(1, 2);
    }

    @Test
    void drainingTakesOnlyWhatHasArrivedAndTheRestFollows() throws Exception {
        try (Prefetch<Integer> items = Prefetch.from(out -> IntStream.range(0, 10).forEach(out::accept), "test")) {
            List<Integer> seen = new ArrayList<>();
            Thread.sleep(50);
            items.drainAvailable(seen::add);
            items.forEachRemaining(seen::add);
            assertThat(seen).containsExactly(0, 1, 2, 3, 4, 5, 6, 7, 8, 9);
        }
    }

    private static boolean endlessAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().equals("endless") && t.isAlive());
    }

    @Test
    void closingEarlyStopsTheProducer() throws Exception {
        Prefetch<Integer> items = Prefetch.of(IntStream.iterate(0, i -> i + 1).iterator(), "endless");
        assertThat(items.next()).isZero();
        items.close();
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (endlessAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(endlessAlive()).isFalse();
    }
}
