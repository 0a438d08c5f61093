package kz.aimaq.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.Text;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.ui.internal.SubtreeExport.Format;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.Ui;
import kz.aimaq.workbench.api.SelectedUnit;

class DetailsViewTest {

    private static final SelectedUnit KARAGANDA = new SelectedUnit("350000000", "Қарағанды облысы",
            "Карагандинская область");
    private static final SelectedUnit ABAI = new SelectedUnit("353200000", "Абай ауданы", "Абайский район");

    /** What the abolish button asked, and the answer the test gives. */
    private final List<String> questions = new ArrayList<>();
    private boolean agree = true;
    private final FakeRegistry registry = new FakeRegistry();
    private final Messages kazakh = Messages.of(DetailsView.class, Languages.KAZAKH);
    private RegistryAccess access;
    private Shell shell;
    private TestViewSite site;
    private DetailsView view;

    @TempDir
    Path folder;

    @BeforeEach
    void createServices() {
        access = new RegistryAccess();
        access.bindRegistry(registry.objects);
        shell = Ui.shell(900, 700);
    }

    @AfterEach
    void closeView() {
        if (view != null) {
            view.dispose();
        }
        shell.dispose();
        access.deactivate();
    }

    @Test
    void theAbolitionQuestionNamesItsButtonsInTheUsersLanguage() throws Exception {
        Messages russian = Messages.of(DetailsView.class, Languages.RUSSIAN);
        org.eclipse.swt.widgets.MessageBox box = DetailsView.question(shell, russian, "?");
        java.lang.reflect.Field labels = org.eclipse.swt.widgets.MessageBox.class.getDeclaredField("labels");
        labels.setAccessible(true);

        assertEquals(java.util.Map.of(SWT.YES, russian.get("action.abolish"), SWT.NO, russian.get("action.cancel")),
                labels.get(box));
        assertEquals("Отмена", russian.get("action.cancel"));
    }

    @Test
    void showsNamesPopulationWithItsSourceHistoryAndFactsOfTheSelectedUnit() {
        open(Languages.KAZAKH);

        site.select(KARAGANDA);

        Table history = Ui.find(shell, Table.class).get(0);
        Ui.waitUntil("two versions in the history", () -> history.getItemCount() == 2);
        assertEquals("Қарағанды облысы (бұрынғы шекарада)", history.getItem(0).getText(2), "oldest first");
        assertEquals(kazakh.get("history.current"), history.getItem(1).getText(1));
        List<Text> names = Ui.find(shell, Text.class);
        assertEquals("Қарағанды облысы", names.get(0).getText());
        assertEquals("Карагандинская область", names.get(1).getText());
        assertTrue(label(text -> text.contains("БҰС АСПР ҚР, 2023") && text.contains("134")), "population with source");
        assertTrue(label(text -> text.equals("Облыс")), "kind in Kazakh");
        Table facts = Ui.find(shell, Table.class).get(1);
        assertEquals(2, facts.getItemCount());
        assertEquals("Халық саны", facts.getItem(0).getText(0));
    }

    @Test
    void historyOfAMovedUnitShowsTheCodeItHadBeforeTheReform() {
        open(Languages.RUSSIAN);

        site.select(new SelectedUnit("331000000", "Талдықорған Қ.Ә.", "Талдыкорган Г.А."));

        Table history = Ui.find(shell, Table.class).get(0);
        Ui.waitUntil("both versions in the history", () -> history.getItemCount() == 2);
        Messages russian = Messages.of(DetailsView.class, Languages.RUSSIAN);
        assertEquals(russian.get("column.code"), history.getColumn(6).getText());
        assertEquals(russian.get("column.successor"), history.getColumn(7).getText());
        assertEquals("191000000", history.getItem(0).getText(6), "until 2022 it was 191000000");
        assertEquals("331000000", history.getItem(0).getText(7));
        assertEquals("190000000", history.getItem(0).getText(5), "under Almaty oblast then");
        assertEquals("331000000", history.getItem(1).getText(6));
        assertEquals("", history.getItem(1).getText(7));
    }

    @Test
    void editingIsOfferedOnlyForUnitsInsideTheUsersRegion() {
        open(Languages.KAZAKH);
        Button edit = button("action.edit");

        site.select(new SelectedUnit("710000000", "Астана қ.", "г.Астана"));
        Ui.waitUntil("Astana shown", () -> Ui.find(shell, Text.class).get(0).getText().equals("Астана қ."));
        assertFalse(edit.isEnabled(), "Astana lies outside the Karaganda editor's region");

        site.select(ABAI);
        Ui.waitUntil("Abai district shown", () -> Ui.find(shell, Text.class).get(0).getText().equals("Абай ауданы"));
        assertTrue(edit.isEnabled());
    }

