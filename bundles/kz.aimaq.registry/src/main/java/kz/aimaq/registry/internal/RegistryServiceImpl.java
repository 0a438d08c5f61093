package kz.aimaq.registry.internal;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Consumer;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import kz.aimaq.csv.CsvConvention;
import kz.aimaq.platform.api.AccessDeniedException;
import kz.aimaq.platform.api.AuditLog;
import kz.aimaq.platform.api.CurrentAuditLog;
import kz.aimaq.platform.api.Right;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.Fact;
import kz.aimaq.registry.api.ImportException;
import kz.aimaq.registry.api.ImportPreview;
import kz.aimaq.registry.api.ImportProblem;
import kz.aimaq.registry.api.OutOfScopeException;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.SearchHit;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitChange;
import kz.aimaq.registry.api.UnitEdit;
import kz.aimaq.storage.api.Database;
import kz.aimaq.storage.api.Migration;
import kz.aimaq.storage.api.MigrationException;

/**
 * The registry: migrates its tables, seeds the shipped classifier into an empty database,
 * serves reads from a {@link UnitIndex} and writes versions, never deleting history. On a first
 * start the index is built from the shipped rows and serves reads while they are written.
 * Constructed, loaded and registered by {@link RegistryLoad} on a thread of its own.
 */
public final class RegistryServiceImpl implements RegistryService {

    static final String OWNER = "registry";
    static final String MIGRATIONS = "db/registry";

    /** How long a read or write of the database waits for a first start's seed: a first start under -Xint. */
    private static final long SEED_WAIT_MINUTES = 10;

    private final Database database;
    private final RegistryStore store;
    private final UserContext user;
    private final AuditLog audit;
    private final Clock clock;
    private final Object writeLock = new Object();
    private volatile UnitIndex index;
    /** Every version as the database holds it, current ones with their population, then the ended ones. */
    private volatile List<Unit> versions;
    private final AtomicReference<EventAdmin> events = new AtomicReference<>();
    /** Done when the database holds what the index shows; failed if a first start's seed failed. */
    private final CompletableFuture<Void> written = new CompletableFuture<>();
    /** A first start's data, indexed and not yet written; null once written or on a later start. */
    private volatile Seeding.Prepared pendingSeed;
    /** The tables' migration, which a first start runs beside reading the shipped data. */
    private volatile CompletableFuture<Void> migrated;

    /** Where committed changes are announced ({@link RegistryLoad} hands it the Event Admin); null: nowhere. */
    void announceChangesTo(EventAdmin admin) {
        events.set(admin);
    }

    /**
     * Migrates the tables and reads the registry back; or on a first start (no unit, or no table
     * yet) builds the index from the shipped data while the tables migrate on another thread, and
     * returns without waiting for them: the registry serves reads at once and {@link #finishSeed}
     * waits for the migration and writes the rows behind it; until that commit, what needs the
     * database waits for it.
     */
    RegistryServiceImpl(Database database, List<Migration> migrations, UserContext user, AuditLog audit, Clock clock,
            Consumer<String> log) throws MigrationException, SQLException {
        this.database = database;
        this.store = new RegistryStore(database.dataSource());
        this.user = user;
        this.audit = audit;
        this.clock = clock;
        if (store.isEmptyOrAbsent()) {
            // First start: the tables migrate on another thread while this one reads the shipped data.
            migrated = CompletableFuture.runAsync(() -> {
                try {
                    database.migrate(OWNER, migrations);
                } catch (MigrationException e) {
                    throw new java.util.concurrent.CompletionException(e);
                }
            });
            pendingSeed = Seeding.prepare(log);
            index = pendingSeed.index();
            versions = concat(pendingSeed.index().all(), pendingSeed.former());
            return;
        }
        migrated = CompletableFuture.completedFuture(null);
        database.migrate(OWNER, migrations);
        long start = System.nanoTime();
        reload();
        log.accept("Registry: read " + index.size() + " current units back in " + (System.nanoTime() - start) / 1_000_000
                + " ms");
        written.complete(null);
        List<Unit> missing = Seeding.missingMoves(index, log);
        if (!missing.isEmpty()) {
            // Under the seeding lock, and only if no other process recorded them meanwhile.
            write(() -> store.inTransaction(c -> {
                database.lock(c, Seeding.LOCK);
                if (!store.hasChangeNote(c, Seeding.MOVES_NOTE)) {
                    store.insertEnded(c, missing, ShippedData.KATO_VERSION, Seeding.MOVES_NOTE);
                }
            }));
            log.accept("Registry: recorded " + missing.size() + " code changes of the 2022 reform from "
                    + ShippedData.MOVES_FILE + " into a registry seeded without them");
        }
    }

