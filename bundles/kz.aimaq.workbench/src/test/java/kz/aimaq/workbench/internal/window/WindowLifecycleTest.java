package kz.aimaq.workbench.internal.window;

import static kz.aimaq.workbench.internal.window.Harness.labelView;
import static kz.aimaq.workbench.internal.window.Harness.select;
import static kz.aimaq.workbench.internal.window.Harness.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.regex.Pattern;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ProgressBar;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.jobs.Job;
import kz.aimaq.platform.api.jobs.JobState;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.internal.model.PerspectiveDescriptor;
import kz.aimaq.workbench.internal.model.StateStore;
import kz.aimaq.workbench.internal.model.WorkbenchState;

class WindowLifecycleTest {

    private static final Pattern KAZAKH = Pattern.compile("[әғқңөұүһіӘҒҚҢӨҰҮҺІ]");

    private Harness harness;

    @AfterEach
    void closeWindow() {
        if (harness != null) {
            harness.close();
        }
    }

    /** A module's perspective and its one view, registering after the window opened. */
    private static void addTaxPerspective(Harness h) {
        h.contributions.addPerspective(new PerspectiveDescriptor("tax", "Салық", null, 20, "", null,
                Harness.contributor("com.example.tax")));
        h.contributions.addView(view("rates", "Rates", "tax", Stacks.MAIN, 10, () -> labelView("rates")));
    }

    private void addViews(Harness h) {
        h.contributions.addPerspective(new PerspectiveDescriptor("tax", "Салық", null, 20, "", null,
                Harness.contributor("com.example.tax")));
        h.contributions.addView(view("units", "Әкімшілік бірліктер", Perspectives.HOME, Stacks.LEFT, 1,
                () -> labelView("Алматы облысы\nҚарасай ауданы\nҰзынағаш ауылдық округі")));
        h.contributions.addView(view("scores", "Дайындық бағалары", Perspectives.HOME, Stacks.MAIN, 1,
                () -> labelView("Өңірдің дайындық көрсеткіштері: әлеуметтік қызметтер, көлік, сумен қамту")));
        h.contributions.addView(view("notes", "Ескертпелер", Perspectives.HOME, Stacks.BOTTOM, 1,
                () -> labelView("Түсініктемелер мен өзгерістер тарихы")));
        h.contributions.addView(view("broken", "Қате көрініс", Perspectives.HOME, Stacks.MAIN, 2,
                () -> {
                    throw new IllegalStateException("дерекқор қолжетімсіз");
                }));
    }

    @Test
    void windowStatePersistsAcrossRestarts(@TempDir Path data) {
        RecordingLog storeLog = new RecordingLog();
        StateStore store = new StateStore(StateStore.fileFor(data, "aigerim"), storeLog);
        harness = new Harness(Languages.ENGLISH, Duration.ofSeconds(5));
        addViews(harness);
        harness.open(store.read());
        harness.window.shell().setBounds(40, 30, 1000, 700);
        harness.pumpUntil("views", () -> harness.tab("notes") != null);
        MenuItem notes = harness.menuItem(ViewTab.VIEW_ID, "notes");
        notes.setSelection(false);
        select(notes);
        MenuItem tax = harness.menuItem(PerspectiveSwitcher.PERSPECTIVE_ID, "tax");
        tax.setSelection(true);
        select(tax);
        harness.window.close();
        store.write(harness.window.state());
        harness.close();
        assertTrue(Files.isRegularFile(data.resolve("users/aigerim/workbench.json")));

        harness = new Harness(Languages.ENGLISH, Duration.ofSeconds(5));
        addViews(harness);
        harness.open(store.read());
        harness.flush();
        Rectangle bounds = harness.window.shell().getBounds();
        assertEquals(1000, bounds.width);
        assertEquals(700, bounds.height);
        assertEquals("tax", harness.window.state().perspective());
        assertNull(harness.tab("notes"), "the view the user closed stays closed");
        assertNotNull(harness.tab("units"));
        assertTrue(storeLog.lines.isEmpty(), storeLog.lines.toString());
    }

    @Test
    void thePerspectiveTheUserLeftInIsShownWhenItsModuleRegistersItAfterTheWindowOpened() {
        WorkbenchState leftInTax = new WorkbenchState(0, 0, 0, 0, false, "tax", java.util.Set.of(), java.util.Map.of());
        harness = new Harness(Languages.ENGLISH, Duration.ofSeconds(5));
        harness.open(leftInTax);
        harness.flush();
        assertEquals(Perspectives.HOME, harness.window.state().perspective(), "Home while the tax module starts");

        addTaxPerspective(harness);
        harness.pumpUntil("the tax perspective's view created", () -> harness.tab("rates") != null
                && harness.labelsOf(harness.tab("rates")).contains("rates"));
        assertEquals("tax", harness.window.state().perspective(), "the page the user left in, once it is there");
    }

    @Test
    void aPageTheUserChoseMeanwhileStays() {
        WorkbenchState leftInTax = new WorkbenchState(0, 0, 0, 0, false, "tax", java.util.Set.of(), java.util.Map.of());
        harness = new Harness(Languages.ENGLISH, Duration.ofSeconds(5));
        harness.contributions.addPerspective(new PerspectiveDescriptor("registry", "Тізілім", null, 10, "", null,
                Harness.contributor("com.example.registry")));
        harness.open(leftInTax);
        harness.flush();
        harness.window.showPerspective("registry");

        addTaxPerspective(harness);
        harness.pumpUntil("the tax perspective's tab", () -> harness.tab("rates") != null);
        harness.flush();
        assertEquals("registry", harness.window.state().perspective());
    }