    @Test
    void anEditTheRegistryRefusesShowsTheLocalisedReasonAndChangesNothing() {
        registry.refused.add(ABAI.kato());
        open(Languages.KAZAKH);
        site.select(ABAI);
        Text nameKk = Ui.find(shell, Text.class).get(0);
        Ui.waitUntil("Abai district shown", () -> nameKk.getText().equals("Абай ауданы"));

        click(button("action.edit"));
        nameKk.setText("Абай ауданы (жаңа)");
        click(button("action.save"));

        String reason = kazakh.get("edit.outOfScope", ABAI.kato(), "350000000", "aigerim");
        Ui.waitUntil("the refusal in Kazakh", () -> label(text -> text.equals(reason)));
        assertEquals("Абай ауданы", registry.find(ABAI.kato()).orElseThrow().nameKk());
        assertTrue(site.status().contains(reason), "also in the status line");
    }

    /** Opens Abai district's details in Russian, starts editing and types a new Russian name. */
    private void renameAbaiInRussian() {
        open(Languages.RUSSIAN);
        site.select(ABAI);
        List<Text> names = Ui.find(shell, Text.class);
        Ui.waitUntil("Abai district shown", () -> names.get(0).getText().equals("Абай ауданы"));
        click(button("action.edit"));
        names.get(1).setText("Абайский район (новый)");
    }

    @Test
    void aSavedEditBecomesANewVersionInTheHistory() {
        renameAbaiInRussian();
        click(button("action.save"));

        Table history = Ui.find(shell, Table.class).get(0);
        Ui.waitUntil("the new version in the history", () -> history.getItemCount() == 2);
        assertEquals("Абайский район (новый)", history.getItem(1).getText(3));
        assertEquals("Абайский район (новый)", registry.find(ABAI.kato()).orElseThrow().nameRu());
    }

    @Test
    void aSavedEditTellsTheOtherViewsTheUnitsChanged() {
        java.util.concurrent.atomic.AtomicInteger told = new java.util.concurrent.atomic.AtomicInteger();
        renameAbaiInRussian();
        access.live().addListener(told::incrementAndGet);

        click(button("action.save"));

        Ui.waitUntil("the other views told", () -> told.get() == 1);
    }

    @Test
    void aRenameTakesEffectOnTheDayChosenInTheForm() throws Exception {
        renameAbaiInRussian();
        Text effective = effectiveDay();
        assertTrue(effective.isVisible(), "the day is offered while editing");
        assertEquals(DateTimeFormatter.ofPattern("dd.MM.uuuu").format(LocalDate.now()), effective.getText(),
                "today, written as Russian users write a day");
        effective.setText("15.01.2026");
        assertTrue(label(text -> text.equals("15 января 2026 г.")), "the day spelled out in Russian");
        Ui.screenshot(shell, java.nio.file.Path.of("target/screenshots/registry-edit-day-ru.png"));
        org.eclipse.swt.widgets.Composite row = effective.getParent();
        assertTrue(row.getBounds().y + row.getBounds().height <= row.getParent().getSize().y,
                "the day has room in the form while editing, not only once saved: row " + row.getBounds()
                        + ", form " + row.getParent().getSize());
        assertFalse(button("action.edit").isEnabled(), "editing already");
        click(button("action.save"));

        Table history = Ui.find(shell, Table.class).get(0);
        Ui.waitUntil("the new version in the history", () -> history.getItemCount() == 2);
        assertEquals(LocalDate.of(2026, 1, 15), registry.find(ABAI.kato()).orElseThrow().validFrom());
        assertEquals(LocalDate.of(2026, 1, 15), registry.history(ABAI.kato()).get(0).validTo());
        assertFalse(effective.isVisible(), "hidden again once saved");
    }

    @Test
    void aDayThatDoesNotExistIsRefusedInTheUsersLanguageAndNothingIsSaved() {
        renameAbaiInRussian();
        Text effective = effectiveDay();
        effective.setText("31.02.2026");
        assertTrue(label(text -> text.equals("не дата")), "said while typing");

        click(button("action.save"));

        Messages russian = Messages.of(DetailsView.class, Languages.RUSSIAN);
        String refusal = russian.get("edit.badDate", "31.02.2026",
                DateTimeFormatter.ofPattern("dd.MM.uuuu").format(LocalDate.now()));
        Ui.waitUntil("the refusal is shown", () -> label(text -> text.equals(refusal)));
        assertEquals("Абай ауданы", registry.find(ABAI.kato()).orElseThrow().nameKk());
        assertEquals(1, registry.history(ABAI.kato()).size(), "no new version");
    }

