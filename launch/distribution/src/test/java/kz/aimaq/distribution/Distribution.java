package kz.aimaq.distribution;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/** The built distribution folder, started as a user would: {@code bin/aimaq ...}. */
final class Distribution {

    static final Path HOME = Path.of(System.getProperty("aimaq.dist", "target/aimaq")).toAbsolutePath();

    record Result(int exitCode, String out, String err) {
    }

    private Distribution() {
    }

    static ProcessBuilder command(Path data, Map<String, String> environment, String... arguments) {
        return command(HOME, data, environment, arguments);
    }

    /** {@code bin/aimaq} of another installation folder (a copy with its own conf/ and deploy/). */
    static ProcessBuilder command(Path home, Path data, Map<String, String> environment, String... arguments) {
        List<String> command = new ArrayList<>();
        command.add(home.resolve("bin/aimaq").toString());
        command.add("--data");
        command.add(data.toString());
        command.addAll(List.of(arguments));
        ProcessBuilder builder = new ProcessBuilder(command);
        // Each test has a fresh data folder; recording a class archive there at every exit only slows tests.
        builder.environment().put("AIMAQ_CDS", "off");
        builder.environment().putAll(environment);
        return builder;
    }

    /** Runs to the end (at most a minute) and returns its exit code and output. */
    static Result run(Path data, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        return run(Duration.ofMinutes(1), data, environment, arguments);
    }

    /** Runs to the end (at most {@code limit}) and returns its exit code and output. */
    static Result run(Duration limit, Path data, Map<String, String> environment, String... arguments)
            throws IOException, InterruptedException {
        Path out = Files.createTempFile(data.getParent(), "out", ".txt");
        Path err = Files.createTempFile(data.getParent(), "err", ".txt");
        Process process = command(data, environment, arguments).redirectOutput(out.toFile())
                .redirectError(err.toFile()).start();
        if (!process.waitFor(limit.toSeconds(), TimeUnit.SECONDS)) {
            process.destroyForcibly();
            throw new AssertionError("aimaq " + String.join(" ", arguments) + " did not finish in " + limit);
        }
        return new Result(process.exitValue(), Files.readString(out, StandardCharsets.UTF_8),
                Files.readString(err, StandardCharsets.UTF_8));
    }

    static Path log(Path data) {
        return data.resolve("logs/aimaq.log");
    }

    private static final String[] SHARED = {"lib", "bundles", "features"};

    /**
     * An installation of its own in {@code folder/aimaq}, to change its conf/ or deploy/: bin/ and
     * conf/ copied, deploy/ empty, the rest linked to the built one. {@link #unlink} it before the
     * folder is deleted.
     */
    static Path installation(Path folder) throws IOException {
        Path home = folder.resolve("aimaq");
        for (String shared : SHARED) {
            Files.createDirectories(home);
            Files.createSymbolicLink(home.resolve(shared), HOME.resolve(shared));
        }
        for (String copied : new String[] {"bin", "conf"}) {
            try (Stream<Path> files = Files.walk(HOME.resolve(copied))) {
                for (Path file : files.toList()) {
                    Path target = home.resolve(HOME.relativize(file).toString());
                    if (Files.isDirectory(file)) {
                        Files.createDirectories(target);
                    } else {
                        Files.copy(file, target, StandardCopyOption.COPY_ATTRIBUTES);
                    }
                }
            }
        }
        Files.createDirectories(home.resolve("deploy"));
        return home;
    }

    /** Removes the links into the built installation (JUnit warns of each when it deletes a folder with them). */
    static void unlink(Path home) throws IOException {
        for (String shared : SHARED) {
            Files.deleteIfExists(home.resolve(shared));
        }
    }
}
