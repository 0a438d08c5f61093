package kz.aimaq.platform.feature;

import java.util.Objects;

/**
 * One bundle of a feature, named by Maven coordinates {@code group:artifact:version}.
 *
 * @param groupId    Maven group
 * @param artifactId Maven artifact
 * @param version    Maven version
 * @param ui         whether it needs a display (metadata {@code kz.aimaq.ui}); not started headless
 */
public record FeatureBundle(String groupId, String artifactId, String version, boolean ui) {

    public FeatureBundle {
        Objects.requireNonNull(groupId, "groupId");
        Objects.requireNonNull(artifactId, "artifactId");
        Objects.requireNonNull(version, "version");
    }

    /** The file name the distribution stores this bundle under in {@code bundles/}. */
    public String fileName() {
        return artifactId + '-' + version + ".jar";
    }

    public String coordinates() {
        return groupId + ':' + artifactId + ':' + version;
    }
}
