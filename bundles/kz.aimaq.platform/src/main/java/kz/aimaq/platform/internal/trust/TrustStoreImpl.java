package kz.aimaq.platform.internal.trust;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.cert.CertificateEncodingException;
import java.security.cert.X509Certificate;
import java.util.Base64;
import java.util.List;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.Right;
import kz.aimaq.platform.api.TrustStore;
import kz.aimaq.platform.api.TrustedCertificate;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.platform.internal.Framework;

/** The add-on trust store in {@code <home>/conf/vendor-trust}, changed by national administrators only, audited. */
@Component(service = TrustStore.class)
public final class TrustStoreImpl implements TrustStore {

    private final TrustFolder folder;
    private final UserContext user;
    private final Logger logger;

    @Reference(policy = ReferencePolicy.DYNAMIC, policyOption = ReferencePolicyOption.GREEDY)
    private volatile AuditLog audit;

    @Activate
    public TrustStoreImpl(BundleContext context, @Reference UserContext user,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.folder = new TrustFolder(Framework.folder(context, LaunchProperties.HOME));
        this.user = user;
        this.logger = logger;
    }

    /** Outside a framework (tests): the installation folder and the audit log given. */
    public TrustStoreImpl(Path home, UserContext user, Logger logger, AuditLog audit) {
        this.folder = new TrustFolder(home);
        this.user = user;
        this.logger = logger;
        this.audit = audit;
    }

    @Override
    public List<TrustedCertificate> certificates() {
        return folder.read(logger::error).stream().map(TrustFolder.Entry::describe).toList();
    }

    @Override
    public TrustedCertificate add(Path file) throws IOException {
        require("trust.add", file.toString());
        X509Certificate certificate = TrustFolder.certificate(file);
        String fingerprint = TrustFolder.fingerprint(certificate);
        Files.createDirectories(folder.folder());
        Path stored = folder.folder().resolve(fingerprint.substring(0, 16) + ".crt");
        Files.writeString(stored, pem(certificate), StandardCharsets.US_ASCII);
        TrustedCertificate added = new TrustFolder.Entry(certificate, stored).describe();
        audit.append("trust.add", added.subject(), "", "sha256=" + fingerprint + " until " + added.notAfter());
        logger.info("{} added {} (sha256 {}) to the add-on trust store", user.user(), added.subject(), fingerprint);
        return added;
    }

    @Override
    public void remove(String sha256) throws IOException {
        String wanted = sha256 == null ? "" : sha256.trim().toLowerCase(java.util.Locale.ROOT).replace(":", "");
        require("trust.remove", wanted);
        List<TrustFolder.Entry> matching = folder.read(logger::error).stream()
                .filter(e -> TrustFolder.fingerprint(e.certificate()).equals(wanted)).toList();
        if (matching.isEmpty()) {
            throw new IllegalArgumentException("no certificate of the trust store has the SHA-256 fingerprint " + wanted);
        }
        for (TrustFolder.Entry entry : matching) {
            Files.delete(entry.file());
            audit.append("trust.remove", entry.describe().subject(), "sha256=" + wanted, "");
        }
    }

    private void require(String action, String target) {
        try {
            user.require(Right.MANAGE_TRUST, null);
        } catch (AccessDeniedException e) {
            audit.refused(action, target, e.getMessage());
            throw e;
        }
    }

    private static String pem(X509Certificate certificate) throws IOException {
        try {
            return "-----BEGIN CERTIFICATE-----\n"
                    + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII)).encodeToString(
                            certificate.getEncoded())
                    + "\n-----END CERTIFICATE-----\n";
        } catch (CertificateEncodingException e) {
            throw new IOException("the certificate " + certificate.getSubjectX500Principal() + " cannot be encoded", e);
        }
    }
}
