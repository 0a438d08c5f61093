package kz.aimaq.workbench.internal.window;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Listener;
import org.eclipse.swt.widgets.MessageBox;
import org.eclipse.swt.widgets.Shell;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.jobs.Job;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.internal.model.CommandDescriptor;
import kz.aimaq.workbench.internal.model.Contributions;
import kz.aimaq.workbench.internal.model.Contributor;
import kz.aimaq.workbench.internal.model.KeyStrokes;
import kz.aimaq.workbench.internal.model.PerspectiveDescriptor;
import kz.aimaq.workbench.internal.model.ViewDescriptor;
import kz.aimaq.workbench.internal.model.WorkbenchState;

/**
 * The main window. Everything here runs on the UI thread; other threads reach it through
 * {@link UiSync}. After every change of {@link Contributions} the window reconciles its
 * perspectives, tabs, menus, toolbar and key bindings with what is registered.
 */
public final class WorkbenchWindow {

    private static final Comparator<CommandDescriptor> COMMAND_ORDER =
            Comparator.comparingInt(CommandDescriptor::position).thenComparing(CommandDescriptor::id);
    private static final Comparator<PerspectiveDescriptor> PERSPECTIVE_ORDER =
            Comparator.comparingInt(PerspectiveDescriptor::position).thenComparing(PerspectiveDescriptor::id);

    private final WindowContext context;
    private final Contributions contributions;
    private final Runnable onShown;
    private final Runnable onReady;
    private final PerspectiveDescriptor home;
    private final Map<ImageData, Image> images = new IdentityHashMap<>();
    private final Map<Integer, CommandDescriptor> keyBindings = new HashMap<>();
    private final Set<ViewTab> startup = new HashSet<>();
    /** Views the window waits for before it counts as shown, even if not registered yet when it opens. */
    private final Set<String> awaited = new HashSet<>();
    private java.time.Duration awaitLimit;
    /** Counts the time limits set on the awaited views: only the latest one ends the wait. */
    private int awaitGeneration;
    private final AtomicBoolean reconcilePending = new AtomicBoolean();
    private final Listener keyFilter = this::keyPressed;
    private final CommandRunner commands;
    private final MenuBars menuBars = new MenuBars(this);
    private WorkbenchState state;
    private Shell shell;
    private ToolBar commandBar;
    private PerspectiveSwitcher switcher;
    private PageArea pages;
    private StatusLine statusLine;
    private Locale appliedLocale;
    private Rectangle normalBounds;
    private boolean shown;
    private boolean ready;

    /**
     * @param onShown run once, when the window is open and its first visible views are built and painted,
     *        or failed, though the content a view said comes later may not be there yet; at the latest
     *        just before {@code onReady}
     * @param onReady run once, when the window is open and its first visible views have their content
     *        (created, and for a view that said its content comes later, that content shown) and are
     *        painted, or failed
     * @param awaitedViews views that must also be there before {@code onShown} and have their content
     *        before {@code onReady}, though they may register only after the window opened (Home's view
     *        comes with the reporting module)
     * @param awaitLimit how long after opening the window waits for them at most
     */
    public WorkbenchWindow(WindowContext context, Contributions contributions, WorkbenchState state, Runnable onShown,
            Runnable onReady, Set<String> awaitedViews, java.time.Duration awaitLimit) {
        this.awaited.addAll(awaitedViews);
        this.awaitLimit = awaitLimit;
        this.context = context;
        this.contributions = contributions;
        this.state = state;
        this.onShown = onShown;
        this.onReady = onReady;
        Contributor self = new Contributor("kz.aimaq.workbench", WindowContext::texts, WindowContext::texts);
        this.home = new PerspectiveDescriptor(Perspectives.HOME, "%perspective.home", null, 0, "", null, self);
        this.commands = new CommandRunner(context, () -> shell, this::showStatus, this::showView);
    }

