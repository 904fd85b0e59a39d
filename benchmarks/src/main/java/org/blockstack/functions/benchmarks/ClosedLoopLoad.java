package org.blockstack.functions.benchmarks;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * A closed-loop load for the bench commands: one thread per client, each sending its next request
 * as soon as the last one is answered, for a fixed time; latencies of the answered requests are
 * kept, and optionally the CPU time some processes (the servers under load) used meanwhile.
 */
final class ClosedLoopLoad {
    private ClosedLoopLoad() {
    }

    /** One client: sends one request and returns its latency in nanoseconds, or -1 when it failed. */
    interface Client {
        long request() throws Exception;
    }

    /** What one run measured; latencies sorted, in nanoseconds. */
    record Phase(String label, long[] latencies, int failures, double seconds, double cpuSeconds) {
        double throughput() {
            return latencies.length / seconds;
        }

        double percentileMillis(double p) {
            return percentile(latencies, p) / 1e6;
        }

        /** CPU milliseconds the measured processes spent per answered request (NaN: not measured). */
        double cpuMillisPerRequest() {
            return cpuSeconds < 0 || latencies.length == 0 ? Double.NaN : cpuSeconds * 1000 / latencies.length;
        }
    }

    /** The value at percentile {@code p} (0–100) of sorted {@code values}; NaN when there are none. */
    static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        int index = (int) Math.ceil(p / 100 * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(index, sorted.length - 1))];
    }

    /** Runs every client for {@code duration}; {@code cpuPids} (may be empty) are the processes whose CPU is read. */
    static Phase run(String label, List<? extends Client> clients, Duration duration, List<Long> cpuPids)
            throws Exception {
        double cpuBefore = cpuSeconds(cpuPids);
        ExecutorService pool = Executors.newFixedThreadPool(clients.size());
        long started = System.nanoTime();
        long deadline = started + duration.toNanos();
        try {
            List<Future<long[]>> results = new ArrayList<>();
            for (Client client : clients) {
                results.add(pool.submit(() -> {
                    long[] latencies = new long[1024];
                    int count = 0;
                    int failures = 0;
                    while (System.nanoTime() < deadline) {
                        long latency = client.request();
                        if (latency < 0) {
                            failures++;
                            continue;
                        }
                        if (count == latencies.length) {
                            latencies = Arrays.copyOf(latencies, count * 2);
                        }
                        latencies[count++] = latency;
                    }
                    // the last slot carries the failures, negated (so 0 failures is -1)
                    long[] result = Arrays.copyOf(latencies, count + 1);
                    result[count] = -failures - 1L;
                    return result;
                }));
            }
            List<long[]> perClient = new ArrayList<>();
            int failures = 0;
            for (Future<long[]> result : results) {
                long[] values = result.get();
                perClient.add(Arrays.copyOf(values, values.length - 1));
                failures += (int) (-values[values.length - 1] - 1);
            }
            double elapsed = (System.nanoTime() - started) / 1e9;
            double cpuAfter = cpuSeconds(cpuPids);
            long[] latencies = perClient.stream().flatMapToLong(Arrays::stream).sorted().toArray();
            return new Phase(label, latencies, failures, elapsed,
                    cpuPids.isEmpty() || cpuBefore < 0 || cpuAfter < 0 ? -1 : cpuAfter - cpuBefore);
        } finally {
            pool.shutdownNow();
        }
    }

    /** User plus system CPU seconds of the processes so far, from /proc (-1 when unreadable). */
    static double cpuSeconds(List<Long> pids) {
        double total = 0;
        for (long pid : pids) {
            try {
                String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
                String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
                // fields 14 and 15 of /proc/PID/stat (utime, stime), in clock ticks of 1/100 s
                total += (Long.parseLong(fields[11]) + Long.parseLong(fields[12])) / 100.0;
            } catch (IOException | RuntimeException e) {
                return -1;
            }
        }
        return total;
    }

    /** The median phase of several runs of the same load, by throughput. */
    static Phase median(List<Phase> runs) {
        List<Phase> sorted = new ArrayList<>(runs);
        sorted.sort((a, b) -> Double.compare(a.throughput(), b.throughput()));
        return sorted.get(sorted.size() / 2);
    }
}
