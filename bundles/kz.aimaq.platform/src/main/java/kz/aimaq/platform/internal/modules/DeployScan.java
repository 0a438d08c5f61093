package kz.aimaq.platform.internal.modules;

import java.io.IOException;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

/**
 * The jars of the deploy folder at one moment, and how two moments differ.
 *
 * @param jars each jar with its size and modification time
 */
public record DeployScan(Map<Path, Stamp> jars) {

    /** Size and modification time: a jar counts as changed when either differs. */
    public record Stamp(long size, long modified) {
    }

    /**
     * What changed between two scans.
     *
     * @param added   new jars
     * @param changed jars whose size or time differ
     * @param removed jars that are gone
     */
    public record Changes(Set<Path> added, Set<Path> changed, Set<Path> removed) {

        public boolean isEmpty() {
            return added.isEmpty() && changed.isEmpty() && removed.isEmpty();
        }
    }

    public static final DeployScan EMPTY = new DeployScan(Map.of());

    public DeployScan {
        jars = Map.copyOf(jars);
    }

    /** Lists {@code *.jar} in {@code folder}; a missing folder has no jars. */
    public static DeployScan of(Path folder) throws IOException {
        Map<Path, Stamp> jars = new TreeMap<>();
        if (!Files.isDirectory(folder)) {
            return EMPTY;
        }
        try (DirectoryStream<Path> files = Files.newDirectoryStream(folder, "*.jar")) {
            for (Path file : files) {
                if (Files.isRegularFile(file)) {
                    jars.put(file, new Stamp(Files.size(file), Files.getLastModifiedTime(file).toMillis()));
                }
            }
        }
        return new DeployScan(jars);
    }

    /** What changed from {@code before} to this scan. */
    public Changes since(DeployScan before) {
        Set<Path> added = new TreeSet<>();
        Set<Path> changed = new TreeSet<>();
        Set<Path> removed = new TreeSet<>(before.jars.keySet());
        removed.removeAll(jars.keySet());
        jars.forEach((file, stamp) -> {
            Stamp old = before.jars.get(file);
            if (old == null) {
                added.add(file);
            } else if (!Objects.equals(old, stamp)) {
                changed.add(file);
            }
        });
        return new Changes(added, changed, removed);
    }
}
