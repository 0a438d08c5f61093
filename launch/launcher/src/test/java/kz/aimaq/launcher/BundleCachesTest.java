package kz.aimaq.launcher;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BundleCachesTest {

    @TempDir
    Path root;

    @Test
    void eachProcessGetsItsOwnCacheAndTheCachesOfGoneProcessesAreRemoved() throws Exception {
        Process other = new ProcessBuilder("sleep", "30").start();
        try {
            Path live = Files.createDirectories(root.resolve("process-" + other.pid()).resolve("bundle1"));
            Path gone = Files.createDirectories(root.resolve("process-" + deadPid()).resolve("bundle1"));
            Files.writeString(gone.resolve("bundle.info"), "x");
            Path earlierVersion = Files.createDirectories(root.resolve("bundle3"));
            Files.writeString(root.resolve("cache.lock"), "");

            Path mine = BundleCaches.forThisProcess(root);

            assertEquals(root.resolve("process-" + ProcessHandle.current().pid()), mine);
            assertTrue(Files.isDirectory(live), "a running process keeps its cache");
            assertFalse(Files.exists(gone.getParent()), "a gone process's cache is removed");
            assertFalse(Files.exists(earlierVersion), "the single cache of earlier versions is removed");
            assertFalse(Files.exists(root.resolve("cache.lock")));
        } finally {
            other.destroyForcibly().waitFor();
        }
    }

    private static long deadPid() throws Exception {
        Process finished = new ProcessBuilder("true").start();
        finished.waitFor();
        return finished.pid();
    }
}
