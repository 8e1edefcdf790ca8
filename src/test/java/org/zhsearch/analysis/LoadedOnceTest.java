package org.zhsearch.analysis;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class LoadedOnceTest {
    @Test
    void manyThreadsAskingAtOnceLoadItOnceAndAllGetTheSameValue() throws InterruptedException {
        AtomicInteger loads = new AtomicInteger();
        LoadedOnce<Object> value = new LoadedOnce<>(() -> {
            loads.incrementAndGet();
            return new Object();
        });
        CountDownLatch start = new CountDownLatch(1);
        List<Object> seen = java.util.Collections.synchronizedList(new ArrayList<>());
        List<Thread> threads = new ArrayList<>();
        for (int i = 0; i < 8; i++) {
            Thread t = new Thread(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                seen.add(value.get());
            });
            t.start();
            threads.add(t);
        }
        start.countDown();
        for (Thread t : threads) {
            t.join();
        }
        assertThat(loads).hasValue(1);
        assertThat(seen).hasSize(8).containsOnly(value.get());
    }

    @Test
    void aLoadThatFailsIsTriedAgainByTheNextCaller() {
        AtomicInteger tries = new AtomicInteger();
        LoadedOnce<String> value = new LoadedOnce<>(() -> {
            if (tries.incrementAndGet() == 1) {
                throw new IllegalStateException("table missing");
            }
            return "loaded";
        });
        assertThatThrownBy(value::get).hasMessage("table missing");
        assertThat(value.get()).isEqualTo("loaded");
        assertThat(tries).hasValue(2);
    }
}
