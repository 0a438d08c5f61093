package kz.aimaq.workbench.internal.window;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.internal.model.ServiceSource;
import kz.aimaq.workbench.internal.model.ViewDescriptor;

/**
 * One view in a stack, from tab to content, with its failures contained: the service is
 * looked up off the UI thread with a time limit, and a look-up or {@code createContent} that
 * fails leaves an error placeholder in the tab instead of the view. The content is created
 * only when the tab is first shown.
 */
final class ViewTab {

    static final String VIEW_ID = "aimaq.view.id";
    static final String ERROR = "aimaq.error";
    /** How many contribution time limits a view may take to show the content it said comes later. */
    static final int CONTENT_LIMIT_FACTOR = 6;

    private enum State { NEW, LOADING, CREATED, FAILED }

    private final ViewDescriptor descriptor;
    private final WindowContext context;
    private final Consumer<String> status;
    private final Predicate<String> viewOpener;
    private final Consumer<ViewTab> progressed;
    private final CTabItem item;
    private final Composite holder;
    private State state = State.NEW;
    private View view;
    private WindowSite site;
    private Throwable failure;
    private boolean failureLogged;
    private boolean settledReported;
    private int generation;

    ViewTab(ViewDescriptor descriptor, CTabFolder folder, int index, Image icon, WindowContext context,
            Consumer<String> status, Predicate<String> viewOpener, Consumer<ViewTab> progressed) {
        this.descriptor = descriptor;
        this.viewOpener = viewOpener;
        this.context = context;
        this.status = status;
        this.progressed = progressed;
        item = new CTabItem(folder, SWT.CLOSE, index);
        item.setData(VIEW_ID, descriptor.id());
        item.setData(ViewTab.class.getName(), this);
        item.setImage(icon);
        holder = new Composite(folder, SWT.NONE);
        holder.setLayout(new FillLayout());
        item.setControl(holder);
        updateTitle();
    }

    ViewDescriptor descriptor() {
        return descriptor;
    }

    CTabItem item() {
        return item;
    }

    /** Created with its content there (see {@code ViewSite.contentPending}), or failed. */
    boolean isSettled() {
        return settledReported;
    }

    /** Created, though the content it said comes later may not be there yet, or failed. */
    boolean isBuilt() {
        return state == State.CREATED || state == State.FAILED;
    }

    void updateTitle() {
        item.setText(descriptor.contributor().text(descriptor.title(), context.user().locale()));
    }

    /** Looks the view up and builds it, unless that has started already. */
    void ensureCreated() {
        if (state != State.NEW || item.isDisposed()) {
            return;
        }
        state = State.LOADING;
        showLoading();
        int lookup = ++generation;
        CompletableFuture<View> found = new CompletableFuture<>();
        try {
            context.workers().execute(() -> acquire(found));
        } catch (RuntimeException e) {
            found.completeExceptionally(e);
        }
        found.orTimeout(context.timeout().toMillis(), TimeUnit.MILLISECONDS)
                .whenComplete((result, error) -> context.ui().async(() -> acquired(lookup, result, error)));
    }

    private void acquire(CompletableFuture<View> found) {
        try {
            View result = descriptor.source().acquire();
            if (result == null) {
                throw new IllegalStateException("no service object: its component did not activate or it was unregistered");
            }
            if (!found.complete(result)) {
                // Too late: the placeholder is showing; give the service back.
                descriptor.source().release(result);
            }
        } catch (Exception | LinkageError e) {
            found.completeExceptionally(e);
        }
    }

    private void acquired(int lookup, View result, Throwable error) {
        if (lookup != generation || item.isDisposed()) {
            if (result != null) {
                release(result);
            }
            return;
        }
        if (error != null) {
            fail(error instanceof CompletionException && error.getCause() != null ? error.getCause() : error);
            return;
        }
        view = result;
        create();
    }

