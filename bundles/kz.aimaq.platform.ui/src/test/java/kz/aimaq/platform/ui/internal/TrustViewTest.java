package kz.aimaq.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.InputStream;
import java.lang.reflect.Proxy;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.osgi.service.log.Logger;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.platform.internal.audit.AuditLogImpl;
import kz.aimaq.platform.internal.trust.TrustStoreImpl;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.Ui;

/**
 * The trust-store view over the platform's real trust store (a folder of the installation) and
 * file audit log, under a real display: a national administrator adds and removes the test
 * vendor's certificate; a regional administrator's attempt is refused in the view, audited,
 * and changes nothing.
 */
class TrustViewTest {

    @TempDir
    Path home;

    private AdminServices services;
    private Shell shell;
    private TrustView view;
    private Path certificate;

    private static Logger quietLogger() {
        return (Logger) Proxy.newProxyInstance(Logger.class.getClassLoader(), new Class<?>[] {Logger.class},
                (proxy, method, args) -> method.getReturnType() == boolean.class ? false : null);
    }

    @BeforeEach
    void open() throws Exception {
        services = new AdminServices();
        shell = Ui.shell(1100, 360);
        certificate = home.resolve("vendor.crt");
        try (InputStream in = getClass().getResourceAsStream("/keys/aimaq-test-vendor.crt")) {
            Files.copy(in, certificate);
        }
    }

    @AfterEach
    void close() {
        if (view != null) {
            view.dispose();
        }
        shell.dispose();
        services.deactivate();
    }

    private AuditLogImpl show(String name, String role, Locale locale) {
        TestUser user = new TestUser(name, TestRegions.KARAGANDA, locale, role);
        AuditLogImpl audit = new AuditLogImpl(home.resolve("data").resolve("audit.jsonl"), user);
        services.bindTrustStore(new TrustStoreImpl(home, user, quietLogger(), audit));
        view = new TrustView(services);
        view.createContent(shell, new TestViewSite(Ui.display(), user, TrustView.class));
        shell.layout(true, true);
        shell.open();
        return audit;
    }

    private Table table() {
        return Ui.find(shell, Table.class).get(0);
    }

    private boolean says(String text) {
        return Ui.find(shell, Label.class).stream().anyMatch(l -> l.getText().equals(text));
    }

    @Test
    void aNationalAdministratorAddsAndRemovesACertificateInKazakh() throws Exception {
        AuditLogImpl audit = show("aigerim", UserContext.ROLE_NATIONAL_ADMIN, Languages.KAZAKH);
        Ui.waitUntil("the empty store is listed", () -> table().getItemCount() == 0 && table().getColumnCount() == 4);

        view.add(certificate);
        Ui.waitUntil("the certificate is listed", () -> table().getItemCount() == 1);
        String subject = table().getItem(0).getText(0);
        assertTrue(subject.contains("CN="), subject);
        Messages kazakh = Messages.of(TrustView.class, Languages.KAZAKH);
        String sha256 = table().getItem(0).getText(1);
        Ui.waitUntil("the addition is confirmed", () -> says(kazakh.get("trust.added", subject, sha256)));
        Path png = Path.of("target", "screenshots", "trust-store-kk.png");
        Ui.screenshot(shell, png);
        assertTrue(Files.size(png) > 10_000, "the screenshot has content");

        table().select(0);
        view.removeSelected();
        Ui.waitUntil("the store is empty again", () -> table().getItemCount() == 0);
        assertEquals(List.of("trust.add", "trust.remove"), audit.entries().stream().map(AuditEntry::action).toList());
    }

    @Test
    void aRegionalAdministratorIsRefusedAuditedAndNothingIsAdded() {
        AuditLogImpl audit = show("dana", UserContext.ROLE_REGIONAL_ADMIN, Languages.ENGLISH);
        view.add(certificate);
        Ui.waitUntil("the refusal is shown", () -> Ui.find(shell, Label.class).stream()
                .anyMatch(l -> l.getText().startsWith("Refused: ") && l.getText().contains("dana")));
        assertEquals(0, table().getItemCount());
        assertTrue(Files.notExists(home.resolve("conf").resolve("vendor-trust")) || home.resolve("conf")
                .resolve("vendor-trust").toFile().list().length == 0);
        AuditEntry refused = audit.entries().get(0);
        assertEquals("trust.add", refused.action());
        assertEquals(AuditEntry.Outcome.REFUSED, refused.outcome());
        assertEquals("dana", refused.user());
    }
}
