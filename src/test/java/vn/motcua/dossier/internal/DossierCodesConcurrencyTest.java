package vn.motcua.dossier.internal;


import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ActiveProfiles("test")
class DossierCodesConcurrencyTest {

    @Autowired DossierCodes codes;

    @Test
    void concurrentSubmissionsAtOneUnitGetDistinctConsecutiveCodes() throws Exception {
        LocalDate day = LocalDate.of(2031, 3, 14);
        int threads = 8;
        int perThread = 25;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        List<Future<List<String>>> futures = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            Callable<List<String>> work = () -> {
                List<String> mine = new ArrayList<>();
                for (int i = 0; i < perThread; i++) {
                    mine.add(codes.next("H36.24848", day));
                }
                return mine;
            };
            futures.add(pool.submit(work));
        }
        List<String> all = new ArrayList<>();
        for (Future<List<String>> f : futures) {
            all.addAll(f.get());
        }
        pool.shutdown();

        assertThat(new HashSet<>(all)).hasSize(threads * perThread);
        assertThat(all).allMatch(c -> c.startsWith("H36.24848-310314-"));
        assertThat(all.stream().map(c -> Integer.parseInt(c.substring(c.lastIndexOf('-') + 1))).sorted().toList())
                .isEqualTo(java.util.stream.IntStream.rangeClosed(1, threads * perThread).boxed().toList());
    }

    @Test
    void codesFollowTheOfficialFormat() {
        assertThat(codes.next("H36.20", LocalDate.of(2025, 7, 1))).matches("H36\\.20-250701-\\d{4}");
    }
}
