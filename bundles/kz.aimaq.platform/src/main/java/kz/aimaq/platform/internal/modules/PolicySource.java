package kz.aimaq.platform.internal.modules;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Function;

import kz.aimaq.platform.api.PolicyException;
import kz.aimaq.platform.api.RegionPolicyStore;

/**
 * Where the region policy is read and written: the {@link RegionPolicyStore} when one is
 * given, else the files ({@code <data>/region-policy.json}, else the seed in {@code conf/}).
 * An empty store is seeded with what the files say. Every change is also written to
 * {@code <data>/region-policy.json}, so a run without the database (headless commands, the
 * database down) enforces the last policy this installation knew.
 */
public final class PolicySource {

    private final Path home;
    private final Path data;
    private final BiConsumer<Path, IOException> copyFailed;

    public PolicySource(Path home, Path data, BiConsumer<Path, IOException> copyFailed) {
        this.home = home;
        this.data = data;
        this.copyFailed = copyFailed;
    }

    /** What refusals of the policy read with {@code store} name: the database table or the file. */
    public String source(RegionPolicyStore store) {
        return store == null ? PolicyFile.effective(home, data).toString() : StoredPolicy.SOURCE;
    }

    public Policy read(RegionPolicyStore store, Set<String> coreModules, Set<String> optionalModules,
            Function<String, String> regionCode) throws PolicyException, IOException {
        if (store != null) {
            Optional<Map<String, Set<String>>> stored = store.load();
            if (stored.isPresent()) {
                Policy fromStore = StoredPolicy.fromMap(stored.get(), coreModules, optionalModules, regionCode);
                refreshCopy(fromStore, coreModules, optionalModules, regionCode);
                return fromStore;
            }
        }
        Policy fromFile = new PolicyFile(PolicyFile.effective(home, data), coreModules, optionalModules, regionCode)
                .read();
        if (store != null) {
            store.save(StoredPolicy.toMap(fromFile));
        }
        return fromFile;
    }

    /**
     * The local copy says what the database says, so that a run without the database enforces the
     * same. A copy that cannot be read is left for its author to see: the database wins regardless.
     */
    private void refreshCopy(Policy stored, Set<String> coreModules, Set<String> optionalModules,
            Function<String, String> regionCode) {
        Path copy = data.resolve(PolicyFile.FILE_NAME);
        try {
            if (Files.exists(copy) && new PolicyFile(copy, coreModules, optionalModules, regionCode).read().modules()
                    .equals(stored.modules())) {
                return;
            }
        } catch (IOException | PolicyException e) {
            return;
        }
        try {
            PolicyFile.write(copy, stored);
        } catch (IOException e) {
            copyFailed.accept(copy, e);
        }
    }

    /**
     * Saves a changed policy.
     *
     * @throws PolicyException when the store refuses it
     * @throws IOException     when there is no store and the file cannot be written
     */
    public void write(RegionPolicyStore store, Policy policy) throws PolicyException, IOException {
        Path copy = data.resolve(PolicyFile.FILE_NAME);
        if (store == null) {
            PolicyFile.write(copy, policy);
            return;
        }
        store.save(StoredPolicy.toMap(policy));
        try {
            PolicyFile.write(copy, policy);
        } catch (IOException e) {
            copyFailed.accept(copy, e);
        }
    }
}
