package kz.aimaq.platform.internal.modules;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.aimaq.platform.api.ModuleKind;

/**
 * A module of the catalogue with the bundles that make it up.
 *
 * @param id      the module name
 * @param title   its human title where no language of {@code titles} fits
 * @param kind    core or optional
 * @param origin  {@code features/<file>} or {@code deploy/<file>}
 * @param bundles its bundles, in start order
 * @param titles  its title by language, as a vendor jar gives it ({@code ""}: the jar's default)
 */
public record ModuleEntry(String id, String title, ModuleKind kind, String origin, List<Member> bundles,
        Map<String, String> titles) {

    public ModuleEntry {
        bundles = List.copyOf(bundles);
        titles = Map.copyOf(titles);
    }

    /** The title in {@code locale}'s language, else the jar's default, else {@link #title()}. */
    public String title(Locale locale) {
        return titles.getOrDefault(locale.getLanguage(), titles.getOrDefault("", title));
    }

    /**
     * One bundle of a module.
     *
     * @param file the jar it is installed from
     * @param name its symbolic name as far as known before install (artifact id or Bundle-SymbolicName)
     * @param ui   whether it needs a display
     */
    public record Member(Path file, String name, boolean ui) {

        /** The install location: the jar's {@code file:} URI, spelled as the launcher spells it. */
        public String location() {
            return file.toUri().toString();
        }
    }
}