    /**
     * On a first start, writes the shipped data the index already serves, in one transaction
     * (nothing if another process seeded meanwhile: then its rows are read back); does nothing
     * on a later start. Call on the loading thread once the registry is constructed; may be
     * called again when the database cancelled the transaction to break a deadlock.
     */
    void finishSeed(Consumer<String> log) throws SQLException, MigrationException {
        Seeding.Prepared prepared = pendingSeed;
        if (prepared == null) {
            return;
        }
        awaitMigrated();
        if (!Seeding.write(database, store, prepared, log)) {
            reload();
        }
        pendingSeed = null;
        written.complete(null);
    }

    private void awaitMigrated() throws MigrationException {
        try {
            migrated.join();
        } catch (java.util.concurrent.CompletionException e) {
            if (e.getCause() instanceof MigrationException migration) {
                throw migration;
            }
            throw e.getCause() instanceof RuntimeException runtime ? runtime : e;
        }
    }

    /** The first start's seed failed for good: what waits for the database fails with the cause. */
    void seedFailed(Throwable cause) {
        pendingSeed = null;
        written.completeExceptionally(cause);
    }

    /**
     * Waits until the database holds what the index shows: at once, except during a first start's
     * seed (a second or two, behind the open window).
     */
    private void awaitWritten() {
        try {
            written.get(SEED_WAIT_MINUTES, TimeUnit.MINUTES);
        } catch (ExecutionException e) {
            throw new IllegalStateException("the registry's first seed failed: " + e.getCause().getMessage(),
                    e.getCause());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while the registry was seeding", e);
        } catch (TimeoutException e) {
            throw new IllegalStateException("the registry is still seeding after " + SEED_WAIT_MINUTES + " minutes", e);
        }
    }

    private void reload() throws SQLException {
        Map<String, Long> population = store.population();
        RegistryStore.Versions read = store.versions(population);
        index = UnitIndex.of(read.current(), read.former());
        versions = concat(read.current(), read.former());
    }

    private static List<Unit> concat(List<Unit> current, List<Unit> ended) {
        List<Unit> all = new ArrayList<>(current.size() + ended.size());
        all.addAll(current);
        all.addAll(ended);
        return List.copyOf(all);
    }

    /**
     * Every version of every unit, ended ones included (those of abolished units too), as the
     * database holds them after this registry's last write; current ones with their population.
     */
    List<Unit> versions() {
        return versions;
    }

    @Override
    public Optional<Unit> find(String code) {
        return index.find(code);
    }

    @Override
    public List<Unit> roots() {
        return index.children(null);
    }

    @Override
    public List<Unit> children(String code) {
        return index.children(code);
    }

    @Override
    public List<Unit> ancestors(String code) {
        return index.ancestors(code);
    }

    @Override
    public List<Unit> search(String text, int limit) {
        return index.search(text, limit);
    }

    @Override
    public List<SearchHit> searchWithFormer(String text, int limit) {
        return index.searchWithFormer(text, limit);
    }

    @Override
    public List<Unit> history(String code) {
        awaitWritten();
        try {
            return store.history(code);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the history of " + code + ": " + e.getMessage(), e);
        }
    }

    @Override
    public List<Fact> facts(String code) {
        awaitWritten();
        try {
            return store.facts(code);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the facts of " + code + ": " + e.getMessage(), e);
        }
    }

    @Override
    public void addFact(Fact fact) throws OutOfScopeException {
        awaitWritten();
        require(Right.EDIT_REGISTRY, "registry.fact.add", fact.code());
        if (index.find(fact.code()).isEmpty()) {
            throw new IllegalArgumentException("no current unit " + fact.code());
        }
        write(() -> store.inTransaction(c -> {
            store.insertFacts(c, List.of(fact));
            audit.append(c, "registry.fact.add", fact.code(), "", fact.key() + " " + fact.periodStart() + ".."
                    + fact.periodEnd() + " = " + fact.value());
        }));
    }

