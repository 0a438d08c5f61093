package kz.aimaq.platform.internal.modules;

import java.io.IOException;
import java.io.Reader;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.Properties;
import java.util.Set;

/**
 * Which bytes of each add-on jar were audited as installed, by jar name and SHA-256. Every process
 * installs the add-ons into a bundle cache of its own, so without this record each start and each
 * headless command would audit the same install again, and an auditor could not tell a new add-on
 * from a restart. A file that cannot be read counts as empty: an install is then audited once more,
 * never left out.
 */
final class AuditedInstalls {

    private final Path file;

    AuditedInstalls(Path file) {
        this.file = file;
    }

    static String sha256(Path jar) throws IOException {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(jar)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    /** Whether the install of exactly these bytes of the jar was audited before. */
    boolean audited(Path jar, String sha256) {
        return sha256.equals(read().getProperty(jar.getFileName().toString()));
    }

    void record(Path jar, String sha256) throws IOException {
        Properties installs = read();
        installs.setProperty(jar.getFileName().toString(), sha256);
        write(installs);
    }

    /** Forgets the jars no longer in the deploy folder: if one comes back, its install is audited again. */
    void retain(Set<Path> present) throws IOException {
        Properties installs = read();
        Set<String> names = new HashSet<>();
        present.forEach(jar -> names.add(jar.getFileName().toString()));
        if (installs.keySet().removeIf(name -> !names.contains(name))) {
            write(installs);
        }
    }

    private Properties read() {
        Properties installs = new Properties();
        try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            installs.load(in);
        } catch (NoSuchFileException e) {
            return installs;
        } catch (IOException | IllegalArgumentException e) {
            return new Properties();
        }
        return installs;
    }

    /** Written beside and moved into place, so that another process never reads half of it. */
    private void write(Properties installs) throws IOException {
        Files.createDirectories(file.getParent());
        Path next = file.resolveSibling(file.getFileName() + "." + ProcessHandle.current().pid());
        try (Writer out = Files.newBufferedWriter(next, StandardCharsets.UTF_8)) {
            installs.store(out, "add-on jars whose install is in the audit log: name=SHA-256");
        }
        Files.move(next, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
    }
}