    /** The field of the day a change takes effect: the text field whose hint is a day. */
    private Text effectiveDay() {
        return Ui.find(shell, Text.class).stream().filter(t -> t.getMessage().matches("\\d{2}\\.\\d{2}\\.\\d{4}|\\d{4}-\\d{2}-\\d{2}"))
                .findFirst().orElseThrow();
    }

    @Test
    void aUnitIsAbolishedFromTheChosenDayOnlyOnceItHasNoSubordinates() {
        open(Languages.KAZAKH);
        site.select(ABAI);
        Ui.waitUntil("Abai district shown", () -> Ui.find(shell, Text.class).get(0).getText().equals("Абай ауданы"));
        click(button("action.edit"));
        click(button("action.abolish"));
        String refusal = kazakh.get("abolish.invalid", ABAI.kato(), "");
        Ui.waitUntil("refused while it has okrugs", () -> label(text -> text.startsWith(refusal)));
        assertTrue(registry.find(ABAI.kato()).isPresent());

        site.select(new SelectedUnit("353237100", "Сарепта а.", "с.Сарепта"));
        Ui.waitUntil("Sarepta shown", () -> Ui.find(shell, Text.class).get(0).getText().equals("Сарепта а."));
        click(button("action.edit"));
        effectiveDay().setText("01.07.2026");
        agree = false;
        click(button("action.abolish"));
        assertEquals(kazakh.get("abolish.confirm", "Сарепта а.", "353237100", dayOf(LocalDate.of(2026, 7, 1))),
                questions.get(questions.size() - 1));
        assertTrue(registry.find("353237100").isPresent(), "not abolished when the user says no");

        agree = true;
        click(button("action.abolish"));

        String done = kazakh.get("abolish.done", "353237100", dayOf(LocalDate.of(2026, 7, 1)));
        Ui.waitUntil("abolished", () -> label(text -> text.equals(done)));
        assertTrue(registry.find("353237100").isEmpty());
        assertEquals(LocalDate.of(2026, 7, 1), registry.history("353237100").get(0).validTo(), "kept in the history");
    }

    @Test
    void exportWritesTheSubtreeAsCsvAndJsonInABackgroundJob() throws Exception {
        FakeJobs jobs = new FakeJobs();
        access.bindJobs(jobs);
        open(Languages.ENGLISH);
        site.select(ABAI);
        Ui.waitUntil("Abai district shown", () -> Ui.find(shell, Text.class).get(0).getText().equals("Абай ауданы"));
        Path csv = folder.resolve("abai.csv");
        Path json = folder.resolve("abai.json");

        view.export(Format.CSV, csv);
        view.export(Format.JSON, json);

        Messages english = Messages.of(DetailsView.class, Languages.ENGLISH);
        Ui.waitUntil("both exports reported", () -> site.status().contains(english.get("export.done", ABAI.kato(), csv))
                && site.status().contains(english.get("export.done", ABAI.kato(), json)));
        List<String> lines = Files.readAllLines(csv, StandardCharsets.UTF_8);
        assertEquals(9, lines.size(), "header, the district and its seven descendants: " + lines);
        assertEquals("353200000,Абай ауданы", lines.get(1));
        assertTrue(Files.readString(json).contains("\"353237200\""));
        assertEquals(List.of("fake-job", "fake-job"), jobs.threads);
        assertEquals(english.get("export.job", ABAI.kato(), "abai.csv"), jobs.names.get(0));
        try (var files = Files.list(folder)) {
            assertEquals(2, files.count(), "no temporary file is left behind");
        }
    }

    private static String dayOf(LocalDate date) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM).withLocale(Languages.KAZAKH).format(date);
    }

    private void open(Locale locale) {
        site = new TestViewSite(Ui.display(), new TestUser("aigerim", TestRegions.KARAGANDA, locale, UserContext.ROLE_REGISTRY_EDITOR), ExplorerView.class);
        view = new DetailsView(access, (shell, texts, question) -> {
            questions.add(question);
            return agree;
        });
        view.createContent(shell, site);
        shell.layout(true, true);
        shell.open();
    }

    private Button button(String key) {
        String text = site.messages().get(key);
        return Ui.find(shell, Button.class).stream().filter(b -> b.getText().equals(text)).findFirst().orElseThrow();
    }

    private static void click(Button button) {
        assertTrue(button.isEnabled(), button.getText() + " is enabled");
        button.notifyListeners(SWT.Selection, new Event());
    }

    private boolean label(java.util.function.Predicate<String> text) {
        return Ui.find(shell, Label.class).stream().anyMatch(l -> l.getVisible() && text.test(l.getText()));
    }
}
