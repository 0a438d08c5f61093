package kz.aimaq.launcher;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.logging.Logger;

/**
 * Felix's bundle cache, one folder per process under {@code <data>/felix-cache}: Felix owns
 * its cache alone, and two processes on one data folder (a command beside the open window,
 * several commands at once) sharing one broke each other's start with cache-lock errors. A
 * folder is named after its process; the folders of processes that are gone (killed, crashed)
 * are removed by the next start, as is the single cache of earlier versions.
 */
final class BundleCaches {

    private static final Logger LOG = Logger.getLogger(BundleCaches.class.getName());
    private static final String PREFIX = "process-";

    private BundleCaches() {
    }

    static Path forThisProcess(Path root) throws IOException {
        Files.createDirectories(root);
        removeAbandoned(root);
        return root.resolve(PREFIX + ProcessHandle.current().pid());
    }

    private static void removeAbandoned(Path root) {
        try (DirectoryStream<Path> entries = Files.newDirectoryStream(root)) {
            for (Path entry : entries) {
                if (!belongsToALiveProcess(entry.getFileName().toString())) {
                    delete(entry);
                }
            }
        } catch (IOException e) {
            LOG.warning("could not look through the old bundle caches in " + root + ": " + e);
        }
    }

    private static boolean belongsToALiveProcess(String name) {
        if (!name.startsWith(PREFIX)) {
            return false;
        }
        try {
            long pid = Long.parseLong(name.substring(PREFIX.length()));
            return pid != ProcessHandle.current().pid() && ProcessHandle.of(pid).map(ProcessHandle::isAlive)
                    .orElse(false);
        } catch (NumberFormatException e) {
            return false;
        }
    }

    /** Deletes a cache folder; another process removing it at the same time is no failure. */
    static void delete(Path folder) {
        if (!Files.exists(folder)) {
            return;
        }
        try {
            Files.walkFileTree(folder, new SimpleFileVisitor<>() {
                @Override
                public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
                    Files.deleteIfExists(file);
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult visitFileFailed(Path file, IOException e) {
                    return FileVisitResult.CONTINUE;
                }

                @Override
                public FileVisitResult postVisitDirectory(Path dir, IOException e) throws IOException {
                    Files.deleteIfExists(dir);
                    return FileVisitResult.CONTINUE;
                }
            });
        } catch (IOException e) {
            LOG.fine("bundle cache " + folder + " not removed: " + e);
        }
    }
}
