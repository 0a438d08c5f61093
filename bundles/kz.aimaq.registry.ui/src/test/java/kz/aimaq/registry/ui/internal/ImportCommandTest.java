package kz.aimaq.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.ImportException;
import kz.aimaq.registry.api.ImportProblem;
import kz.aimaq.registry.api.OutOfScopeException;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.Ui;

class ImportCommandTest {

    private final FakeRegistry registry = new FakeRegistry();
    private final FakeJobs jobs = new FakeJobs();
    private RegistryAccess access;
    private ImportCommand command;
    private Shell window;
    private Path file;

    @TempDir
    Path folder;

    @BeforeEach
    void createServices() throws Exception {
        access = new RegistryAccess();
        access.bindRegistry(registry.objects);
        access.bindJobs(jobs);
        command = new ImportCommand(access);
        window = Ui.shell(1000, 700);
        window.open();
        file = Files.writeString(folder.resolve("kato-2026.csv"), "kato;name_kk;name_ru;kind\n");
    }

    @AfterEach
    void closeWindow() {
        window.dispose();
        access.deactivate();
    }

    @Test
    void previewListsEveryChangeWithItsCountsInTheUsersLanguage() throws Exception {
        FakeCommandContext context = context(Languages.KAZAKH, UserContext.ROLE_ADMIN);
        Messages kk = context.messages();

        command.preview(context, file);

        Shell dialog = dialogWith(Table.class);
        Table table = Ui.find(dialog, Table.class).get(0);
        assertEquals(5, table.getItemCount(), "one row per change");
        assertTrue(labels(dialog).contains(kk.get("import.counts", 1, 1, 1, 1, 1)), "counts per kind: " + labels(dialog));
        assertEquals(List.of(kk.get("import.change.added"), "353237300", "", "Жаңаауыл а. (Ауыл)"), row(table, 0));
        assertEquals(List.of(kk.get("import.change.renamed"), "353237000", "Дзержинский а.о.", "Сарепта а.о."),
                row(table, 1));
        assertEquals(List.of(kk.get("import.change.moved"), "353237200", "353237000 Дзержинский а.о.",
                "353233000 Ақбастау а.о."), row(table, 2));
        assertEquals(List.of(kk.get("import.change.reclassified"), "353220100", kk.get("kind.town"),
                kk.get("kind.city")), row(table, 3));
        assertEquals(List.of(kk.get("import.change.abolished"), "353237100", "Сарепта а. (Ауыл)", ""), row(table, 4));
        assertEquals(List.of("fake-job"), registry.importThreads, "the file is read in a job, not on the UI thread");
        assertTrue(registry.applied.isEmpty(), "a preview writes nothing");
        Ui.screenshot(dialog, Path.of("target/screenshots/registry-import-preview-kk.png"));
    }