    @Override
    public Unit update(UnitEdit edit) throws OutOfScopeException {
        awaitWritten();
        synchronized (writeLock) {
            Unit before = index.find(edit.code())
                    .orElseThrow(() -> new IllegalArgumentException("no current unit " + edit.code()));
            require(Right.EDIT_REGISTRY, "registry.unit.update", before.code());
            String parentCode = edit.parentCode() == null ? before.parentCode() : edit.parentCode();
            Unit parent = parentCode == null ? null : index.find(parentCode)
                    .orElseThrow(() -> new IllegalArgumentException("parent " + parentCode + " is not a current unit"));
            if (parent != null) {
                require(Right.EDIT_REGISTRY, "registry.unit.update", parent.code());
                if (!KatoCode.contains(parent.code(), before.code())) {
                    throw new IllegalArgumentException("parent " + parent.code() + " does not contain " + before.code());
                }
            }
            if (edit.nameKk() == null || edit.nameKk().isBlank() || edit.nameRu() == null || edit.nameRu().isBlank()) {
                throw new IllegalArgumentException("unit " + before.code() + ": missing name (Kazakh and Russian)");
            }
            LocalDate day = effectiveDay(before, edit.effectiveFrom());
            Unit after = new Unit(before.code(), before.kind(), parentCode, edit.nameKk(), edit.nameRu(),
                    Latin.of(edit.nameKk()), before.population(),
                    before.kind().hasOwnBudget(parent == null ? null : parent.kind()), day, null);
            write(() -> store.inTransaction(c -> {
                store.close(c, before.code(), day);
                store.insert(c, List.of(after), ShippedData.KATO_VERSION, "edited by " + user.user());
                audit.append(c, "registry.unit.update", before.code(), describe(before), describe(after));
            }));
            return index.find(before.code()).orElseThrow();
        }
    }

    @Override
    public Unit abolish(String code, LocalDate effective) throws OutOfScopeException {
        awaitWritten();
        synchronized (writeLock) {
            Unit before = index.find(code).orElseThrow(() -> new IllegalArgumentException("no current unit " + code));
            require(Right.EDIT_REGISTRY, "registry.unit.abolish", code);
            List<Unit> children = index.children(code);
            if (!children.isEmpty()) {
                throw new IllegalArgumentException("unit " + code + " still has " + children.size()
                        + " current subordinate unit(s), the first is " + children.get(0).code()
                        + ": abolish or move them first");
            }
            LocalDate day = effectiveDay(before, effective);
            write(() -> store.inTransaction(c -> {
                store.close(c, code, day);
                audit.append(c, "registry.unit.abolish", code, describe(before), "valid_to=" + day);
            }));
            return new Unit(code, before.kind(), before.parentCode(), before.nameKk(), before.nameRu(),
                    before.nameLatin(), null, before.ownBudget(), before.validFrom(), day);
        }
    }

    /**
     * The day a change of {@code unit} takes effect: today if none is asked for. A change dated in
     * the future would leave no current version until then; one dated before the current version
     * began would overlap it.
     */
    private LocalDate effectiveDay(Unit unit, LocalDate asked) {
        LocalDate today = LocalDate.now(clock);
        LocalDate day = asked == null ? today : asked;
        if (day.isAfter(today)) {
            throw new IllegalArgumentException("unit " + unit.code() + ": a change cannot take effect on " + day
                    + ", after today (" + today + ")");
        }
        if (day.isBefore(unit.validFrom())) {
            throw new IllegalArgumentException("unit " + unit.code() + ": a change cannot take effect on " + day
                    + ", before its current version began (" + unit.validFrom() + ")");
        }
        return day;
    }

    @Override
    public ImportPreview previewImport(Path file) throws ImportException, IOException {
        awaitWritten();
        String name = file.getFileName().toString();
        Map<String, Integer> lengths;
        try {
            lengths = store.unitColumnLengths();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the registry's column lengths: " + e.getMessage(), e);
        }
        Messages messages = Messages.of(RegistryServiceImpl.class, user.locale());
        KatoFile.Parsed parsed = KatoFile.parse(name, Files.readAllBytes(file), LocalDate.now(clock), lengths, messages);
        List<ImportProblem> problems = new ArrayList<>(ImportPlanner.fileNameProblems(name, lengths, messages));
        problems.addAll(parsed.problems());
        if (!problems.isEmpty()) {
            throw new ImportException(problems);
        }
        return ImportPlanner.diff(name, parsed.units(), index, LocalDate.now(clock), parsed.endsMidLine());
    }

