package kz.aimaq.platform.feature;

import java.nio.file.Path;
import java.util.List;

/**
 * A module's feature file.
 *
 * @param source      the file it was read from
 * @param id          the feature id, {@code group:artifact:osgifeature:version}
 * @param name        its human name
 * @param description what the module does
 * @param module      the module name from the {@code kz.aimaq.module} extension, e.g. {@code registry}
 * @param core        whether the module is always on (else enabled per region)
 * @param bundles     its bundles, in start order
 */
public record Feature(Path source, String id, String name, String description, String module, boolean core,
        List<FeatureBundle> bundles) {

    /** The name of the mandatory extension that makes a feature an Aimaq module. */
    public static final String MODULE_EXTENSION = "kz.aimaq.module";

    public Feature {
        bundles = List.copyOf(bundles);
    }
}
