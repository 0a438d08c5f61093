package kz.aimaq.reporting.ui.internal;

import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import kz.aimaq.platform.api.AuditEntry;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.Problem;
import kz.aimaq.platform.api.jobs.BackgroundWork;
import kz.aimaq.platform.api.jobs.JobService;
import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.reporting.api.OutputFormat;
import kz.aimaq.reporting.api.ReportCatalog;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;

/**
 * What the reporting views share: the catalogue, work off the UI thread (as jobs with progress
 * and cancel where the platform's job service runs), and the report a Home tile asked to open.
 */
@Component(service = ReportsModel.class)
public final class ReportsModel {

    /** A request to open a report in the reports view: which, and for which unit. */
    record Opening(String reportId, String unit) {
    }

    private final ReportCatalog catalog;
    private final BackgroundWork work;
    private final List<Consumer<Opening>> openers = new CopyOnWriteArrayList<>();
    private volatile JobService jobs;
    private volatile AuditLog audit;
    private volatile ModuleManager modules;

    @Activate
    public ReportsModel(@Reference ReportCatalog catalog) {
        this.catalog = catalog;
        this.work = new BackgroundWork("aimaq-reporting-views", (what, why) -> { });
    }

    @Deactivate
    void deactivate() {
        work.close();
    }

    ReportCatalog catalog() {
        return catalog;
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setJobs(JobService service) {
        jobs = service;
    }

    public void unsetJobs(JobService service) {
        if (jobs == service) {
            jobs = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setAudit(AuditLog log) {
        audit = log;
    }

    public void unsetAudit(AuditLog log) {
        if (audit == log) {
            audit = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setModules(ModuleManager manager) {
        modules = manager;
    }

    public void unsetModules(ModuleManager manager) {
        if (modules == manager) {
            modules = null;
        }
    }

    /** Failed imports of submission files, newest first, for "what needs attention". */
    List<AuditEntry> failedImports() {
        AuditLog log = audit;
        if (log == null) {
            return List.of();
        }
        return log.entries().stream().filter(e -> e.action().equals("returns.import.refused"))
                .sorted((a, b) -> b.when().compareTo(a.when())).limit(5).toList();
    }

    /** Problems the module manager reports. */
    List<Problem> moduleProblems() {
        ModuleManager manager = modules;
        return manager == null ? List.of() : manager.problems();
    }

    /** Work that only reads, on the views' thread. */
    void read(Runnable task) {
        work.run(task);
    }

    /**
     * Makes a report off the UI thread; {@code done} or {@code failed} (with a message for the user)
     * is called on that thread: callers hop to the UI thread themselves.
     */
    void run(String reportId, ReportRequest request, Consumer<ReportResult> done, Consumer<String> failed) {
        work.run(() -> {
            try {
                done.accept(catalog.run(reportId, request, ProgressMonitor.UNWATCHED));
            } catch (Exception e) {
                failed.accept(e.getMessage());
            }
        });
    }

    /**
     * Writes a result to a file as a job with progress and cancel; the file appears only once
     * complete. {@code finished} gets {@code null} on success or the reason it did not happen.
     */
    void export(String jobName, ReportResult result, OutputFormat format, Path target, Consumer<String> finished) {
        work.job(jobs, jobName, monitor -> {
            Path partial = target.resolveSibling(target.getFileName() + ".part");
            try {
                monitor.begin(1);
                monitor.subTask(target.getFileName().toString());
                try (OutputStream out = Files.newOutputStream(partial)) {
                    catalog.write(result, format, out, monitor);
                }
                if (monitor.isCancelled()) {
                    Files.deleteIfExists(partial);
                    finished.accept("cancelled");
                    return;
                }
                Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
                monitor.worked(1);
                finished.accept(null);
            } catch (Exception e) {
                Files.deleteIfExists(partial);
                finished.accept(monitor.isCancelled() ? "cancelled" : e.getMessage());
            }
        });
    }

    /** Asks the reports view to show a report. */
    void open(String reportId, String unit) {
        openers.forEach(o -> o.accept(new Opening(reportId, unit)));
    }

    void onOpen(Consumer<Opening> opener) {
        openers.add(opener);
    }

    void removeOpener(Consumer<Opening> opener) {
        openers.remove(opener);
    }

    /** Progress nobody watches: reading a report for the window. */}
