package kz.aimaq.platform.internal.trust;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.log.Logger;

import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.TrustedCertificate;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.internal.audit.AuditLogImpl;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;

/**
 * The add-on trust store in a real installation folder with the real (file) audit log: a national
 * administrator adds, lists and removes certificates, each change audited; anyone else is
 * refused, audited, and nothing changes. What it trusts is what the deploy gate then accepts.
 */
class TrustStoreImplTest {

    @TempDir
    Path home;

    private Path certificate;
    private AuditLogImpl audit;

    /** The OSGi logger, for the store's complaints about unreadable files; nothing else is asked of it. */
    private static Logger quietLogger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false
                        : method.getReturnType() == String.class ? "test" : null);
    }

    @BeforeEach
    void copyTheTestVendorsCertificate() throws IOException {
        certificate = home.resolve("vendor.crt");
        try (InputStream in = getClass().getResourceAsStream("/keys/aimaq-test-vendor.crt")) {
            Files.copy(in, certificate);
        }
        audit = null;
    }

    private TrustStoreImpl storeOf(String name, String... roles) {
        UserContext user = new TestUser(name, TestRegions.ALMATY_REGION, Locale.ENGLISH, roles);
        // one file log, each user writing in their own name
        audit = new AuditLogImpl(home.resolve("data").resolve("audit.jsonl"), user);
        return new TrustStoreImpl(home, user, quietLogger(), audit);
    }

    @Test
    void aNationalAdministratorAddsListsAndRemovesCertificatesAndEachChangeIsAudited() throws Exception {
        TrustStoreImpl store = storeOf("aigerim", UserContext.ROLE_NATIONAL_ADMIN);
        assertEquals(List.of(), store.certificates());

        TrustedCertificate added = store.add(certificate);
        String sha256 = TrustFolder.fingerprint(TestJars.trusted());
        assertEquals(sha256, added.sha256().replace(":", "").toLowerCase(Locale.ROOT));
        assertTrue(Files.isRegularFile(home.resolve("conf").resolve("vendor-trust").resolve(sha256.substring(0, 16)
                + ".crt")));
        assertEquals(List.of(added.sha256()), store.certificates().stream().map(TrustedCertificate::sha256).toList());

        Path signed = TestJars.sign(TestJars.jar(home.resolve("addon.jar"), Map.of("a/A.txt", "a")),
                home.resolve("addon-signed.jar"), "aimaq-test-vendor.p12", "test-vendor");
        assertEquals(java.util.Optional.empty(), JarSignatures.refusal(signed, new TrustFolder(home).read(p -> { })
                .stream().map(TrustFolder.Entry::certificate).toList()), "the deploy gate trusts what was added");

        store.remove(added.sha256().toUpperCase(Locale.ROOT));
        assertEquals(List.of(), store.certificates());
        assertTrue(JarSignatures.refusal(signed, List.of()).isPresent(), "and no longer once it is removed");

        List<AuditEntry> entries = audit.entries();
        assertEquals(List.of("trust.add", "trust.remove"), entries.stream().map(AuditEntry::action).toList());
        assertTrue(entries.get(0).after().contains("sha256=" + sha256), entries.get(0).after());
        assertEquals(Set.of("aigerim"), Set.copyOf(entries.stream().map(AuditEntry::user).toList()));
        assertEquals(added.subject(), entries.get(1).target());
    }

    @Test
    void anyoneButANationalAdministratorIsRefusedAuditedAndNothingChanges() throws Exception {
        TrustStoreImpl admin = storeOf("aigerim", UserContext.ROLE_NATIONAL_ADMIN);
        TrustedCertificate kept = admin.add(certificate);
        for (String role : List.of(UserContext.ROLE_REGIONAL_ADMIN, UserContext.ROLE_REGISTRY_EDITOR,
                UserContext.ROLE_ANALYST)) {
            TrustStoreImpl other = storeOf("dana", role);
            assertThrows(AccessDeniedException.class, () -> other.add(certificate), role);
            assertThrows(AccessDeniedException.class, () -> other.remove(kept.sha256()), role);
            assertEquals(1, other.certificates().size(), "listing is allowed, changing is not");
        }
        assertEquals(List.of(kept.sha256()), admin.certificates().stream().map(TrustedCertificate::sha256).toList());
        List<AuditEntry> refusals = audit.entries().stream().filter(e -> e.outcome() == AuditEntry.Outcome.REFUSED)
                .toList();
        assertEquals(6, refusals.size());
        assertEquals(Set.of("trust.add", "trust.remove"), Set.copyOf(refusals.stream().map(AuditEntry::action).toList()));
        assertEquals(Set.of("dana"), Set.copyOf(refusals.stream().map(AuditEntry::user).toList()));
    }

    @Test
    void aFileThatIsNoCertificateOrAnUnknownFingerprintIsANamedError() throws Exception {
        TrustStoreImpl store = storeOf("aigerim", UserContext.ROLE_NATIONAL_ADMIN);
        Path notACertificate = Files.writeString(home.resolve("readme.crt"), "hello");
        IOException bad = assertThrows(IOException.class, () -> store.add(notACertificate));
        assertTrue(bad.getMessage().contains("readme.crt") && bad.getMessage().contains("not an X.509 certificate"),
                bad.getMessage());
        IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class, () -> store.remove("ab:cd"));
        assertTrue(unknown.getMessage().contains("abcd"), unknown.getMessage());
        assertEquals(List.of(), store.certificates());
        assertTrue(audit.entries().isEmpty(), "nothing changed, nothing to audit");
    }
}
