package kz.aimaq.registry.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The district registry. Reads are served from memory; every change is checked against the
 * user's region scope (administrators may change any unit), written in one transaction,
 * kept as a new version (history is never deleted), and recorded in the audit log.
 */
@ProviderType
public interface RegistryService {

    /** The current unit with this code. */
    Optional<Unit> find(String code);

    /** The 17 oblasts and 3 cities of republican significance, by code. */
    List<Unit> roots();

    /** The current units whose parent is {@code code}, by code. */
    List<Unit> children(String code);

    /** The unit's parent chain, top-level unit first, without the unit itself. */
    List<Unit> ancestors(String code);

    /**
     * Current units matching a code prefix or words of any name (Kazakh, Russian, Latin),
     * ignoring case and letter variants (Қ/К, Ә/А, Ё/Е, …); each query word matches the
     * start of a name word. Exact and leading matches and higher-level units first.
     */
    List<Unit> search(String text, int limit);

    /** Every version of a code, oldest first: renames, moves, abolition, reuse of the code. */
    List<Unit> history(String code);

    /** The unit's facts, by key and period. */
    List<Fact> facts(String code);

    /** Records a fact; refused outside the user's scope. */
    void addFact(Fact fact) throws OutOfScopeException;

    /**
     * Renames and/or moves a current unit, effective today.
     *
     * @return the new version
     * @throws OutOfScopeException      if the unit or the new parent lies outside the user's region
     * @throws IllegalArgumentException if the unit is unknown, a name is blank, or the parent
     *                                  does not exist or does not contain the code
     */
    Unit update(UnitEdit edit) throws OutOfScopeException;

    /**
     * Reads a KATO file (CSV, UTF-8, separated by {@code ;} or {@code ,} as its header line is:
     * columns {@code kato, name_kk, name_ru, kind}, optional {@code parent_kato}) and says what
     * importing it would change. Writes nothing.
     *
     * @throws ImportException listing every problem as file, line, field and reason
     */
    ImportPreview previewImport(Path file) throws ImportException, IOException;

    /**
     * Applies a preview in one transaction. Refused if the registry changed since the preview.
     *
     * @throws OutOfScopeException if any changed unit lies outside the user's region
     * @throws ImportException     if the registry changed since the preview
     */
    void applyImport(ImportPreview preview) throws ImportException, OutOfScopeException;

    /**
     * Writes the unit and its current descendants as CSV in the {@linkplain CsvFormat#EXCEL Excel}
     * layout: semicolon-separated, UTF-8 with a byte-order mark.
     *
     * @throws IllegalArgumentException if there is no current unit with this code
     */
    default void exportCsv(String code, OutputStream out) throws IOException {
        exportCsv(code, CsvFormat.EXCEL, out);
    }

    /**
     * Writes the unit and its current descendants, each parent before its children and siblings
     * by code, as CSV in the given layout; the file re-imports with {@link #previewImport(Path)}.
     *
     * @throws IllegalArgumentException if there is no current unit with this code
     * @since 1.1
     */
    default void exportCsv(String code, CsvFormat format, OutputStream out) throws IOException {
        Unit unit = find(code).orElseThrow(() -> new IllegalArgumentException("no current unit " + code));
        List<Unit> units = new ArrayList<>();
        collectSubtree(unit, units);
        format.write(units, out);
    }

    private void collectSubtree(Unit unit, List<Unit> units) {
        units.add(unit);
        for (Unit child : children(unit.code())) {
            collectSubtree(child, units);
        }
    }

    /** Writes the unit and its current descendants as a JSON array. */
    void exportJson(String code, OutputStream out) throws IOException;
}
