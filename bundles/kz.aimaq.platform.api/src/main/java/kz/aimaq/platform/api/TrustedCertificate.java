package kz.aimaq.platform.api;

import java.time.Instant;

/**
 * A certificate of the add-on trust store: jars signed by it may be installed from {@code deploy/}.
 *
 * @param subject  who it was issued to, e.g. {@code CN=Example Vendor, C=KZ}
 * @param issuer   who issued it
 * @param sha256   its SHA-256 fingerprint in hex, which names it
 * @param notAfter when it expires
 * @param file     the file in the trust store that holds it
 */
public record TrustedCertificate(String subject, String issuer, String sha256, Instant notAfter, String file) {
}
