package kz.aimaq.platform.internal.trust;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.security.CodeSigner;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.util.Collection;
import java.util.Enumeration;
import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.jar.Manifest;

import kz.aimaq.platform.internal.Text;

/**
 * Checks a jar's signatures with {@link JarFile} (Felix cannot without a SecurityManager): every
 * entry but the manifest and the signature files themselves must be signed, unaltered since, by
 * a certificate of the trust store; nothing the signed manifest lists may be missing.
 */
public final class JarSignatures {

    private JarSignatures() {
    }

    /**
     * @return empty when the jar may be installed, else why not, in words that name the entry
     */
    public static Optional<Text> refusal(Path file, Collection<X509Certificate> trusted) {
        Set<Certificate> trust = new HashSet<>(trusted);
        try (JarFile jar = new JarFile(file.toFile(), true)) {
            Manifest manifest = jar.getManifest();
            Set<String> present = new HashSet<>();
            boolean signedAtAll = false;
            byte[] buffer = new byte[8192];
            for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements();) {
                JarEntry entry = entries.nextElement();
                present.add(entry.getName());
                if (entry.isDirectory()) {
                    continue;
                }
                try (InputStream in = jar.getInputStream(entry)) {
                    // Reading to the end is what makes JarFile compare the entry with its signed digest.
                    while (in.read(buffer) != -1) {
                        // read only to verify
                    }
                } catch (SecurityException e) {
                    return Optional.of(new Text("signature.tampered", entry.getName(), e.getMessage()));
                }
                if (signatureFile(entry.getName())) {
                    continue;
                }
                CodeSigner[] signers = entry.getCodeSigners();
                if (signers == null || signers.length == 0) {
                    return Optional.of(anySigned(jar) ? new Text("signature.entryUnsigned", entry.getName())
                            : new Text("signature.unsigned"));
                }
                signedAtAll = true;
                if (!trusted(signers, trust)) {
                    return Optional.of(new Text("signature.untrusted", subject(signers[0])));
                }
            }
            if (manifest != null) {
                for (String listed : manifest.getEntries().keySet()) {
                    if (!present.contains(listed)) {
                        return Optional.of(new Text("signature.entryRemoved", listed));
                    }
                }
            }
            if (!signedAtAll) {
                return Optional.of(new Text("signature.unsigned"));
            }
            return Optional.empty();
        } catch (SecurityException e) {
            return Optional.of(new Text("signature.manifestMismatch", e.getMessage()));
        } catch (IOException e) {
            return Optional.of(new Text("signature.unreadable", e.getMessage()));
        }
    }

    private static boolean anySigned(JarFile jar) {
        return jar.stream().anyMatch(e -> signatureFile(e.getName()) && !e.getName().endsWith("MANIFEST.MF"));
    }

    /** The manifest and the signature block files, which a signature cannot cover. */
    static boolean signatureFile(String name) {
        String upper = name.toUpperCase(Locale.ROOT);
        if (!upper.startsWith("META-INF/") || upper.indexOf('/', "META-INF/".length()) >= 0) {
            return false;
        }
        return upper.equals("META-INF/MANIFEST.MF") || upper.endsWith(".SF") || upper.endsWith(".RSA")
                || upper.endsWith(".DSA") || upper.endsWith(".EC") || upper.startsWith("META-INF/SIG-");
    }

    /**
     * Only the certificate that made the signature counts: the rest of the path the jar carries
     * is the signer's say-so, so an issuer in it proves nothing unless the path were validated.
     */
    private static boolean trusted(CodeSigner[] signers, Set<Certificate> trust) {
        for (CodeSigner signer : signers) {
            if (trust.contains(signer.getSignerCertPath().getCertificates().get(0))) {
                return true;
            }
        }
        return false;
    }

    private static String subject(CodeSigner signer) {
        Certificate first = signer.getSignerCertPath().getCertificates().get(0);
        return first instanceof X509Certificate x509 ? "'" + x509.getSubjectX500Principal().getName() + "'"
                : "an unknown signer";
    }
}
