package kz.aimaq.workbench.internal.window;

import static kz.aimaq.workbench.internal.window.Harness.command;
import static kz.aimaq.workbench.internal.window.Harness.labelView;
import static kz.aimaq.workbench.internal.window.Harness.select;
import static kz.aimaq.workbench.internal.window.Harness.view;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolItem;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.workbench.api.Menus;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.SelectedUnit;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.api.ViewSite;
import kz.aimaq.workbench.internal.model.CommandDescriptor;
import kz.aimaq.workbench.internal.model.PerspectiveDescriptor;
import kz.aimaq.workbench.internal.model.ViewDescriptor;
import kz.aimaq.workbench.internal.model.WorkbenchState;

class WorkbenchWindowTest {

    private Harness harness;

    @AfterEach
    void closeWindow() {
        if (harness != null) {
            harness.close();
        }
    }

    private Harness open(Duration timeout, String... roles) {
        harness = new Harness(Languages.ENGLISH, timeout, roles);
        harness.open(WorkbenchState.defaults());
        return harness;
    }

    @Test
    void registeredViewAppearsInItsStackAndDisappearsWhenRemoved() {
        Harness h = open(Duration.ofSeconds(5));
        ViewDescriptor registry = view("registry", "Registry", Perspectives.HOME, Stacks.LEFT, 10,
                () -> labelView("registry content"));
        h.contributions.addView(registry);
        h.pumpUntil("registry view created", () -> h.tab("registry") != null
                && h.labelsOf(h.tab("registry")).contains("registry content"));
        assertEquals(Stacks.LEFT, h.tab("registry").getParent().getData(PerspectivePage.STACK));
        assertTrue(h.log.count("view registry opened (bundle com.example.registry)") == 1, h.log.lines.toString());
        assertTrue(h.menuItem(ViewTab.VIEW_ID, "registry").getSelection(), "View menu shows the open view checked");

        h.contributions.removeView(registry);
        h.pumpUntil("registry tab removed", () -> h.tab("registry") == null);
        assertNull(h.menuItem(ViewTab.VIEW_ID, "registry"), "View menu no longer lists the view");
    }

    @Test
    void throwingViewShowsPlaceholderWhileOtherViewsWork() {
        Harness h = open(Duration.ofSeconds(5));
        h.contributions.addView(view("good", "Good", Perspectives.HOME, Stacks.LEFT, 10, () -> labelView("fine")));
        h.contributions.addView(view("bad", "Bad", Perspectives.HOME, Stacks.MAIN, 10,
                () -> (parent, site) -> {
                    new org.eclipse.swt.widgets.Label(parent, 0).setText("half built");
                    throw new IllegalStateException("no data source");
                }));
        h.pumpUntil("placeholder for bad", () -> h.placeholder("bad") != null);
        String message = (String) h.placeholder("bad").getData(ViewTab.ERROR);
        assertTrue(message.contains("bad") && message.contains("com.example.bad") && message.contains("no data source"),
                message);
        assertFalse(h.labelsOf(h.tab("bad")).contains("half built"), "partial content is disposed");
        h.pumpUntil("good view created", () -> h.labelsOf(h.tab("good")).contains("fine"));
        assertEquals(1, h.log.count("view bad failed (bundle com.example.bad): no data source"), h.log.lines.toString());
        assertFalse(h.window.shell().isDisposed());
    }

