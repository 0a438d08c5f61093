package kz.aimaq.benchmark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.stream.Stream;

/** Resident memory from Linux's /proc, and the median the benchmarks report. */
final class PeakRss {

    private PeakRss() {
    }

    /** This process's peak resident set size (VmHWM). */
    static long megabytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }

    /** The resident set (VmRSS) of a process and its descendants now, in kB. */
    static long treeKilobytes(Process process) {
        long kilobytes = residentKilobytes(process.pid());
        for (ProcessHandle child : process.descendants().toList()) {
            kilobytes += residentKilobytes(child.pid());
        }
        return kilobytes;
    }

    private static long residentKilobytes(long pid) {
        try (Stream<String> lines = Files.lines(Path.of("/proc/" + pid + "/status"))) {
            return lines.filter(l -> l.startsWith("VmRSS:")).mapToLong(l -> Long.parseLong(l.replaceAll("\\D", "")))
                    .findFirst().orElse(0);
        } catch (IOException | UncheckedIOException e) {
            return 0; // the process ended while it was read
        }
    }

    static long median(long[] values) {
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        return sorted[sorted.length / 2];
    }
}
