package kz.aimaq.benchmark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** The process's peak resident set size, from Linux's /proc/self/status (VmHWM). */
final class PeakRss {

    private PeakRss() {
    }

    static long megabytes() throws IOException {
        return Files.readAllLines(Path.of("/proc/self/status")).stream().filter(l -> l.startsWith("VmHWM:"))
                .map(l -> Long.parseLong(l.replaceAll("\\D", "")) / 1024).findFirst().orElse(-1L);
    }
}