    @Test
    void switchingToKazakhRelabelsMenusAndViewsAndRendersKazakhLetters() throws Exception {
        harness = new Harness(Languages.ENGLISH, Duration.ofSeconds(5));
        addViews(harness);
        harness.open(WorkbenchState.defaults());
        harness.window.shell().setBounds(0, 0, 1100, 720);
        harness.pumpUntil("views built", () -> harness.log.count("view scores opened") == 1);
        MenuItem language = harness.menuItem(MenuBars.MENU_ID, MenuBars.LANGUAGE);
        assertEquals("&Language", language.getText());

        MenuItem kazakh = harness.menuItem(MenuBars.LANGUAGE, "kk");
        kazakh.setSelection(true);
        select(kazakh);
        harness.flush();

        assertEquals(Languages.KAZAKH, harness.user.locale());
        String label = harness.menuItem(MenuBars.MENU_ID, MenuBars.LANGUAGE).getText();
        assertTrue(KAZAKH.matcher(label).find(), "Kazakh letters in " + label);
        assertTrue(harness.window.shell().getText().contains("Алматы облысы"), harness.window.shell().getText());
        assertEquals("Басты бет", harness.window.switcherItems()[0].getText());
        assertEquals("Дайын", harness.window.statusMessage());
        harness.tab("broken").getParent().setSelection(harness.tab("broken"));
        harness.tab("broken").getParent().notifyListeners(SWT.Selection, selectionOf(harness.tab("broken")));
        harness.pumpUntil("Kazakh placeholder", () -> harness.placeholder("broken") != null);
        String error = (String) harness.placeholder("broken").getData(ViewTab.ERROR);
        assertTrue(error.contains("бумасының"), error);
        harness.window.jobChanged(new FakeJob(7, "Есептер жасалуда", JobState.RUNNING, 0.4));
        harness.pumpUntil("job row", () -> cancelButton(harness) != null);
        harness.flush();
        saveScreenshot(harness, Path.of("target/screenshots/shell-kk.png"));
    }

    @Test
    void runningJobShowsProgressAndCancelCallsCancel() {
        harness = new Harness(Languages.ENGLISH, Duration.ofSeconds(5));
        harness.open(WorkbenchState.defaults());
        FakeJob job = new FakeJob(3, "Import", JobState.RUNNING, -1);
        harness.window.jobChanged(job);
        harness.pumpUntil("job row", () -> cancelButton(harness) != null);
        ProgressBar bar = progressBar(harness);
        assertTrue((bar.getStyle() & SWT.INDETERMINATE) != 0, "unknown progress shows an indeterminate bar");

        FakeJob halfway = new FakeJob(3, "Import", JobState.RUNNING, 0.5);
        harness.window.jobChanged(halfway);
        harness.pumpUntil("determinate bar", () -> (progressBar(harness).getStyle() & SWT.INDETERMINATE) == 0);
        assertEquals(500, progressBar(harness).getSelection());

        select(cancelButton(harness));
        harness.pumpUntil("cancel called", halfway.cancelled::get);
        harness.window.jobChanged(new FakeJob(3, "Import", JobState.CANCELLED, 0.5));
        harness.pumpUntil("job row removed", () -> cancelButton(harness) == null);
    }

    private static org.eclipse.swt.widgets.Event selectionOf(org.eclipse.swt.custom.CTabItem item) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.item = item;
        return event;
    }

    private static Button cancelButton(Harness h) {
        return Harness.all(h.window.shell()).stream().filter(c -> c.getData(StatusLine.CANCEL) != null)
                .map(Button.class::cast).findFirst().orElse(null);
    }

    private static ProgressBar progressBar(Harness h) {
        for (Control control : Harness.all(h.window.shell())) {
            if (control instanceof ProgressBar bar) {
                return bar;
            }
        }
        throw new AssertionError("no progress bar");
    }

    private static void saveScreenshot(Harness h, Path file) throws Exception {
        Files.createDirectories(file.getParent());
        Rectangle bounds = h.window.shell().getBounds();
        GC gc = new GC(h.display);
        Image image = new Image(h.display, bounds.width, bounds.height);
        try {
            gc.copyArea(image, bounds.x, bounds.y);
            ImageData data = image.getImageData();
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {data};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            image.dispose();
            gc.dispose();
        }
        assertTrue(Files.size(file) > 0);
    }

    /** A job as the platform's job service reports it. */
    record FakeJob(long id, String name, JobState state, double progress, AtomicBoolean cancelled) implements Job {

        FakeJob(long id, String name, JobState state, double progress) {
            this(id, name, state, progress, new AtomicBoolean());
        }

        @Override
        public String subTask() {
            return "";
        }

        @Override
        public Optional<Throwable> failure() {
            return Optional.empty();
        }

        @Override
        public void cancel() {
            cancelled.set(true);
        }

        @Override
        public CompletionStage<JobState> completion() {
            return new CompletableFuture<>();
        }
    }
}
