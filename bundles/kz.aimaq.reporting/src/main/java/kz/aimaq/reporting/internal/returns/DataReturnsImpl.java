package kz.aimaq.reporting.internal.returns;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.stream.Collectors;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.ModuleInfo;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.Right;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.reporting.api.DataReturns;
import kz.aimaq.reporting.api.DataSet;
import kz.aimaq.reporting.api.DataSetContribution;
import kz.aimaq.reporting.api.ImportSummary;
import kz.aimaq.reporting.api.Period;
import kz.aimaq.reporting.api.ReportStrings;
import kz.aimaq.reporting.api.ReturnException;
import kz.aimaq.reporting.api.ReturnRate;
import kz.aimaq.reporting.api.Submission;
import kz.aimaq.reporting.api.Title;
import kz.aimaq.reporting.api.UnitTimeline;
import kz.aimaq.reporting.internal.ReportAccess;
import kz.aimaq.storage.api.Database;
import kz.aimaq.storage.api.Migration;
import kz.aimaq.storage.api.MigrationException;
import kz.aimaq.storage.api.Migrations;

/**
 * Data returns over the workbench database: submissions kept per data set, period and unit;
 * expectations from the registry's history. Times are judged in UTC days.
 */
@Component(service = DataReturns.class)
public final class DataReturnsImpl implements DataReturns {

    public static final String OWNER = "reporting";
    public static final String MIGRATIONS = "db/reporting";
    static final String STRINGS = "returns";
    /**
     * The right a user needs to submit or import a unit's returns: keeping the data of the units in
     * one's scope, as registry editors and administrators do. Analysts only read.
     */
    static final Right SUBMIT_RIGHT = Right.EDIT_REGISTRY;

    private final ReturnStore store;
    private final UserContext user;
    private final RegistryService registry;
    private final Clock clock;
    /** The contributions in the order they came: of two with one id the first is kept. */
    private final List<DataSetContribution> contributions = new CopyOnWriteArrayList<>();
    private volatile AuditLog audit;
    private volatile UnitTimeline timeline;
    private volatile ModuleManager modules;
    private volatile EventAdmin events;

    @Activate
    public DataReturnsImpl(@Reference Database database, @Reference UserContext user, @Reference RegistryService registry,
            BundleContext context) throws MigrationException {
        this(database, Migrations.fromBundle(context.getBundle(), MIGRATIONS), user, registry, Clock.systemUTC(),
                List.of());
    }