    @Test
    void applyImportsExactlyThePreviewAndReportsInTheStatusLine() {
        FakeCommandContext context = context(Languages.RUSSIAN, UserContext.ROLE_ADMIN);
        command.preview(context, file);
        Shell dialog = dialogWith(Table.class);

        click(button(dialog, context.messages().get("import.apply")));

        Ui.waitUntil("the dialog closes", dialog::isDisposed);
        assertEquals(1, registry.applied.size());
        assertSame(registry.lastPreview, registry.applied.get(0), "the very preview the user saw");
        assertEquals(List.of("fake-job", "fake-job"), registry.importThreads);
        String effective = DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Languages.RUSSIAN)
                .format(FakeRegistry.IMPORTED);
        assertEquals(List.of(context.messages().get("import.done", "kato-2026.csv", 5, effective)), context.status);
    }

    @Test
    void aFileThatMayBeCutOffIsAppliedOnlyOnceTheAbolishedCountIsTyped() throws Exception {
        registry.cutOff = true;
        for (Locale locale : Languages.SUPPORTED) {
            FakeCommandContext context = context(locale, UserContext.ROLE_ADMIN);
            command.preview(context, file);
            Shell dialog = dialogWith(Table.class);
            Messages m = context.messages();
            assertTrue(labels(dialog).contains(m.get("import.endsMidLine", "kato-2026.csv")), labels(dialog).toString());
            Button apply = button(dialog, m.get("import.apply"));
            Text count = Ui.find(dialog, Text.class).get(0);
            assertFalse(apply.isEnabled(), "nothing to apply before the count is confirmed");
            Ui.screenshot(dialog, Path.of("target/screenshots/registry-import-confirm-" + locale.getLanguage() + ".png"));
            if (locale != Languages.RUSSIAN) {
                dialog.dispose();
                continue;
            }
            count.setText("15594");
            assertFalse(apply.isEnabled(), "a wrong count does not confirm");
            count.setText(" 1 ");

            click(apply);

            Ui.waitUntil("the dialog closes", dialog::isDisposed);
            assertEquals(List.of(1), registry.confirmed, "applied with the count the user typed");
        }
    }

    @Test
    void anImportAbolishingManyUnitsSaysSoPlainly() {
        registry.currentUnits = 20;
        FakeCommandContext context = context(Languages.KAZAKH, UserContext.ROLE_ADMIN);
        command.preview(context, file);
        Shell dialog = dialogWith(Table.class);

        assertTrue(labels(dialog).contains(context.messages().get("import.abolishesMany", 1, 20)),
                labels(dialog).toString());
        assertFalse(button(dialog, context.messages().get("import.apply")).isEnabled());
    }

    @Test
    void cancelAppliesNothing() {
        FakeCommandContext context = context(Languages.ENGLISH, UserContext.ROLE_ADMIN);
        command.preview(context, file);
        Shell dialog = dialogWith(Table.class);

        click(button(dialog, context.messages().get("action.cancel")));

        assertTrue(dialog.isDisposed());
        Ui.waitUntil("pending events handled", () -> !Ui.display().readAndDispatch());
        assertTrue(registry.applied.isEmpty());
        assertEquals(1, jobs.names.size(), "only the preview ran: " + jobs.names);
        assertTrue(context.status.isEmpty());
    }

    @Test
    void aRefusalOnApplyIsShownInTheDialogAndNothingIsApplied() {
        registry.applyRefusal = new OutOfScopeException("aigerim", "350000000", "353237300");
        FakeCommandContext context = context(Languages.KAZAKH, UserContext.ROLE_ADMIN);
        command.preview(context, file);
        Shell dialog = dialogWith(Table.class);

        click(button(dialog, context.messages().get("import.apply")));

        String reason = context.messages().get("import.outOfScope", "353237300", "350000000", "aigerim");
        Ui.waitUntil("the refusal in the dialog", () -> labels(dialog).contains(reason));
        assertFalse(dialog.isDisposed());
        assertTrue(registry.applied.isEmpty());
        assertFalse(button(dialog, context.messages().get("import.apply")).isEnabled(), "no second try of a refusal");
    }

    @Test
    void aRefusedFileShowsEveryProblemAsSelectableTextAndAppliesNothing() {
        registry.refusal = new ImportException(List.of(
                new ImportProblem("kato-2026.csv", 3, "kind", "unknown kind 'obl'; use one of oblast, district, …"),
                new ImportProblem("kato-2026.csv", 7, "parent_kato", "353299000 is neither current nor in the file")));
        FakeCommandContext context = context(Languages.ENGLISH, UserContext.ROLE_ADMIN);

        command.preview(context, file);

        Shell dialog = dialogWith(Text.class);
        Text problems = Ui.find(dialog, Text.class).get(0);
        assertEquals("kato-2026.csv:3:kind: unknown kind 'obl'; use one of oblast, district, …\n"
                + "kato-2026.csv:7:parent_kato: 353299000 is neither current nor in the file", problems.getText());
        assertFalse(problems.getEditable(), "read-only, but selectable for copying");
        assertTrue(labels(dialog).contains(context.messages().get("import.refused", "kato-2026.csv", 2)));
        assertTrue(Arrays.stream(window.getShells()).noneMatch(s -> !Ui.find(s, Table.class).isEmpty()), "no preview");
        assertTrue(registry.applied.isEmpty());
    }

    @Test
    void onlyAdministratorsMayImport() {
        assertFalse(command.isEnabled(context(Languages.KAZAKH, UserContext.ROLE_ANALYST)));
        assertTrue(command.isEnabled(context(Languages.KAZAKH, UserContext.ROLE_ADMIN)));
    }

    @Test
    void withoutTheRegistryTheStatusLineSaysSo() {
        access.unbindRegistry(registry.objects);
        FakeCommandContext context = context(Languages.RUSSIAN, UserContext.ROLE_ADMIN);

        command.execute(context);

        assertEquals(List.of(context.messages().get("registry.absent")), context.status);
        assertEquals(0, window.getShells().length, "no file dialog, no preview");
    }

    private FakeCommandContext context(Locale locale, String role) {
        return new FakeCommandContext(window, new TestUser("admin", TestRegions.ASTANA, locale, role));
    }

    private Shell dialogWith(Class<? extends org.eclipse.swt.widgets.Control> type) {
        return Ui.waitFor("a dialog with a " + type.getSimpleName(), () -> Arrays.stream(window.getShells())
                .filter(s -> !s.isDisposed() && !Ui.find(s, type).isEmpty()).findFirst().orElse(null));
    }

    private static List<String> row(Table table, int index) {
        TableItem item = table.getItem(index);
        return List.of(item.getText(0), item.getText(1), item.getText(2), item.getText(3));
    }

    private static List<String> labels(Shell dialog) {
        return Ui.find(dialog, Label.class).stream().filter(Label::getVisible).map(Label::getText).toList();
    }

    private static Button button(Shell dialog, String text) {
        return Ui.find(dialog, Button.class).stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private static void click(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }
}
