package kz.aimaq.registry.ui.internal;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.concurrent.CompletableFuture;

import org.osgi.service.component.annotations.Component;

/**
 * Parses the shipped boundaries once, on a thread of its own the first time a map asks, and
 * keeps them for every map opened later.
 */
@Component(service = BoundaryStore.class)
public final class BoundaryStore {

    private CompletableFuture<Boundaries> boundaries;

    /** The boundaries, parsed off the calling thread; completes exceptionally if a file is broken. */
    public synchronized CompletableFuture<Boundaries> boundaries() {
        if (boundaries == null) {
            boundaries = new CompletableFuture<>();
            CompletableFuture<Boundaries> result = boundaries;
            Thread parser = new Thread(() -> {
                try {
                    result.complete(GeoJsonBoundaries.load());
                } catch (IOException e) {
                    result.completeExceptionally(new UncheckedIOException(e));
                } catch (RuntimeException e) {
                    result.completeExceptionally(e);
                }
            }, "aimaq-registry-boundaries");
            parser.setDaemon(true);
            parser.start();
        }
        return boundaries;
    }
}
