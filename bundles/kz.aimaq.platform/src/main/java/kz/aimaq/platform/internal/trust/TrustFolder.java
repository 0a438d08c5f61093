package kz.aimaq.platform.internal.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.cert.CertificateEncodingException;
import java.security.cert.CertificateException;
import java.security.cert.CertificateFactory;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.stream.Stream;

import kz.aimaq.platform.api.TrustedCertificate;

/**
 * The add-on trust store as files: {@code <home>/conf/vendor-trust/*.crt} (also {@code .pem},
 * {@code .cer}), one X.509 certificate each, PEM or DER, so that whoever installs the
 * workbench can see and provision it with the rest of {@code conf/}.
 */
public final class TrustFolder {

    /** The folder under the distribution's home. */
    public static final String FOLDER = "conf/vendor-trust";

    private final Path folder;

    public TrustFolder(Path home) {
        this.folder = home.resolve(FOLDER);
    }

    public Path folder() {
        return folder;
    }

    /** A certificate and the file it came from. */
    public record Entry(X509Certificate certificate, Path file) {

        public TrustedCertificate describe() {
            return new TrustedCertificate(certificate.getSubjectX500Principal().getName(),
                    certificate.getIssuerX500Principal().getName(), fingerprint(certificate),
                    certificate.getNotAfter().toInstant(), file.toString());
        }
    }

    /** The certificates; a file that holds none is reported and skipped, never trusted. */
    public List<Entry> read(Consumer<String> problems) {
        List<Entry> entries = new ArrayList<>();
        for (Path file : files()) {
            try {
                entries.add(new Entry(certificate(file), file));
            } catch (IOException e) {
                problems.accept(e.getMessage());
            }
        }
        return entries;
    }

    /** Names and times of the files: when they change, refused jars are looked at again. */
    public String version() {
        StringBuilder version = new StringBuilder();
        for (Path file : files()) {
            try {
                FileTime time = Files.getLastModifiedTime(file);
                version.append(file.getFileName()).append('@').append(time.toMillis()).append(';');
            } catch (IOException e) {
                version.append(file.getFileName()).append("@?;");
            }
        }
        return version.toString();
    }

    private List<Path> files() {
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (Stream<Path> listing = Files.list(folder)) {
            return listing.filter(f -> {
                String name = f.getFileName().toString().toLowerCase(Locale.ROOT);
                return Files.isRegularFile(f) && (name.endsWith(".crt") || name.endsWith(".pem") || name.endsWith(".cer"));
            }).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    /**
     * Reads one certificate.
     *
     * @throws IOException naming the file when it holds no readable X.509 certificate
     */
    public static X509Certificate certificate(Path file) throws IOException {
        try (InputStream in = Files.newInputStream(file)) {
            return (X509Certificate) CertificateFactory.getInstance("X.509").generateCertificate(in);
        } catch (CertificateException | ClassCastException e) {
            throw new IOException(file + ": not an X.509 certificate (PEM or DER): " + e.getMessage(), e);
        }
    }

    /** The SHA-256 fingerprint in lower-case hex. */
    public static String fingerprint(X509Certificate certificate) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(certificate.getEncoded()));
        } catch (NoSuchAlgorithmException | CertificateEncodingException e) {
            throw new IllegalStateException("cannot take the fingerprint of " + certificate.getSubjectX500Principal(), e);
        }
    }
}
