package kz.aimaq.platform.internal.modules;

import java.util.Collection;
import java.util.Collections;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;

/**
 * The regions an optional module is enabled in: every region ({@code "all"} in the policy
 * file) or a set of 9-digit KATO codes.
 *
 * @param all   enabled in every region
 * @param codes the 9-digit codes when not {@code all}, sorted
 */
public record RegionSet(boolean all, SortedSet<String> codes) {

    public static final RegionSet NONE = new RegionSet(false, new TreeSet<>());
    public static final RegionSet ALL = new RegionSet(true, new TreeSet<>());

    public RegionSet {
        codes = Collections.unmodifiableSortedSet(new TreeSet<>(codes));
        if (all && !codes.isEmpty()) {
            throw new IllegalArgumentException("'all' cannot be mixed with region codes");
        }
    }

    public static RegionSet of(Collection<String> codes) {
        return new RegionSet(false, new TreeSet<>(codes));
    }

    public boolean contains(String code) {
        return all || codes.contains(code);
    }

    /** These regions plus {@code code}. */
    public RegionSet with(String code) {
        if (contains(code)) {
            return this;
        }
        SortedSet<String> more = new TreeSet<>(codes);
        more.add(code);
        return new RegionSet(false, more);
    }

    /** These regions without {@code code}; {@code all} expands to the other regions of {@code every}. */
    public RegionSet without(String code, Set<String> every) {
        SortedSet<String> fewer = new TreeSet<>(all ? every : codes);
        fewer.remove(code);
        return new RegionSet(false, fewer);
    }

    /** The codes this set stands for, {@code all} expanded to {@code every}. */
    public Set<String> expand(Set<String> every) {
        return all ? Set.copyOf(every) : codes;
    }

    /** {@code all}, or the sorted codes separated by commas (empty when none): the audit form. */
    @Override
    public String toString() {
        return all ? "all" : String.join(",", codes);
    }
}
