package kz.aimaq.workbench.internal.window;

import java.util.LinkedHashMap;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Button;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.ProgressBar;

import kz.aimaq.platform.api.jobs.Job;
import kz.aimaq.platform.api.jobs.JobState;

/** The bottom line: a message, and a progress bar with a cancel button per running job. */
final class StatusLine {

    static final String MESSAGE = "aimaq.status.message";
    static final String JOB_ID = "aimaq.job.id";
    static final String CANCEL = "aimaq.job.cancel";
    static final String DATABASE_WARNING = "aimaq.status.database";

    private final WindowContext context;
    private final Composite root;
    private final Label message;
    private final Label databaseWarning;
    /** The unreachable database's address while it is unreachable, else null. */
    private String unreachableDatabase;
    private final Composite jobs;
    private final Map<Long, JobRow> rows = new LinkedHashMap<>();
    private boolean showingReady;

    StatusLine(Composite parent, WindowContext context) {
        this.context = context;
        root = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(3, false);
        layout.marginHeight = 2;
        root.setLayout(layout);
        message = new Label(root, SWT.NONE);
        message.setData(MESSAGE, Boolean.TRUE);
        message.setLayoutData(new GridData(SWT.FILL, SWT.CENTER, true, false));
        // Apart from the message, so that messages that come and go never hide it.
        databaseWarning = new Label(root, SWT.NONE);
        databaseWarning.setData(DATABASE_WARNING, Boolean.TRUE);
        databaseWarning.setForeground(root.getDisplay().getSystemColor(SWT.COLOR_DARK_RED));
        GridData warningData = new GridData(SWT.END, SWT.CENTER, false, false);
        warningData.exclude = true;
        databaseWarning.setLayoutData(warningData);
        databaseWarning.setVisible(false);
        jobs = new Composite(root, SWT.NONE);
        GridLayout jobsLayout = new GridLayout(1, false);
        jobsLayout.marginHeight = 0;
        jobsLayout.marginWidth = 0;
        jobs.setLayout(jobsLayout);
        jobs.setLayoutData(new GridData(SWT.END, SWT.CENTER, false, false));
        showReady();
    }

    Composite control() {
        return root;
    }

    String message() {
        return message.getText();
    }

    void showMessage(String text) {
        showingReady = false;
        if (!message.isDisposed()) {
            message.setText(text == null ? "" : text);
            message.setToolTipText(text);
        }
    }

    /** Shows the warning while the database at {@code url} is unreachable; {@code null} removes it (UI thread). */
    void databaseUnreachable(String url) {
        if (root.isDisposed()) {
            return;
        }
        unreachableDatabase = url;
        boolean show = url != null;
        databaseWarning.setText(show ? context.texts().get("status.databaseUnreachable", url) : "");
        databaseWarning.setToolTipText(show ? context.texts().get("status.databaseUnreachable.tip") : null);
        ((GridData) databaseWarning.getLayoutData()).exclude = !show;
        databaseWarning.setVisible(show);
        root.getParent().layout(true, true);
    }

    /** The database warning shown, or the empty text when none is. */
    String databaseWarning() {
        return databaseWarning.isVisible() ? databaseWarning.getText() : "";
    }

    /** Shows, updates or removes the row of {@code job} (UI thread). */
    void update(Job job) {
        if (root.isDisposed()) {
            return;
        }
        JobState state = job.state();
        if (state == JobState.WAITING || state == JobState.RUNNING) {
            rows.computeIfAbsent(job.id(), id -> new JobRow(jobs, job)).show(job);
        } else {
            JobRow row = rows.remove(job.id());
            if (row != null) {
                row.dispose();
            }
            if (state == JobState.FAILED) {
                showMessage(context.texts().get("job.failed", job.name(),
                        job.failure().map(WindowContext::describe).orElse("")));
            }
        }
        ((GridLayout) jobs.getLayout()).numColumns = Math.max(1, rows.size());
        root.getParent().layout(true, true);
    }

    void relocalize() {
        if (showingReady) {
            showReady();
        }
        if (unreachableDatabase != null) {
            databaseUnreachable(unreachableDatabase);
        }
        rows.values().forEach(JobRow::relabel);
    }

    private void showReady() {
        showMessage(context.texts().get("status.ready"));
        showingReady = true;
    }

    private final class JobRow {

        private final Composite row;
        private final Label name;
        private final Button cancel;
        private ProgressBar bar;
        private boolean indeterminate;
        private Job current;

        JobRow(Composite parent, Job job) {
            current = job;
            row = new Composite(parent, SWT.NONE);
            row.setData(JOB_ID, job.id());
            GridLayout layout = new GridLayout(3, false);
            layout.marginHeight = 0;
            row.setLayout(layout);
            name = new Label(row, SWT.NONE);
            indeterminate = job.progress() < 0;
            bar = newBar();
            cancel = new Button(row, SWT.PUSH);
            cancel.setData(CANCEL, job.id());
            cancel.addListener(SWT.Selection, e -> {
                cancel.setEnabled(false);
                Job cancelled = current;
                context.workers().execute(cancelled::cancel);
            });
            relabel();
        }

        private ProgressBar newBar() {
            ProgressBar created = new ProgressBar(row, SWT.HORIZONTAL | (indeterminate ? SWT.INDETERMINATE : 0));
            created.setMaximum(1000);
            GridData data = new GridData(SWT.FILL, SWT.CENTER, false, false);
            data.widthHint = 140;
            created.setLayoutData(data);
            return created;
        }

        void show(Job job) {
            current = job;
            String subTask = job.subTask();
            name.setText(subTask == null || subTask.isBlank() ? job.name() : job.name() + " — " + subTask);
            boolean nowIndeterminate = job.progress() < 0;
            if (nowIndeterminate != indeterminate) {
                // SWT fixes INDETERMINATE at creation, so the bar is replaced.
                indeterminate = nowIndeterminate;
                bar.dispose();
                bar = newBar();
                bar.moveAbove(cancel);
            }
            if (!indeterminate) {
                bar.setSelection((int) Math.round(Math.min(1, job.progress()) * 1000));
            }
            row.layout(true);
        }

        void relabel() {
            cancel.setText(context.texts().get("job.cancel"));
        }

        void dispose() {
            row.dispose();
        }
    }
}
