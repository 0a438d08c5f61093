package kz.aimaq.platform.api;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The installation's add-on trust store: {@code deploy/} installs only jars whose every entry
 * is signed by one of these certificates. Changing it needs {@link Right#MANAGE_TRUST} (a
 * national administrator); every change and refusal is audited. Hidden from vendor add-ons.
 *
 * @since 1.2
 */
@ProviderType
public interface TrustStore {

    List<TrustedCertificate> certificates();

    /**
     * Adds the X.509 certificate (PEM or DER) in the file.
     *
     * @throws AccessDeniedException unless the user may manage the trust store; audited
     * @throws IOException           naming the file when it holds no readable certificate
     */
    TrustedCertificate add(Path certificate) throws IOException;

    /**
     * Removes the certificate with this SHA-256 fingerprint; add-ons signed only by it are refused from then on.
     *
     * @throws AccessDeniedException    unless the user may manage the trust store; audited
     * @throws IllegalArgumentException when no certificate has that fingerprint
     */
    void remove(String sha256) throws IOException;
}