    public DataReturnsImpl(Database database, List<Migration> migrations, UserContext user, RegistryService registry,
            Clock clock, List<DataSet> dataSets) throws MigrationException {
        database.migrate(OWNER, migrations);
        this.store = new ReturnStore(database.dataSource());
        this.user = user;
        this.registry = registry;
        this.clock = clock;
        dataSets.forEach(d -> contributions.add(() -> d));
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void addDataSet(DataSetContribution contribution) {
        contributions.add(contribution);
    }

    public void removeDataSet(DataSetContribution contribution) {
        contributions.remove(contribution);
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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setTimeline(UnitTimeline unitTimeline) {
        timeline = unitTimeline;
    }

    public void unsetTimeline(UnitTimeline unitTimeline) {
        if (timeline == unitTimeline) {
            timeline = null;
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

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    public void setEvents(EventAdmin admin) {
        events = admin;
    }

    public void unsetEvents(EventAdmin admin) {
        if (events == admin) {
            events = null;
        }
    }

    /**
     * The units whose region has enabled the data set's module: a region that has not enabled a
     * module owes none of its returns. A module the manager does not know is core. The policy is
     * read once per call, not once per unit (the manager reads its catalogue for every listing).
     */
    private Predicate<String> moduleEnabledFor(DataSet dataSet) {
        ModuleManager manager = modules;
        if (manager == null) {
            return unit -> true;
        }
        Optional<Set<String>> regions = manager.modules().stream().filter(m -> m.id().equals(dataSet.module()))
                .findFirst().map(ModuleInfo::enabledRegions);
        return unit -> regions.isEmpty() || unit.length() < 2 || regions.get().contains(unit.substring(0, 2) + "0000000");
    }

    /** Tells the views that scores or rates may have changed: returns of a data set were stored. */
    private void announce(Set<String> dataSets) {
        EventAdmin admin = events;
        if (admin != null) {
            for (String dataSet : dataSets) {
                admin.postEvent(new Event(TOPIC_SUBMITTED, Map.of(EVENT_DATA_SET, dataSet)));
            }
        }
    }

    private ReportStrings strings() {
        return ReportStrings.load(DataReturnsImpl.class, STRINGS, user.locale());
    }

    @Override
    public List<DataSet> dataSets() {
        Map<String, DataSet> byId = new java.util.TreeMap<>();
        for (DataSetContribution contribution : contributions) {
            DataSet dataSet = contribution.dataSet();
            byId.putIfAbsent(dataSet.id(), dataSet);
        }
        return List.copyOf(byId.values());
    }

    @Override
    public Optional<DataSet> dataSet(String id) {
        return dataSets().stream().filter(d -> d.id().equals(id)).findFirst();
    }

    @Override
    public Title fieldTitle(String dataSetId, String field) {
        for (DataSetContribution contribution : contributions) {
            DataSet dataSet = contribution.dataSet();
            if (dataSet.id().equals(dataSetId) && dataSet.fields().contains(field)) {
                return contribution.fieldTitle(field);
            }
        }
        return Title.of(field);
    }

    @Override
    public Submission submit(String dataSetId, Period period, String unit, Map<String, String> values) throws ReturnException {
        Submission submission = Submission.of(dataSetId, period.id(), unit, user.user(), clock.instant(), values);
        List<String> problems = new ArrayList<>();
        check(submission, null, 0, historyStart().orElse(null), problems);
        if (!problems.isEmpty()) {
            audit("returns.refused", dataSetId + "/" + period.id() + "@" + unit, String.join("; ", problems));
            throw new ReturnException(problems);
        }
        ReturnStore.Outcome outcome = store(List.of(submission)).get(0);
        audit("returns.submit", dataSetId + "/" + period.id() + "@" + unit, outcome + " " + submission.contentHash());
        announce(Set.of(dataSetId));
        try {
            return store.list(dataSetId, period.id(), unit).get(0);
        } catch (SQLException e) {
            throw new IllegalStateException("the return just stored cannot be read back", e);
        }
    }

    private List<ReturnStore.Outcome> store(List<Submission> submissions) {
        try {
            return store.store(submissions, clock.instant());
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store returns: " + e.getMessage(), e);
        }
    }

    /** Adds a problem for everything wrong with a return; {@code file} and {@code line} say where it was read. */
    private void check(Submission submission, String file, long line, LocalDate historyStart, List<String> problems) {
        ReportStrings s = strings();
        String where = file == null ? "" : s.get("where", file, line) + " ";
        Optional<DataSet> dataSet = dataSet(submission.dataSet());
        if (dataSet.isEmpty()) {
            problems.add(where + s.get("check.dataSet", "data_set", submission.dataSet()));
            return;
        }
        Period period;
        try {
            period = Period.parse(submission.period());
        } catch (IllegalArgumentException e) {
            problems.add(where + s.get("check.period", "period", submission.period()));
            return;
        }
        if (period.type() != dataSet.get().periodType()) {
            problems.add(where + s.get("check.periodType", "period", submission.period(), dataSet.get().periodType()));
        }
        for (String field : submission.values().keySet()) {
            if (!dataSet.get().fields().contains(field)) {
                problems.add(where + s.get("check.field", "field", field, String.join(", ", new java.util.TreeSet<>(dataSet.get().fields()))));
            }
        }
        for (String field : dataSet.get().fields()) {
            if (!submission.values().containsKey(field)) {
                problems.add(where + s.get("check.missing", "field", field));
            }
        }
        for (Map.Entry<String, String> value : submission.values().entrySet()) {
            if (!value.getValue().matches("-?\\d+(\\.\\d+)?")) {
                problems.add(where + s.get("check.number", "value", value.getKey(), value.getValue()));
            }
        }
        ReturnRate rate = rate(dataSet.get(), period, versionsOf(submission.unit()), Map.of(), historyStart);
        if (!rate.expected() || !moduleEnabledFor(dataSet.get()).test(submission.unit())) {
            problems.add(where + s.get("check.unit", "unit", submission.unit(), period.id()));
        }
        ReportAccess.refusal(user, submission.unit()).ifPresent(why -> problems.add(where + why));
        if (!user.may(SUBMIT_RIGHT, submission.unit())) {
            problems.add(where + s.get("check.right", "user", user.user(), submission.unit()));
        }
        if (!submission.intact()) {
            problems.add(where + s.get("check.hash", "content_hash"));
        }
        if (submission.submittedAt().isAfter(clock.instant())) {
            problems.add(where + s.get("check.future", "submitted_at", submission.submittedAt()));
        }
    }

    @Override
    public List<Submission> submissions(String dataSetId, Period period, String scopeCode) {
        try {
            return store.list(dataSetId, period.id(), prefix(scopeCode));
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read returns: " + e.getMessage(), e);
        }
    }

    @Override
    public void exportFile(String dataSetId, Period period, String scopeCode, OutputStream out) throws IOException {
        List<Submission> submissions = submissions(dataSetId, period, scopeCode);
        SubmissionFile.write(submissions, out);
        audit("returns.export", dataSetId + "/" + period.id() + "@" + (scopeCode == null ? "nation" : scopeCode),
                submissions.size() + " returns");
    }

    @Override
    public ImportSummary importFile(Path file) throws ReturnException, IOException {
        List<String> problems = new ArrayList<>();
        List<SubmissionFile.Read> reads = SubmissionFile.read(file, strings(), problems);
        LocalDate historyStart = historyStart().orElse(null);
        for (SubmissionFile.Read read : reads) {
            check(read.submission(), file.getFileName().toString(), read.line(), historyStart, problems);
        }
        if (!problems.isEmpty()) {
            audit("returns.import.refused", file.getFileName().toString(), problems.size() + " problems: " + problems.get(0));
            throw new ReturnException(problems);
        }
        List<ReturnStore.Outcome> outcomes = store(reads.stream().map(SubmissionFile.Read::submission).toList());
        ImportSummary summary = new ImportSummary(count(outcomes, ReturnStore.Outcome.ADDED),
                count(outcomes, ReturnStore.Outcome.REPLACED), count(outcomes, ReturnStore.Outcome.UNCHANGED));
        audit("returns.import", file.getFileName().toString(), summary.toString());
        announce(reads.stream().map(r -> r.submission().dataSet()).collect(Collectors.toSet()));
        return summary;
    }

    private static int count(List<ReturnStore.Outcome> outcomes, ReturnStore.Outcome outcome) {
        return (int) outcomes.stream().filter(o -> o == outcome).count();
    }

    @Override
    public Map<String, ReturnRate> rates(String dataSetId, Period period, String scopeCode) {
        DataSet dataSet = dataSet(dataSetId).orElseThrow(() -> new IllegalArgumentException("no data set " + dataSetId));
        Map<String, Submission> received = submissions(dataSetId, period, scopeCode).stream()
                .collect(Collectors.toMap(Submission::unit, s -> s));
        Map<String, List<Unit>> versions = versions(scopeCode).stream()
                .collect(Collectors.groupingBy(Unit::code, LinkedHashMap::new, Collectors.toList()));
        Map<String, ReturnRate> rates = new LinkedHashMap<>();
        LocalDate historyStart = historyStart().orElse(null);
        Predicate<String> enabled = moduleEnabledFor(dataSet);
        for (List<Unit> unitVersions : versions.values()) {
            ReturnRate rate = rate(dataSet, period, unitVersions, received, historyStart);
            if (rate.expected() && !enabled.test(rate.unit())) {
                rate = new ReturnRate(rate.unit(), false, false, false);
            }
            if (dataSet.expectedKinds().contains(latest(unitVersions).kind())) {
                rates.put(rate.unit(), rate);
            }
        }
        return rates;
    }

    /**
     * One unit's rate. It is expected when it is of an expected kind and existed on every day of
     * the period: its earliest version began on or before the first day (or on the first day of
     * the registry's history, {@code historyStart}, before which nothing is known: units of the
     * first classifier count as existing since before it), and its last version had not ended by
     * the last day. Renames and moves keep a unit existing under the same code.
     */
    static ReturnRate rate(DataSet dataSet, Period period, List<Unit> versions, Map<String, Submission> received,
            LocalDate historyStart) {
        if (versions.isEmpty()) {
            return new ReturnRate("", false, false, false);
        }
        Unit latest = latest(versions);
        LocalDate opened = versions.stream().map(Unit::validFrom).min(Comparator.naturalOrder()).orElseThrow();
        boolean openedInTime = !opened.isAfter(period.start()) || opened.equals(historyStart);
        boolean existed = openedInTime && (latest.validTo() == null || latest.validTo().isAfter(period.end()));
        boolean expected = existed && dataSet.expectedKinds().contains(latest.kind());
        Submission submission = received.get(latest.code());
        boolean got = expected && submission != null;
        boolean onTime = got && !LocalDate.ofInstant(submission.submittedAt(), ZoneOffset.UTC).isAfter(dataSet.deadline(period));
        return new ReturnRate(latest.code(), expected, got, onTime);
    }

    @Override
    public Optional<LocalDate> historyStart() {
        UnitTimeline t = timeline;
        if (t != null) {
            // from the versions in memory: the registry's history of each region is a table scan
            // on the database, and every completeness figure asks (Home's took seconds)
            Set<String> roots = registry.roots().stream().map(Unit::code).collect(Collectors.toSet());
            return t.versions(null).stream()
                    .filter(u -> roots.contains(u.code()) || roots.contains(u.successorCode()))
                    .map(Unit::validFrom).min(Comparator.naturalOrder());
        }
        return registry.roots().stream().flatMap(root -> registry.history(root.code()).stream())
                .map(Unit::validFrom).min(Comparator.naturalOrder());
    }

    private static Unit latest(List<Unit> versions) {
        return versions.stream().max(Comparator.comparing(Unit::validFrom)).orElseThrow();
    }

    private List<Unit> versionsOf(String code) {
        UnitTimeline t = timeline;
        if (t != null) {
            return t.versions(code).stream().filter(u -> u.code().equals(code)).toList();
        }
        return registry.history(code).stream().filter(u -> u.code().equals(code)).toList();
    }

    /** Every version in the scope; from the current registry only when no timeline is there. */
    List<Unit> versions(String scopeCode) {
        UnitTimeline t = timeline;
        if (t != null) {
            return t.versions(scopeCode);
        }
        List<Unit> units = new ArrayList<>();
        List<Unit> todo = new ArrayList<>(scopeCode == null ? registry.roots()
                : registry.find(scopeCode).map(List::of).orElse(List.of()));
        while (!todo.isEmpty()) {
            Unit unit = todo.remove(todo.size() - 1);
            units.add(unit);
            todo.addAll(registry.children(unit.code()));
        }
        return units;
    }

    /** Whether former units are known (a timeline is there), for the reports' notes. */
    public boolean knowsFormerUnits() {
        return timeline != null;
    }

    /** The KATO code prefix of a scope: {@code 1932} for the district {@code 193200000}. */
    static String prefix(String scopeCode) {
        if (scopeCode == null) {
            return "";
        }
        String prefix = scopeCode.replaceAll("0+$", "");
        if (prefix.length() % 2 == 1) {
            prefix = prefix + "0";
        }
        return prefix.length() < 2 ? scopeCode.substring(0, 2) : prefix;
    }

    private void audit(String action, String target, String detail) {
        AuditLog log = audit;
        if (log != null) {
            log.append(action, target, null, detail);
        }
    }
}