    @Override
    public void applyImport(ImportPreview preview, int confirmedAbolished)
            throws ImportException, OutOfScopeException {
        awaitWritten();
        Messages messages = Messages.of(RegistryServiceImpl.class, user.locale());
        List<ImportProblem> unconfirmed = ImportPlanner.unconfirmed(preview, confirmedAbolished, messages);
        if (!unconfirmed.isEmpty()) {
            throw new ImportException(unconfirmed);
        }
        synchronized (writeLock) {
            Set<String> touched = new LinkedHashSet<>();
            preview.added().forEach(u -> touched.add(u.code()));
            List<UnitChange> changes = new ArrayList<>(preview.renamed());
            changes.addAll(preview.moved());
            changes.addAll(preview.reclassified());
            changes.forEach(c -> touched.add(c.after().code()));
            preview.abolished().forEach(u -> touched.add(u.code()));
            for (String code : touched) {
                require(Right.IMPORT_REGISTRY, "registry.import", code);
            }
            List<ImportProblem> stale = ImportPlanner.stale(preview, index, messages);
            if (!stale.isEmpty()) {
                throw new ImportException(stale);
            }
            List<Unit> inserts = new ArrayList<>(preview.added());
            Set<String> changed = new LinkedHashSet<>();
            for (UnitChange change : changes) {
                if (changed.add(change.after().code())) {
                    inserts.add(change.after());
                }
            }
            String note = ImportPlanner.note(preview.file());
            write(() -> store.inTransaction(c -> {
                for (String code : changed) {
                    store.close(c, code, preview.effectiveDate());
                }
                for (Unit abolished : preview.abolished()) {
                    store.close(c, abolished.code(), preview.effectiveDate());
                }
                store.insert(c, inserts, preview.file(), note);
                for (Unit added : preview.added()) {
                    audit.append(c, "registry.import.add", added.code(), "", describe(added));
                }
                Set<String> audited = new LinkedHashSet<>();
                for (UnitChange change : changes) {
                    if (audited.add(change.after().code())) {
                        audit.append(c, "registry.import.change", change.after().code(), describe(change.before()),
                                describe(change.after()));
                    }
                }
                for (Unit abolished : preview.abolished()) {
                    audit.append(c, "registry.import.abolish", abolished.code(), describe(abolished), "");
                }
            }));
        }
    }

    @Override
    public void exportCsv(String code, CsvConvention convention, Locale language, OutputStream out)
            throws IOException {
        UnitCsv.write(subtree(code), convention, language, out);
    }

    @Override
    public void exportJson(String code, OutputStream out) throws IOException {
        Exporter.json(subtree(code), out);
    }

    private List<Unit> subtree(String code) {
        List<Unit> units = index.subtree(code);
        if (units.isEmpty()) {
            throw new IllegalArgumentException("no current unit " + code);
        }
        return units;
    }

    /**
     * Lets the change go ahead only when one of the user's roles grants the right and the unit
     * lies in their scope; a refusal is audited, and thrown as {@link OutOfScopeException} when
     * only the scope is wrong, as {@link AccessDeniedException} when no role allows it at all.
     */
    private void require(Right right, String action, String code) throws OutOfScopeException {
        try {
            user.require(right, code);
        } catch (AccessDeniedException e) {
            audit.refused(action, code, e.getMessage());
            if (user.heldRoles().stream().anyMatch(role -> role.grants(right))) {
                throw new OutOfScopeException(user.user(), user.scope().code(), code);
            }
            throw e;
        }
    }

    private interface SqlWrite {
        void run() throws SQLException;
    }

    /** Runs a write and reloads the index from the database, so memory never runs ahead of it. */
    private void write(SqlWrite work) {
        synchronized (writeLock) {
            try {
                work.run();
                reload();
                EventAdmin admin = events.get();
                if (admin != null) {
                    admin.postEvent(new Event(TOPIC_CHANGED, Map.of()));
                }
            } catch (SQLException e) {
                throw new IllegalStateException("the registry could not be written: " + e.getMessage(), e);
            }
        }
    }

    private static String describe(Unit u) {
        return u.code() + " " + u.kind().id() + " parent=" + (u.parentCode() == null ? "-" : u.parentCode()) + " kk="
                + u.nameKk() + " ru=" + u.nameRu();
    }
}