    /** Builds and opens the shell; call on the UI thread. */
    public void open() {
        appliedLocale = context.user().locale();
        shell = new Shell(context.ui().display(), SWT.SHELL_TRIM);
        shell.setLayout(grid(1));
        Composite top = new Composite(shell, SWT.NONE);
        top.setLayout(grid(2));
        top.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        commandBar = new ToolBar(top, SWT.FLAT | SWT.RIGHT);
        commandBar.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        switcher = new PerspectiveSwitcher(top);
        switcher.control().setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        pages = new PageArea(shell, context, state, this::image, this::showStatus, this::showView, this::progressed,
                this::rebuildBars);
        pages.control().setLayoutData(new GridData(SWT.FILL, SWT.FILL, true, true));
        statusLine = new StatusLine(shell, context);
        statusLine.control().setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        shell.addListener(SWT.Resize, e -> rememberBounds());
        shell.addListener(SWT.Move, e -> rememberBounds());
        shell.addListener(SWT.Dispose, e -> disposed());
        context.ui().display().addFilter(SWT.KeyDown, keyFilter);
        if (state.hasBounds()) {
            shell.setBounds(state.x(), state.y(), state.width(), state.height());
        } else {
            // First start: most of the screen, centred; the module matrix has 20 region columns.
            org.eclipse.swt.graphics.Rectangle screen = context.ui().display().getPrimaryMonitor().getClientArea();
            int width = Math.max(1000, screen.width * 9 / 10);
            int height = Math.max(700, screen.height * 9 / 10);
            shell.setBounds(screen.x + (screen.width - width) / 2, screen.y + (screen.height - height) / 2, width,
                    height);
        }
        normalBounds = shell.getBounds();
        updateTitle();
        reconcile();
        shell.open();
        shell.setMaximized(state.maximized());
        startup.addAll(pages.pendingVisibleTabs());
        if (!Perspectives.HOME.equals(pages.activePerspective())) {
            // The awaited views are Home's: a window opening on another page is shown with that page.
            awaited.clear();
        }
        limitAwaiting();
        checkReady();
        contributions.onChange(this::contributionsChanged);
    }

    /**
     * Other views to wait for, from settings that came after the window opened: taken while it still
     * waits, with their time limit from now; once it is ready they change nothing. Any thread.
     */
    public void awaitViews(Set<String> views, java.time.Duration limit) {
        context.ui().async(() -> {
            if (ready || shell == null || shell.isDisposed()) {
                return;
            }
            awaited.clear();
            if (Perspectives.HOME.equals(pages.activePerspective())) {
                awaited.addAll(views);
            }
            awaitLimit = limit;
            limitAwaiting();
            checkReady();
        });
    }

    private void limitAwaiting() {
        if (awaited.isEmpty()) {
            return;
        }
        int generation = ++awaitGeneration;
        java.time.Duration limit = awaitLimit;
        shell.getDisplay().timerExec((int) Math.min(Integer.MAX_VALUE, limit.toMillis()), () -> {
            if (!ready && !awaited.isEmpty() && generation == awaitGeneration) {
                context.log().warn("the window counts as shown without " + awaited + ": not there with their"
                        + " content within " + limit.toMillis() + " ms");
                awaited.clear();
                checkReady();
            }
        });
    }

    /** Closes the window from any thread; the event loop then ends. */
    public void close() {
        context.ui().run(() -> {
            if (shell != null && !shell.isDisposed()) {
                shell.close();
                if (!shell.isDisposed()) {
                    shell.dispose();
                }
            }
        });
    }

    public Shell shell() {
        return shell;
    }

    /** The state to save: taken when the shell was disposed, or now while it is open. */
    public WorkbenchState state() {
        if (shell != null && !shell.isDisposed()) {
            captureState();
        }
        return state;
    }

    /** Shows the progress of a job; any thread. */
    public void jobChanged(Job job) {
        context.ui().async(() -> {
            if (statusLine != null) {
                statusLine.update(job);
            }
        });
    }

    /**
     * Shows a lasting warning while the database at {@code url} cannot be reached, or removes
     * it when {@code url} is null; any thread.
     */
    public void databaseUnreachable(String url) {
        context.ui().async(() -> {
            if (statusLine != null) {
                statusLine.databaseUnreachable(url);
            }
        });
    }

