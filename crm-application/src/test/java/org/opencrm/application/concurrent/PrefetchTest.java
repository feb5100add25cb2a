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

    @Test
    void consumersOnSeveralThreadsShareEveryItemExactlyOnce() {
        List<List<Integer>> shares = new ArrayList<>();
        List<String> threads = java.util.Collections.synchronizedList(new ArrayList<>());
        Prefetch.<Integer>pipe(out -> IntStream.range(0, 100_000).forEach(out::accept), () -> {
            List<Integer> share = new ArrayList<>();
            shares.add(share);
            return i -> {
                if (share.isEmpty()) {
                    threads.add(Thread.currentThread().getName());
                }
                share.add(i);
            };
        }, 3, "test");
        assertThat(shares).hasSize(3);
        assertThat(shares.stream().flatMap(List::stream).sorted().toList())
                .isEqualTo(IntStream.range(0, 100_000).boxed().toList());
        assertThat(threads).doesNotHaveDuplicates();
    }

    @Test
    void aFailureOnAnyConsumersThreadSurfacesOnTheCallersAndNoThreadIsLeft() throws Exception {
        for (int failing = 0; failing < 2; failing++) {
            int[] made = {0};
            int whichFails = failing;
            // The other consumer holds its first chunk until the failing one has had an item, so the failing
            // thread surely gets one, however the threads happen to be scheduled.
            java.util.concurrent.CountDownLatch failingHadOne = new java.util.concurrent.CountDownLatch(1);
            assertThatThrownBy(() -> Prefetch.<Integer>pipe(out -> IntStream.range(0, 100_000).forEach(out::accept),
                    () -> {
                        boolean fails = made[0]++ == whichFails;
                        return i -> {
                            if (fails) {
                                failingHadOne.countDown();
                                throw new IllegalStateException("bad item " + i);
                            }
                            try {
                                failingHadOne.await(10, java.util.concurrent.TimeUnit.SECONDS);
                            } catch (InterruptedException e) {
                                Thread.currentThread().interrupt();
                            }
                        };
                    }, 2, "sharing")).isInstanceOf(IllegalStateException.class).hasMessageStartingWith("bad item");
        }
        assertThatThrownBy(() -> Prefetch.<Integer>pipe(out -> {
            IntStream.range(0, 5_000).forEach(out::accept);
            throw new IllegalArgumentException("line 5001: bad");
        }, () -> i -> { }, 2, "sharing")).isInstanceOf(IllegalArgumentException.class).hasMessage("line 5001: bad");
        long deadline = System.nanoTime() + 5_000_000_000L;
        while (sharingAlive() && System.nanoTime() < deadline) {
            Thread.sleep(10);
        }
        assertThat(sharingAlive()).isFalse();
    }

    private static boolean sharingAlive() {
        return Thread.getAllStackTraces().keySet().stream().anyMatch(t -> t.getName().startsWith("sharing") && t.isAlive());
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
