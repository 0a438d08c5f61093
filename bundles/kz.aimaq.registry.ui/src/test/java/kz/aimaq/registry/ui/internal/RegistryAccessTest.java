package kz.aimaq.registry.ui.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;

import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.testing.TestRegions;
import kz.aimaq.testing.TestUser;
import kz.aimaq.testing.TestViewSite;
import kz.aimaq.testing.Ui;

/**
 * Getting the registry service activates it, which loads every unit: the views' access must
 * do that on its worker thread at the first read, never while a view is being built.
 */
class RegistryAccessTest {

    private final RegistryAccess access = new RegistryAccess();
    private final FakeRegistry registry = new FakeRegistry();
    private final OwnedServiceObjects<RegistryService> recording = new OwnedServiceObjects<>(registry);
    private final Shell shell = Ui.shell(200, 100);

    @AfterEach
    void close() {
        access.deactivate();
        shell.dispose();
    }

    @Test
    void bindingTheRegistryDoesNotFetchItAndTheFirstReadFetchesItOnceOnTheWorker() {
        access.bindRegistry(recording);
        assertTrue(access.available(), "a bound registry is available at once");
        assertEquals(List.of(), recording.fetchThreads, "binding fetched nothing");

        TestViewSite site = new TestViewSite(shell.getDisplay(),
                new TestUser("aigerim", TestRegions.ALMATY_REGION, Languages.KAZAKH, UserContext.ROLE_ANALYST),
                RegistryAccess.class);
        AtomicReference<Optional<Integer>> roots = new AtomicReference<>();
        access.read(site, service -> service.roots().size(), roots::set, e -> { });
        access.read(site, service -> service.roots().size(), roots::set, e -> { });
        Ui.waitUntil("both reads answered", () -> roots.get() != null && recording.fetchThreads.size() == 1);

        assertEquals(Optional.of(20), roots.get());
        assertEquals(List.of("aimaq-registry-views"), recording.fetchThreads, "fetched once, on the worker");
    }

    @Test
    void anUnboundRegistryIsNeitherAvailableNorFetched() {
        access.bindRegistry(recording);
        access.unbindRegistry(recording);
        assertFalse(access.available());
        assertEquals(Optional.empty(), access.registry());
        assertEquals(List.of(), recording.fetchThreads);
    }
}