    @Test
    void blockingViewServiceGetsPlaceholderAfterTimeout() throws Exception {
        Harness h = open(Duration.ofMillis(300));
        CountDownLatch never = new CountDownLatch(1);
        h.contributions.addView(view("slow", "Slow", Perspectives.HOME, Stacks.MAIN, 10, () -> {
            try {
                never.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            return labelView("too late");
        }));
        h.pumpUntil("timeout placeholder", () -> h.placeholder("slow") != null);
        String message = (String) h.placeholder("slow").getData(ViewTab.ERROR);
        assertTrue(message.contains("300 ms") && message.contains("com.example.slow"), message);
        assertEquals(1, h.log.count("view slow failed (bundle com.example.slow)"), h.log.lines.toString());
        never.countDown();
    }

    @Test
    void commandMenuItemAppearsRunsAndDisappears() {
        Harness h = open(Duration.ofSeconds(5));
        AtomicInteger runs = new AtomicInteger();
        CommandDescriptor hello = command("hello", "Say hello", Menus.TOOLS, "Ctrl+Shift+H",
                context -> runs.incrementAndGet());
        h.contributions.addCommand(hello);
        h.pumpUntil("menu item", () -> h.menuItem(MenuBars.COMMAND_ID, "hello") != null);
        MenuItem item = h.menuItem(MenuBars.COMMAND_ID, "hello");
        assertEquals("Say hello", item.getText().split("\t")[0]);
        assertEquals(org.eclipse.swt.SWT.MOD1 | org.eclipse.swt.SWT.SHIFT | 'H', item.getAccelerator());
        assertEquals(Menus.TOOLS, item.getParent().getData(MenuBars.MENU_ID));
        select(item);
        h.pumpUntil("command ran", () -> runs.get() == 1);
        assertTrue(List.of(toolItems(h)).stream().anyMatch(t -> "hello".equals(t.getData(MenuBars.COMMAND_ID))));

        h.contributions.removeCommand(hello);
        h.pumpUntil("menu item gone", () -> h.menuItem(MenuBars.COMMAND_ID, "hello") == null);
        assertTrue(List.of(toolItems(h)).stream().noneMatch(t -> "hello".equals(t.getData(MenuBars.COMMAND_ID))));
    }

    @Test
    void disabledCommandIsGreyedWhenItsMenuShows() {
        Harness h = open(Duration.ofSeconds(5));
        h.contributions.addCommand(command("never", "Never", Menus.TOOLS, "", new kz.aimaq.workbench.api.Command() {
            @Override
            public void execute(kz.aimaq.workbench.api.CommandContext context) {
            }

            @Override
            public boolean isEnabled(kz.aimaq.workbench.api.CommandContext context) {
                return false;
            }
        }));
        h.pumpUntil("menu item", () -> h.menuItem(MenuBars.COMMAND_ID, "never") != null);
        h.pumpUntil("item greyed once the command is known", () -> {
            MenuItem item = h.menuItem(MenuBars.COMMAND_ID, "never");
            item.getParent().notifyListeners(org.eclipse.swt.SWT.Show, new org.eclipse.swt.widgets.Event());
            return !item.getEnabled();
        });
    }

    @Test
    void throwingCommandLeavesShellUpWithStatusMessage() {
        Harness h = open(Duration.ofSeconds(5));
        h.contributions.addCommand(command("boom", "Explode", Menus.TOOLS, "", context -> {
            throw new IllegalArgumentException("tax table missing");
        }));
        h.pumpUntil("menu item", () -> h.menuItem(MenuBars.COMMAND_ID, "boom") != null);
        select(h.menuItem(MenuBars.COMMAND_ID, "boom"));
        h.pumpUntil("status message", () -> h.window.statusMessage().contains("tax table missing"));
        assertTrue(h.window.statusMessage().contains("Explode"), h.window.statusMessage());
        assertEquals(1, h.log.count("command boom failed (bundle com.example.boom): tax table missing"));
        assertFalse(h.window.shell().isDisposed());
    }

    @Test
    void commandWithoutMenuRunsFromItsKeyBinding() {
        Harness h = open(Duration.ofSeconds(5));
        AtomicInteger runs = new AtomicInteger();
        h.contributions.addCommand(new CommandDescriptor("key", "Key only", "", false, null, "Alt+F5", 1, "",
                Harness.contributor("com.example.key"), Harness.source(() -> context -> runs.incrementAndGet())));
        h.flush();
        org.eclipse.swt.widgets.Event key = new org.eclipse.swt.widgets.Event();
        key.widget = h.window.shell();
        key.display = h.display;
        key.type = org.eclipse.swt.SWT.KeyDown;
        key.keyCode = org.eclipse.swt.SWT.F5;
        key.stateMask = org.eclipse.swt.SWT.ALT;
        h.window.keyPressed(key);
        h.pumpUntil("command ran by key", () -> runs.get() == 1);
    }

    @Test
    void aViewRegisteredJustBeforeItsPerspectiveIsNeverBuiltOnHome() {
        Harness h = open(Duration.ofSeconds(5));
        AtomicInteger built = new AtomicInteger();
        // as the components runtime says while the bundle registers its perspective after its views
        h.contributions.perspectivesComing("tax"::equals);
        h.contributions.addView(view("rates", "Rates", "tax", Stacks.BOTTOM, 10, () -> {
            built.incrementAndGet();
            return labelView("rates");
        }));
        h.drain();
        assertNull(h.tab("rates"), "the window reconciled and kept it back");
        h.contributions.addPerspective(new PerspectiveDescriptor("tax", "Tax", null, 20, "", null,
                Harness.contributor("com.example.tax")));
        h.pumpUntil("rates tab", () -> h.tab("rates") != null);
        assertEquals("tax", h.tab("rates").getParent().getData(PerspectivePage.PERSPECTIVE_ID));
        h.flush();
        assertEquals(0, built.get(), "home's empty bottom stack would have shown and built it");
    }

    @Test
    void aWaitingViewGoesHomeOnceItsPerspectiveIsNoLongerOnItsWay() {
        Harness h = open(Duration.ofSeconds(5));
        h.contributions.perspectivesComing("tax"::equals);
        h.contributions.addView(view("rates", "Rates", "tax", Stacks.MAIN, 10, () -> labelView("rates")));
        h.drain();
        assertNull(h.tab("rates"), "the window reconciled and kept it back");

        h.contributions.perspectivesComing(id -> false);
        h.pumpUntil("rates placed", () -> h.tab("rates") != null);
        assertEquals(Perspectives.HOME, h.tab("rates").getParent().getData(PerspectivePage.PERSPECTIVE_ID));
    }

    @Test
    void perspectivesJoinTheSwitcherAndUnknownPerspectiveViewsGoHome() {
        Harness h = open(Duration.ofSeconds(5));
        h.contributions.addPerspective(new PerspectiveDescriptor("tax", "Tax", null, 20, "", null,
                Harness.contributor("com.example.tax")));
        h.contributions.addView(view("rates", "Rates", "tax", Stacks.MAIN, 10, () -> labelView("rates")));
        h.contributions.addView(view("stray", "Stray", "no.such.perspective", Stacks.MAIN, 10, () -> labelView("stray")));
        h.pumpUntil("tax tab", () -> h.tab("rates") != null && h.tab("stray") != null);
        assertEquals("tax", h.tab("rates").getParent().getData(PerspectivePage.PERSPECTIVE_ID));
        assertEquals(Perspectives.HOME, h.tab("stray").getParent().getData(PerspectivePage.PERSPECTIVE_ID));
        ToolItem taxButton = List.of(h.window.switcherItems()).stream()
                .filter(t -> "tax".equals(t.getData(PerspectiveSwitcher.PERSPECTIVE_ID))).findFirst().orElseThrow();
        taxButton.setSelection(true);
        select(taxButton);
        h.pumpUntil("rates created once its perspective shows", () -> h.labelsOf(h.tab("rates")).contains("rates"));
        assertEquals("tax", h.window.state().perspective());
    }

    @Test
    void aViewBringsAnotherViewToTheFrontInItsPerspectiveThroughItsSite() {
        Harness h = open(Duration.ofSeconds(5));
        h.contributions.addPerspective(new PerspectiveDescriptor("tax", "Tax", null, 20, "", null,
                Harness.contributor("com.example.tax")));
        h.contributions.addView(view("rates", "Rates", "tax", Stacks.MAIN, 10, () -> labelView("rates")));
        h.contributions.addView(view("arrears", "Arrears", "tax", Stacks.MAIN, 20, () -> labelView("arrears")));
        AtomicReference<ViewSite> homeSite = new AtomicReference<>();
        h.contributions.addView(view("home", "Home", Perspectives.HOME, Stacks.MAIN, 10, () -> (parent, site) -> {
            homeSite.set(site);
            new org.eclipse.swt.widgets.Label(parent, 0).setText("home");
        }));
        h.contributions.addView(view("admin-only", "Secret", Perspectives.HOME, Stacks.MAIN, 20, "admin",
                () -> labelView("secret")));
        h.pumpUntil("home created", () -> homeSite.get() != null && h.tab("arrears") != null);
        assertEquals(Perspectives.HOME, h.window.state().perspective());

        assertTrue(homeSite.get().showView("arrears"));
        assertEquals("tax", h.window.state().perspective(), "the view's perspective comes to the front");
        assertEquals(h.tab("arrears"), h.tab("arrears").getParent().getSelection(), "and its tab is selected");
        h.pumpUntil("arrears created", () -> h.labelsOf(h.tab("arrears")).contains("arrears"));

        h.window.setViewOpen("rates", false);
        h.window.showPerspective(Perspectives.HOME);
        assertTrue(homeSite.get().showView("rates"), "a view the user closed opens again");
        assertNotNull(h.tab("rates"));
        assertEquals("tax", h.window.state().perspective());

        assertFalse(homeSite.get().showView("no.such.view"));
        assertFalse(homeSite.get().showView("admin-only"), "a view the user's roles do not show stays hidden");
        assertNull(h.tab("admin-only"));
    }

    @Test
    void theViewMenuListsTheViewsOfTheShownPerspectiveOnly() {
        Harness h = open(Duration.ofSeconds(5));
        h.contributions.addPerspective(new PerspectiveDescriptor("tax", "Tax", null, 20, "", null,
                Harness.contributor("com.example.tax")));
        h.contributions.addView(view("rates", "Rates", "tax", Stacks.MAIN, 10, () -> labelView("rates")));
        h.contributions.addView(view("notes", "Notes", Perspectives.HOME, Stacks.MAIN, 10, () -> labelView("notes")));
        h.pumpUntil("both tabs", () -> h.tab("rates") != null && h.tab("notes") != null);

        assertNotNull(h.menuItem(ViewTab.VIEW_ID, "notes"), "home's view on home");
        assertNull(h.menuItem(ViewTab.VIEW_ID, "rates"), "tax's view is not ticked on home");

        h.window.showPerspective("tax");

        assertNotNull(h.menuItem(ViewTab.VIEW_ID, "rates"));
        assertNull(h.menuItem(ViewTab.VIEW_ID, "notes"), "nor home's on tax");
        assertNotNull(h.tab("notes"), "home's view stays open there");
    }

    @Test
    void aboutNamesTheRolesInTheUsersLanguage() {
        harness = new Harness(Languages.RUSSIAN, Duration.ofSeconds(5), "analyst", "admin");
        harness.open(WorkbenchState.defaults());

        String text = harness.window.aboutText();

        assertTrue(text.contains("администратор, аналитик"), text);
    }

    @Test
    void viewsNeedingAMissingRoleAreHidden() {
        Harness h = open(Duration.ofSeconds(5), "analyst");
        h.contributions.addView(view("admin", "Admin", Perspectives.HOME, Stacks.MAIN, 1, "admin", () -> labelView("x")));
        h.contributions.addView(view("open", "Open", Perspectives.HOME, Stacks.MAIN, 2, "analyst", () -> labelView("y")));
        h.pumpUntil("analyst view", () -> h.tab("open") != null);
        assertNull(h.tab("admin"));
        assertNull(h.menuItem(ViewTab.VIEW_ID, "admin"));
    }

    @Test
    void selectionReachesViewsOnTheUiThreadUntilTheyAreDisposed() {
        Harness h = open(Duration.ofSeconds(5));
        AtomicReference<SelectedUnit> seen = new AtomicReference<>();
        AtomicReference<Thread> thread = new AtomicReference<>();
        ViewDescriptor follower = view("follower", "Follower", Perspectives.HOME, Stacks.MAIN, 1,
                () -> new View() {
                    @Override
                    public void createContent(Composite parent, ViewSite site) {
                        site.onSelection(unit -> {
                            seen.set(unit);
                            thread.set(Thread.currentThread());
                        });
                    }
                });
        h.contributions.addView(follower);
        h.pumpUntil("follower created", () -> h.log.count("view follower opened") == 1);
        SelectedUnit almaty = new SelectedUnit("190000000", "Алматы облысы", "Алматинская область");
        new Thread(() -> h.selection.select(almaty)).start();
        h.pumpUntil("selection delivered", () -> almaty.equals(seen.get()));
        assertEquals(h.display.getThread(), thread.get());

        h.contributions.removeView(follower);
        h.pumpUntil("follower gone", () -> h.tab("follower") == null);
        seen.set(null);
        h.selection.select(new SelectedUnit("750000000", "Алматы", "Алматы"));
        h.flush();
        assertNull(seen.get(), "a disposed view hears no more selections");
    }

    @Test
    void readySignalComesOnceTheVisibleViewsAreBuilt() {
        harness = new Harness(Languages.ENGLISH, Duration.ofSeconds(5));
        harness.contributions.addView(view("first", "First", Perspectives.HOME, Stacks.MAIN, 1, () -> labelView("1")));
        harness.open(WorkbenchState.defaults());
        assertEquals(0, harness.readyCount.get(), "not ready before the visible view exists");
        harness.pumpUntil("ready", () -> harness.readyCount.get() == 1);
        assertEquals(1, harness.log.count("view first opened"));
    }

    @Test
    void aViewWhoseContentComesLaterMakesTheWindowReadyOnlyWhenItSaysItsContentIsShown() {
        harness = new Harness(Languages.ENGLISH, Duration.ofSeconds(5));
        AtomicReference<ViewSite> home = new AtomicReference<>();
        harness.contributions.addView(view("home", "Home", Perspectives.HOME, Stacks.MAIN, 1,
                () -> (Composite parent, ViewSite site) -> {
                    site.contentPending();
                    new Label(parent, SWT.NONE).setText("loading");
                    home.set(site);
                }));
        harness.open(WorkbenchState.defaults());
        harness.pumpUntil("home created", () -> harness.log.count("view home opened") == 1);
        harness.drain();
        assertEquals(0, harness.readyCount.get(), "the frame and a loading label are not Home shown");
        // but Home's page is there: the modules its figures come from may start now
        assertEquals(1, harness.shownCount.get(), "shown once Home is built, its figures still coming");

        Thread figures = new Thread(() -> home.get().contentShown(), "figures-read");
        figures.start();
        harness.pumpUntil("ready", () -> harness.readyCount.get() == 1);
        home.get().contentShown();
        harness.drain();
        assertEquals(1, harness.readyCount.get(), "ready once");
        assertEquals(1, harness.shownCount.get(), "shown once");
    }

    /** Registers Home, whose content comes later, and returns its site once it is built. */
    private AtomicReference<ViewSite> homeWithFiguresComing() {
        AtomicReference<ViewSite> home = new AtomicReference<>();
        harness.contributions.addView(view("home", "Home", Perspectives.HOME, Stacks.MAIN, 1,
                () -> (Composite parent, ViewSite site) -> {
                    site.contentPending();
                    home.set(site);
                }));
        harness.pumpUntil("home created", () -> home.get() != null);
        return home;
    }

    /** A window waiting for Home's view, which has not registered yet: an empty frame, neither shown nor ready. */
    private void openAwaitingHome() {
        harness = new Harness(Languages.ENGLISH, Duration.ofSeconds(5));
        harness.open(WorkbenchState.defaults(), Set.of("home"), Duration.ofSeconds(30));
        harness.drain();
        assertEquals(0, harness.shownCount.get(), "an empty frame is not the window shown");
        assertEquals(0, harness.readyCount.get());
    }

    @Test
    void theWindowIsShownOnlyOnceTheAwaitedViewHasComeAndIsBuiltOrHasFailed() {
        openAwaitingHome();

        harness.contributions.addView(view("home", "Home", Perspectives.HOME, Stacks.MAIN, 1,
                () -> (Composite parent, ViewSite site) -> {
                    throw new IllegalStateException("no figures file");
                }));
        harness.pumpUntil("shown with Home's failure", () -> harness.shownCount.get() == 1);
        assertEquals(1, harness.log.count("view home failed"), harness.log.lines.toString());
        harness.drain();
        assertEquals(1, harness.readyCount.get(), "a failure is settled too");
        assertEquals(1, harness.shownCount.get(), "shown once");
    }

    @Test
    void anAwaitedViewRegisteredAfterTheWindowOpenedHoldsTheReadySignalUntilItsContentIsShown() {
        openAwaitingHome();

        AtomicReference<ViewSite> home = homeWithFiguresComing();
        harness.drain();
        assertEquals(0, harness.readyCount.get());

        home.get().contentShown();
        harness.pumpUntil("ready", () -> harness.readyCount.get() == 1);
    }

    @Test
    void viewsToAwaitFromSettingsThatCameLateAreTakenWhileTheWindowStillWaits() {
        openAwaitingHome();
        AtomicReference<ViewSite> home = homeWithFiguresComing();

        // conf/ is read behind the window: the settings name a view that never comes, waited for 300 ms
        harness.window.awaitViews(Set.of("other"), Duration.ofMillis(300));
        home.get().contentShown();
        harness.pumpUntil("ready after the new time limit", () -> harness.readyCount.get() == 1);
        assertEquals(1, harness.log.count("without [other]: not there with their content within 300 ms"),
                harness.log.lines.toString());

        harness.window.awaitViews(Set.of("late"), Duration.ofMillis(100));
        harness.drain();
        harness.flush(); // longer than the 100 ms
        assertEquals(0, harness.log.count("without [late]"), "once ready, settings change nothing");
    }

    @Test
    void anAwaitedViewBehindTheTabTheUserLeftInFrontIsNotWaitedFor() {
        harness = new Harness(Languages.ENGLISH, Duration.ofSeconds(5));
        harness.contributions.addView(view("reports", "Reports", Perspectives.HOME, Stacks.MAIN, 2,
                () -> labelView("reports")));
        harness.contributions.addView(view("home", "Home", Perspectives.HOME, Stacks.MAIN, 1,
                () -> (Composite parent, ViewSite site) -> site.contentPending()));
        WorkbenchState reportsInFront = new WorkbenchState(0, 0, 0, 0, false, Perspectives.HOME, Set.of(),
                java.util.Map.of(Perspectives.HOME + "/" + Stacks.MAIN, "reports"));
        harness.open(reportsInFront, Set.of("home"), Duration.ofSeconds(30));

        harness.pumpUntil("ready with the tab in front", () -> harness.readyCount.get() == 1);
        assertEquals(0, harness.log.count("without [home]"), "not after the time limit: " + harness.log.lines);
    }

    @Test
    void theTabAStackShowsWhenAnotherClosesIsNotRememberedAsTheUsersChoice() {
        Harness h = open(Duration.ofSeconds(5));
        ViewDescriptor home = view("home", "Home", Perspectives.HOME, Stacks.MAIN, 1, () -> labelView("home"));
        h.contributions.addView(home);
        h.contributions.addView(view("reports", "Reports", Perspectives.HOME, Stacks.MAIN, 2, () -> labelView("reports")));
        h.pumpUntil("both tabs, Home in front", () -> h.tab("reports") != null && h.tab("home") != null
                && h.tab("home").getParent().getSelection() == h.tab("home"));

        // as when the framework stops at log-out: the views go away one by one
        h.contributions.removeView(home);
        h.pumpUntil("Home's tab gone", () -> h.tab("home") == null);
        assertEquals(java.util.Map.of(), h.window.state().selectedTabs(), "the next start opens on Home again");
    }

    @Test
    void anAwaitedViewThatNeverComesLetsTheWindowBeReadyAfterItsTimeLimitAndSaysSo() {
        harness = new Harness(Languages.ENGLISH, Duration.ofSeconds(5));
        harness.open(WorkbenchState.defaults(), Set.of("home"), Duration.ofMillis(300));
        harness.pumpUntil("ready after the time limit", () -> harness.readyCount.get() == 1);
        assertEquals(1, harness.log.count("without [home]"));
        assertEquals(1, harness.shownCount.get(), "shown too: the modules behind the window must not wait longer");
    }

    @Test
    void aViewThatNeverSaysItsContentIsShownLetsTheWindowBeReadyAfterTheContentTimeLimit() {
        harness = new Harness(Languages.ENGLISH, Duration.ofMillis(300));
        long opened = System.nanoTime();
        harness.contributions.addView(view("silent", "Silent", Perspectives.HOME, Stacks.MAIN, 1,
                () -> (Composite parent, ViewSite site) -> site.contentPending()));
        harness.open(WorkbenchState.defaults());
        harness.pumpUntil("ready after the time limit", () -> harness.readyCount.get() == 1);
        assertTrue(System.nanoTime() - opened >= Duration.ofMillis(300 * ViewTab.CONTENT_LIMIT_FACTOR).toNanos(),
                "not before the content time limit");
    }

    @Test
    void userClosedViewStaysClosedAndReopensFromViewMenu() {
        Harness h = open(Duration.ofSeconds(5));
        h.contributions.addView(view("notes", "Notes", Perspectives.HOME, Stacks.BOTTOM, 1, () -> labelView("n")));
        h.pumpUntil("notes", () -> h.tab("notes") != null);
        MenuItem item = h.menuItem(ViewTab.VIEW_ID, "notes");
        item.setSelection(false);
        select(item);
        assertNull(h.tab("notes"));
        assertTrue(h.window.state().closedViews().contains("notes"));
        item = h.menuItem(ViewTab.VIEW_ID, "notes");
        item.setSelection(true);
        select(item);
        CTabItem reopened = h.tab("notes");
        assertNotNull(reopened);
        assertFalse(h.window.state().closedViews().contains("notes"));
    }

    private static ToolItem[] toolItems(Harness h) {
        return h.window.commandItems();
    }

    @Test
    void databaseWarningOutlastsOtherMessagesFollowsTheLanguageAndGoesWhenTheDatabaseAnswers() {
        Harness h = open(Duration.ofSeconds(5));
        h.window.databaseUnreachable("jdbc:postgresql://db.example:5432/aimaq");
        h.pumpUntil("database warning", () -> !h.window.databaseWarning().isEmpty());
        assertTrue(h.window.databaseWarning().startsWith("The database jdbc:postgresql://db.example:5432/aimaq"),
                h.window.databaseWarning());

        h.window.showStatus("Exported 12 units");
        h.user.setLocale(Languages.KAZAKH);
        h.window.localeChanged();
        h.pumpUntil("Kazakh warning", () -> h.window.databaseWarning().startsWith("Дерекқор"));
        assertEquals("Exported 12 units", h.window.statusMessage());

        h.window.databaseUnreachable(null);
        h.pumpUntil("warning removed", () -> h.window.databaseWarning().isEmpty());
        assertFalse(h.window.shell().isDisposed());
    }
}
