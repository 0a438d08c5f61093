package kz.aimaq.launcher;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;

/**
 * Milestones of one start in milliseconds since the JVM started, to find where start-up time
 * goes: logged, and printed with {@code --exit-when-ready} for the start-up benchmark.
 */
final class Timeline {

    private final long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
    private final List<String> marks = new ArrayList<>();

    synchronized void mark(String milestone) {
        marks.add(milestone + " " + (System.currentTimeMillis() - jvmStart));
    }

    /** {@code main 85, framework 160, ...}: milestone and milliseconds, in the order reached. */
    @Override
    public synchronized String toString() {
        return String.join(", ", marks);
    }
}
