package kz.aimaq.platform.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.Ui;

/** The audit view of a regional administrator: the entries that concern their region, in the table and the export. */
class AuditViewScopeTest {

    private final FakeAuditLog audit = new FakeAuditLog();
    private AdminServices services;
    private Shell shell;
    private AuditView view;

    @BeforeEach
    void entriesOfSeveralRegions() {
        audit.append("registry.unit.update", "351600000", "Қарағанды", "renamed");
        audit.refused("module.enable", "example@350000000", "out of scope");
        audit.append("registry.unit.update", "191000000", "Алматы", "renamed");
        audit.append("trust.add", "CN=Example Vendor", "", "sha256=ab");
        audit.append("user.save", "karaganda_clerk", "", "roles=registry-editor scope=351600000");
        services = new AdminServices();
        services.bindAuditLog(audit);
        shell = Ui.shell(1000, 400);
    }

    @AfterEach
    void close() {
        view.dispose();
        shell.dispose();
        services.deactivate();
    }

    private void open(String role) {
        view = new AuditView(services);
        view.createContent(shell, new TestViewSite(Ui.display(), new TestUser("gulnar", TestRegions.KARAGANDA,
                Languages.RUSSIAN, role), AuditView.class));
        shell.layout(true, true);
    }

    private List<String> targets() {
        Table table = Ui.find(shell, Table.class).get(0);
        List<String> targets = new ArrayList<>();
        for (int i = 0; i < table.getItemCount(); i++) {
            targets.add(table.getItem(i).getText(5));
        }
        return targets;
    }

    @Test
    void aRegionalAdministratorSeesAndExportsOnlyTheirRegionsEntries(@TempDir Path folder) throws Exception {
        open(UserContext.ROLE_REGIONAL_ADMIN);
        Ui.waitUntil("Karaganda's three entries", () -> targets().size() == 3);
        assertEquals(List.of("karaganda_clerk", "example@350000000", "351600000"), targets(), "newest first");

        Path file = folder.resolve("audit.csv");
        view.export(file);
        Ui.waitUntil("the export is written", () -> Ui.find(shell, org.eclipse.swt.widgets.Label.class).stream()
                .anyMatch(l -> l.getText().contains(file.toString())));
        assertTrue(Files.exists(file), file.toString());
        String csv = Files.readString(file, StandardCharsets.UTF_8);
        assertTrue(csv.contains("Қарағанды") && !csv.contains("191000000") && !csv.contains("CN=Example"), csv);
    }

    @Test
    void aNationalAdministratorSeesEveryEntry() {
        open(UserContext.ROLE_NATIONAL_ADMIN);
        Ui.waitUntil("all five entries", () -> targets().size() == 5);
    }
}
