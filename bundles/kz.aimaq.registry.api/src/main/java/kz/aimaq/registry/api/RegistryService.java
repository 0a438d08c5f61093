package kz.aimaq.registry.api;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

import kz.aimaq.csv.CsvConvention;

/**
 * The district registry. Reads are served from memory; every change is checked against the
 * user's region scope (administrators may change any unit), written in one transaction,
 * kept as a new version (history is never deleted), and recorded in the audit log.
 */
@ProviderType
public interface RegistryService {

    /**
     * Event Admin topic posted after every committed change (an edit, an abolition, a fact, an
     * import), once the registry's reads show it: views that show names re-read them.
     *
     * @since 2.1
     */
    String TOPIC_CHANGED = "kz/aimaq/registry/CHANGED";

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

    /**
     * Every version of a code, and the versions under earlier codes that continued as this code
     * (their {@link Unit#successorCode()} is {@code code}), oldest first: renames, moves,
     * abolition, reuse of the code. For {@code 191000000}: Kapchagay under {@code 191600000} and
     * Taldykorgan under {@code 191000000}, both until the 2022 reform, then Qonaev.
     */
    List<Unit> history(String code);

    /**
     * As {@link #search}, and also units found by a former name or a former code (of a version that
     * ended), after the direct matches; such a hit carries the former version that matched.
     *
     * @since 1.2
     */
    List<SearchHit> searchWithFormer(String text, int limit);

    /** The unit's facts, by key and period. */
    List<Fact> facts(String code);

    /** Records a fact; refused outside the user's scope. */
    void addFact(Fact fact) throws OutOfScopeException;

    /**
     * Renames and/or moves a current unit, effective on {@link UnitEdit#effectiveFrom()} (today if
     * that is {@code null}).
     *
     * @return the new version
     * @throws OutOfScopeException      if the unit or the new parent lies outside the user's region
     * @throws IllegalArgumentException if the unit is unknown, a name is blank, the parent does not
     *                                  exist or does not contain the code, or the day is in the
     *                                  future or before the current version began
     */
    Unit update(UnitEdit edit) throws OutOfScopeException;

    /**
     * Abolishes a current unit: its current version ends on {@code effective} (exclusive) and stays
     * in the history; nothing is deleted. Checked against the user's scope and audited like
     * {@link #update}.
     *
     * @param effective the first day the unit no longer exists; {@code null} for today
     * @return the ended version
     * @throws OutOfScopeException      if the unit lies outside the user's region
     * @throws IllegalArgumentException if the unit is unknown, still has current subordinate units,
     *                                  or the day is in the future or before its current version began
     * @since 1.2
     */
    Unit abolish(String code, LocalDate effective) throws OutOfScopeException;

    /**
     * Reads a KATO file (CSV, UTF-8, separated by {@code ;} or {@code ,} as its header line is:
     * columns {@code kato, name_kk, name_ru, kind}, optional {@code parent_kato}) and says what
     * importing it would change. Writes nothing.
     *
     * @throws ImportException listing every problem as file, line, field and reason
     */
    ImportPreview previewImport(Path file) throws ImportException, IOException;

    /**
     * Applies a preview in one transaction. Refused if the registry changed since the preview, or
     * if the preview {@linkplain ImportPreview#needsConfirmation() needs confirmation}: use
     * {@link #applyImport(ImportPreview, int)} for that.
     *
     * @throws OutOfScopeException if any changed unit lies outside the user's region
     * @throws ImportException     if the registry changed since the preview, or it needs confirmation
     */
    default void applyImport(ImportPreview preview) throws ImportException, OutOfScopeException {
        applyImport(preview, -1);
    }

    /**
     * Applies a preview in one transaction, as {@link #applyImport(ImportPreview)}; one that
     * {@linkplain ImportPreview#needsConfirmation() needs confirmation} only when
     * {@code confirmedAbolished} is the number of units it abolishes, as the user typed it.
     *
     * @param confirmedAbolished the number of abolished units the user confirmed; negative for none
     * @throws OutOfScopeException if any changed unit lies outside the user's region
     * @throws ImportException     if the registry changed since the preview, or the preview needs
     *                             confirmation and the number confirmed is not its number of
     *                             abolished units
     * @since 1.3
     */
    void applyImport(ImportPreview preview, int confirmedAbolished) throws ImportException, OutOfScopeException;

    /**
     * Writes the unit and its current descendants, each parent before its children and siblings
     * by code, as CSV in a convention (separator and decimal mark) with the column headers in a
     * language, each followed by its code; the file re-imports with {@link #previewImport(Path)}
     * whatever the convention and language.
     *
     * @throws IllegalArgumentException if there is no current unit with this code
     * @since 2.0
     */
    void exportCsv(String code, CsvConvention convention, Locale language, OutputStream out) throws IOException;

    /** Writes the unit and its current descendants as a JSON array. */
    void exportJson(String code, OutputStream out) throws IOException;
}
