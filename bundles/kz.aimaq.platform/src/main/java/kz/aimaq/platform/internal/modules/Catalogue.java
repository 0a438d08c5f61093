package kz.aimaq.platform.internal.modules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import kz.aimaq.platform.api.ModuleKind;
import kz.aimaq.platform.feature.Feature;
import kz.aimaq.platform.feature.FeatureBundle;

/** Builds the module catalogue from the feature files and the module jars of the deploy folder. */
public final class Catalogue {

    private Catalogue() {
    }

    /**
     * @param features      the features of {@code <home>/features}
     * @param bundlesFolder {@code <home>/bundles}, where feature bundles are stored
     * @param deployJars    the bundles of the deploy folder; those with an {@code Aimaq-Module}
     *                      header form optional modules of that name, in file order
     */
    public static List<ModuleEntry> of(List<Feature> features, Path bundlesFolder, Collection<JarInfo> deployJars) {
        List<ModuleEntry> modules = new ArrayList<>();
        for (Feature feature : features) {
            List<ModuleEntry.Member> members = new ArrayList<>();
            for (FeatureBundle bundle : feature.bundles()) {
                members.add(new ModuleEntry.Member(bundlesFolder.resolve(bundle.fileName()), bundle.artifactId(),
                        bundle.ui()));
            }
            modules.add(new ModuleEntry(feature.module(), feature.name(),
                    feature.core() ? ModuleKind.CORE : ModuleKind.OPTIONAL,
                    "features/" + feature.source().getFileName(), members, Map.of()));
        }
        Map<String, List<JarInfo>> vendor = new TreeMap<>();
        deployJars.stream().filter(JarInfo::isModule).sorted((a, b) -> a.file().compareTo(b.file()))
                .forEach(jar -> vendor.computeIfAbsent(jar.module(), m -> new ArrayList<>()).add(jar));
        vendor.forEach((module, jars) -> {
            List<ModuleEntry.Member> members = new ArrayList<>();
            List<String> origins = new ArrayList<>();
            Map<String, String> titles = Map.of();
            for (JarInfo jar : jars) {
                members.add(new ModuleEntry.Member(jar.file(), jar.symbolicName(), false));
                origins.add("deploy/" + jar.file().getFileName());
                // the first jar of the module that gives a title names it
                titles = titles.isEmpty() ? jar.titles() : titles;
            }
            modules.add(new ModuleEntry(module, module, ModuleKind.OPTIONAL, String.join(", ", origins), members,
                    titles));
        });
        return modules;
    }
}
