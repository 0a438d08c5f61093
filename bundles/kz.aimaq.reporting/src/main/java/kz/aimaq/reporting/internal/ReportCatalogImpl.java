package kz.aimaq.reporting.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;

import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.ModuleInfo;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.jobs.ProgressMonitor;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.OutputFormat;
import kz.aimaq.reporting.api.Report;
import kz.aimaq.reporting.api.ReportCatalog;
import kz.aimaq.reporting.api.ReportException;
import kz.aimaq.reporting.api.ReportRequest;
import kz.aimaq.reporting.api.ReportResult;

/**
 * The reports of every module, filtered by the region policy, run after the access check and
 * audited, and written in the four formats.
 */
@Component(service = ReportCatalog.class)
public final class ReportCatalogImpl implements ReportCatalog {

    private final UserContext user;
    private final List<Report> reports = new CopyOnWriteArrayList<>();
    private volatile ModuleManager modules;
    private volatile AuditLog audit;

    @Activate
    public ReportCatalogImpl(@Reference UserContext user) {
        this.user = user;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addReport(Report report) {
        reports.add(report);
    }

    public void removeReport(Report report) {
        reports.remove(report);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setModuleManager(ModuleManager manager) {
        modules = manager;
    }

    public void unsetModuleManager(ModuleManager manager) {
        if (modules == manager) {
            modules = null;
        }
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setAuditLog(AuditLog log) {
        audit = log;
    }

    public void unsetAuditLog(AuditLog log) {
        if (audit == log) {
            audit = null;
        }
    }

    @Override
    public List<Report> reports() {
        List<Report> visible = new ArrayList<>();
        for (Report report : reports) {
            if (enabled(report.module())) {
                visible.add(report);
            }
        }
        visible.sort(Comparator.comparing(Report::id));
        return visible;
    }

    /** A report's module is enabled when the module manager says it runs here; unknown modules are core. */
    private boolean enabled(String module) {
        ModuleManager manager = modules;
        if (manager == null) {
            return true;
        }
        return manager.modules().stream().filter(m -> m.id().equals(module)).findFirst().map(ModuleInfo::active)
                .orElse(true);
    }

    @Override
    public Optional<Report> find(String id) {
        return reports().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    @Override
    public String scope() {
        return ReportAccess.defaultUnit(user);
    }

    @Override
    public ReportResult run(String reportId, ReportRequest request, ProgressMonitor monitor) throws ReportException {
        ReportStrings messages = ReportStrings.load(ReportCatalogImpl.class, "reporting", request.locale());
        String target = reportId + "@" + (request.unit() == null ? "nation" : request.unit());
        Report report = find(reportId).orElse(null);
        if (report == null) {
            audit("report.refused", target, "unknown report");
            throw new ReportException(messages.get("catalog.unknown", reportId));
        }
        Optional<String> refusal = ReportAccess.refusal(user, request.unit());
        if (refusal.isPresent()) {
            audit("report.refused", target, refusal.get());
            throw new ReportException(refusal.get());
        }
        ReportResult result = report.run(request, monitor);
        audit("report.run", target, String.valueOf(request.period()));
        return result;
    }

    private void audit(String action, String target, String detail) {
        AuditLog log = audit;
        if (log != null) {
            log.append(action, target, null, detail);
        }
    }

    @Override
    public void write(ReportResult result, OutputFormat format, OutputStream out, ProgressMonitor monitor) throws IOException {
        Writers.write(result, format, out, monitor);
    }
}
