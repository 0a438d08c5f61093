package kz.aimaq.platform.internal.modules;

import java.nio.file.Path;
import java.util.List;

import kz.aimaq.platform.api.ModuleKind;

/**
 * A module of the catalogue with the bundles that make it up.
 *
 * @param id      the module name
 * @param title   its human title
 * @param kind    core or optional
 * @param origin  {@code features/<file>} or {@code deploy/<file>}
 * @param bundles its bundles, in start order
 */
public record ModuleEntry(String id, String title, ModuleKind kind, String origin, List<Member> bundles) {

    public ModuleEntry {
        bundles = List.copyOf(bundles);
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
