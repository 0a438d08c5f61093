package kz.aimaq.storage.internal.platform;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.text.Normalizer;
import java.util.Base64;

import javax.crypto.Mac;
import javax.crypto.SecretKeyFactory;
import javax.crypto.spec.PBEKeySpec;
import javax.crypto.spec.SecretKeySpec;

/**
 * The SCRAM-SHA-256 verifier PostgreSQL stores for a password (RFC 5802/7677, the format of
 * {@code pg_authid.rolpassword}), computed here so that {@code CREATE ROLE ... PASSWORD} sends
 * the server the verifier and never the password itself (nothing in clear in its statement log).
 */
final class ScramVerifier {

    /** PostgreSQL's default iteration count ({@code scram_iterations}). */
    static final int ITERATIONS = 4096;

    private ScramVerifier() {
    }

    static String of(char[] password) {
        byte[] salt = new byte[16];
        new SecureRandom().nextBytes(salt);
        return of(password, salt, ITERATIONS);
    }

    static String of(char[] password, byte[] salt, int iterations) {
        // SASLprep for the common case: PostgreSQL normalises a valid UTF-8 password with NFKC
        char[] prepared = Normalizer.normalize(java.nio.CharBuffer.wrap(password), Normalizer.Form.NFKC).toCharArray();
        try {
            PBEKeySpec spec = new PBEKeySpec(prepared, salt, iterations, 256);
            byte[] salted = SecretKeyFactory.getInstance("PBKDF2WithHmacSHA256").generateSecret(spec).getEncoded();
            spec.clearPassword();
            byte[] clientKey = hmac(salted, "Client Key");
            byte[] storedKey = MessageDigest.getInstance("SHA-256").digest(clientKey);
            byte[] serverKey = hmac(salted, "Server Key");
            Base64.Encoder b64 = Base64.getEncoder();
            return "SCRAM-SHA-256$" + iterations + ":" + b64.encodeToString(salt) + "$" + b64.encodeToString(storedKey)
                    + ":" + b64.encodeToString(serverKey);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK lacks PBKDF2/HMAC-SHA-256: " + e.getMessage(), e);
        } finally {
            java.util.Arrays.fill(prepared, '\0');
        }
    }

    private static byte[] hmac(byte[] key, String text) throws GeneralSecurityException {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key, "HmacSHA256"));
        return mac.doFinal(text.getBytes(StandardCharsets.UTF_8));
    }
}