    String databaseWarning() {
        return statusLine.databaseWarning();
    }

    /** Applies the user's current language to every string; any thread. */
    public void localeChanged() {
        context.ui().run(() -> {
            if (shell == null || shell.isDisposed() || context.user().locale().equals(appliedLocale)) {
                return;
            }
            appliedLocale = context.user().locale();
            updateTitle();
            pages.relocalize();
            statusLine.relocalize();
            rebuildBars();
        });
    }

    void showStatus(String message) {
        if (statusLine != null) {
            statusLine.showMessage(message);
        }
    }

    String statusMessage() {
        return statusLine.message();
    }

    ToolItem[] switcherItems() {
        return switcher.control().getItems();
    }

    ToolItem[] commandItems() {
        return commandBar.getItems();
    }

    WindowContext context() {
        return context;
    }

    CommandRunner commands() {
        return commands;
    }

    String activePerspective() {
        return pages.activePerspective();
    }

    boolean isOpen(String viewId) {
        return pages.isOpen(viewId);
    }

    /** The perspective whose page shows the view. */
    String perspectiveOf(ViewDescriptor view) {
        return pages.perspectiveOf(view);
    }

    Image image(ImageData data) {
        return data == null ? null : images.computeIfAbsent(data, d -> new Image(shell.getDisplay(), d));
    }

    /** The command's key binding, or null when it has none or one that cannot be parsed (logged). */
    Integer accelerator(CommandDescriptor command) {
        if (command.keys() == null || command.keys().isBlank()) {
            return null;
        }
        try {
            return KeyStrokes.parse(command.keys());
        } catch (IllegalArgumentException e) {
            context.log().warn("command " + command.id() + " of bundle " + command.contributor().bundleName()
                    + " has no key binding: " + e.getMessage());
            return null;
        }
    }

    void setLanguage(Locale locale) {
        context.user().setLocale(locale);
        localeChanged();
    }

    void about() {
        MessageBox box = new MessageBox(shell, SWT.ICON_INFORMATION | SWT.OK);
        box.setText(context.texts().get("about.title"));
        box.setMessage(aboutText());
        box.open();
    }

    /** The About text; roles by their names in the user's language, not their ids. */
    String aboutText() {
        Messages texts = context.texts();
        UserContext user = context.user();
        String roles = user.roles().isEmpty() ? texts.get("about.noRoles") : user.roles().stream().sorted()
                .map(role -> texts.contains("role." + role) ? texts.get("role." + role) : role)
                .collect(java.util.stream.Collectors.joining(", "));
        return texts.get("about.text", context.version(), user.user(), regionName(), roles);
    }

    void setViewOpen(String viewId, boolean open) {
        pages.setViewOpen(viewId, open, visiblePerspectives(), visibleViews());
        rebuildBars();
    }

    /** Brings a view the user can see to the front, opening it again if closed; false for any other id. */
    boolean showView(String viewId) {
        if (shell == null || shell.isDisposed() || visibleViews().stream().noneMatch(v -> v.id().equals(viewId))) {
            return false;
        }
        setViewOpen(viewId, true);
        return true;
    }

    void showPerspective(String id) {
        pages.showPerspective(id);
        rebuildBars();
    }

    private void contributionsChanged() {
        // Many services arrive at once on start-up: one reconcile covers them all.
        if (reconcilePending.compareAndSet(false, true)) {
            context.ui().async(() -> {
                reconcilePending.set(false);
                if (shell != null && !shell.isDisposed()) {
                    reconcile();
                }
            });
        }
    }

    private void reconcile() {
        pages.reconcile(visiblePerspectives(), visibleViews());
        commands.retain(contributions.commands());
        rebuildBars();
    }

    private void progressed(ViewTab tab) {
        if (tab.isSettled() || tab.item().isDisposed()) {
            startup.remove(tab);
        }
        checkReady();
    }