    private void create() {
        clearHolder();
        Composite parent = new Composite(holder, SWT.NONE);
        parent.setLayout(new FillLayout());
        site = new WindowSite(descriptor.id(), context, descriptor.contributor().messages(context.user().locale()),
                status, parent::getShell, viewOpener);
        WindowSite created = site;
        try {
            view.createContent(parent, site);
            state = State.CREATED;
            holder.layout(true, true);
            context.log().info("view " + descriptor.id() + " opened (bundle " + bundleName() + ")");
            if (created.isContentPending()) {
                // Settled when the view says its content is there, or at the latest after the content
                // time limit: content is data read, which may take longer than a component activating.
                created.onContentShown(this::reportSettled);
                progressed.accept(this);
                holder.getDisplay().timerExec((int) Math.min(Integer.MAX_VALUE,
                        context.timeout().toMillis() * CONTENT_LIMIT_FACTOR), this::reportSettled);
            } else {
                reportSettled();
            }
        } catch (Exception | LinkageError e) {
            site.close();
            guard("dispose", view::dispose);
            parent.dispose();
            fail(e);
        }
    }

    /** Tells the window once that this tab has its content, or failed; later calls do nothing. */
    private void reportSettled() {
        if (!settledReported && !item.isDisposed()) {
            settledReported = true;
            progressed.accept(this);
        }
    }

    private void fail(Throwable error) {
        state = State.FAILED;
        failure = error;
        clearHolder();
        Messages texts = context.texts();
        String reason = error instanceof TimeoutException
                ? texts.get("view.timeout", context.timeout().toMillis())
                : WindowContext.describe(error);
        String message = texts.get("view.failed", descriptor.id(), bundleName(), reason);
        Composite placeholder = new Composite(holder, SWT.NONE);
        placeholder.setData(ERROR, message);
        placeholder.setLayout(new GridLayout(2, false));
        Label icon = new Label(placeholder, SWT.NONE);
        icon.setImage(holder.getDisplay().getSystemImage(SWT.ICON_ERROR));
        icon.setLayoutData(new GridData(SWT.BEGINNING, SWT.BEGINNING, false, false));
        Label text = new Label(placeholder, SWT.WRAP);
        text.setText(message);
        text.setLayoutData(new GridData(SWT.FILL, SWT.BEGINNING, true, false));
        holder.layout(true, true);
        if (!failureLogged && !(error instanceof ServiceSource.Closing)) {
            failureLogged = true;
            context.log().error("view " + descriptor.id() + " failed (bundle " + bundleName() + "): "
                    + (error instanceof TimeoutException ? "no answer within " + context.timeout().toMillis() + " ms"
                            : WindowContext.describe(error)), error);
        }
        reportSettled();
    }

    /** Rebuilds title and content in the user's current language. */
    void relocalize() {
        updateTitle();
        switch (state) {
            case CREATED -> {
                disposeContent();
                create();
            }
            case FAILED -> fail(failure);
            case LOADING -> showLoading();
            default -> {
            }
        }
    }

    void focus() {
        if (state == State.CREATED) {
            guard("setFocus", view::setFocus);
        }
    }

    /** Disposes the view and its tab and gives the service back. */
    void close() {
        generation++;
        disposeContent();
        if (view != null) {
            release(view);
            view = null;
        }
        if (!holder.isDisposed()) {
            holder.dispose();
        }
        if (!item.isDisposed()) {
            item.dispose();
        }
    }

    private void disposeContent() {
        if (site != null) {
            site.close();
            site = null;
        }
        if (state == State.CREATED && view != null) {
            guard("dispose", view::dispose);
        }
        clearHolder();
    }

    private void showLoading() {
        clearHolder();
        Label loading = new Label(holder, SWT.NONE);
        loading.setText(context.texts().get("view.loading"));
        holder.layout(true, true);
    }

    private void clearHolder() {
        if (holder.isDisposed()) {
            return;
        }
        for (Control child : holder.getChildren()) {
            child.dispose();
        }
    }

    private void release(View released) {
        try {
            context.workers().execute(() -> {
                try {
                    descriptor.source().release(released);
                } catch (RuntimeException e) {
                    context.log().warn("releasing view " + descriptor.id() + " of bundle " + bundleName()
                            + " failed: " + WindowContext.describe(e));
                }
            });
        } catch (RuntimeException e) {
            context.log().warn("cannot release view " + descriptor.id() + ": " + WindowContext.describe(e));
        }
    }

    private void guard(String what, Runnable call) {
        try {
            call.run();
        } catch (RuntimeException | LinkageError e) {
            context.log().error("view " + descriptor.id() + " failed in " + what + " (bundle " + bundleName() + "): "
                    + WindowContext.describe(e), e);
        }
    }

    private String bundleName() {
        return descriptor.contributor().bundleName();
    }
}