    private void checkReady() {
        // a view behind another tab is not built until the user chooses it: the window is shown without it
        awaited.removeIf(id -> pages.isSettled(id) || pages.isHidden(id));
        boolean open = shell != null && shell.isVisible();
        if (!shown && open && startup.stream().allMatch(ViewTab::isBuilt) && awaited.stream().allMatch(pages::isBuilt)) {
            shown = true;
            shell.update();
            onShown.run();
        }
        if (!ready && startup.isEmpty() && awaited.isEmpty() && open) {
            ready = true;
            // Shown means painted: the paints the views' content asked for are done before "ready".
            shell.update();
            onReady.run();
        }
    }

    private void rebuildBars() {
        List<CommandDescriptor> visibleCommands = contributions.commands().stream()
                .filter(c -> permitted(c.role())).sorted(COMMAND_ORDER).toList();
        menuBars.buildMenuBar(visibleViews(), visiblePerspectives(), visibleCommands);
        menuBars.buildToolBar(commandBar, visibleCommands);
        switcher.rebuild(visiblePerspectives(), pages.activePerspective(), context.user().locale(), this::image,
                this::showPerspective);
        keyBindings.clear();
        for (CommandDescriptor command : visibleCommands) {
            Integer accelerator = MenuBars.menuOf(command).isEmpty() ? accelerator(command) : null;
            if (accelerator != null) {
                keyBindings.put(accelerator, command);
            }
        }
        shell.layout(true, true);
    }

    void keyPressed(Event event) {
        // Commands in a menu use the menu's accelerator; the others are bound here.
        if (shell == null || shell.isDisposed() || !(event.widget instanceof Control control)
                || control.isDisposed() || control.getShell() != shell) {
            return;
        }
        CommandDescriptor command = keyBindings.get(KeyStrokes.ofEvent(event.stateMask, event.keyCode));
        if (command != null) {
            event.doit = false;
            commands.execute(command);
        }
    }

    private List<ViewDescriptor> visibleViews() {
        List<ViewDescriptor> permittedViews = contributions.views().stream().filter(v -> permitted(v.role()))
                .sorted(PageArea.VIEW_ORDER).toList();
        Set<String> perspectives = new HashSet<>();
        visiblePerspectives().forEach(p -> perspectives.add(p.id()));
        Set<String> registered = new HashSet<>();
        contributions.perspectives().forEach(p -> registered.add(p.id()));
        return StrayViews.placeable(permittedViews, perspectives, registered, contributions::perspectiveComing);
    }

    private List<PerspectiveDescriptor> visiblePerspectives() {
        List<PerspectiveDescriptor> result = new ArrayList<>();
        result.add(home);
        contributions.perspectives().stream()
                .filter(p -> permitted(p.role()) && !Perspectives.HOME.equals(p.id()))
                .sorted(PERSPECTIVE_ORDER).forEach(result::add);
        return result;
    }

    private boolean permitted(String role) {
        return role == null || role.isBlank() || context.user().hasRole(role);
    }

    private void updateTitle() {
        shell.setText(context.texts().get("window.title", context.user().user(), regionName()));
    }

    private String regionName() {
        Region region = context.user().region();
        return region == null ? "" : region.name(context.user().locale());
    }

    private void rememberBounds() {
        if (!shell.getMaximized() && !shell.getMinimized()) {
            normalBounds = shell.getBounds();
        }
    }

    private void captureState() {
        state = new WorkbenchState(normalBounds.x, normalBounds.y, normalBounds.width, normalBounds.height,
                shell.getMaximized(), pages.activePerspective(), pages.closedViews(), pages.selectedTabs());
    }

    private void disposed() {
        // Closing tabs settles them; that must not count as being ready.
        ready = true;
        captureState();
        context.ui().display().removeFilter(SWT.KeyDown, keyFilter);
        contributions.onChange(null);
        pages.closeAll();
        commands.releaseAll();
        images.values().forEach(Image::dispose);
        images.clear();
    }

    private static GridLayout grid(int columns) {
        GridLayout layout = new GridLayout(columns, false);
        layout.marginWidth = 0;
        layout.marginHeight = 0;
        layout.verticalSpacing = 0;
        return layout;
    }
}
