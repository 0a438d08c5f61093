package kz.aimaq.platform.internal.modules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

import kz.aimaq.platform.api.Problem;

/** The current problems, one per source (file or bundle); a new report replaces the old one. */
public final class Problems {

    private final Map<String, Problem> bySource = new ConcurrentSkipListMap<>();
    private final Clock clock;
    private final Consumer<Problem> log;

    /** @param log told of every problem that is new or whose message changed */
    public Problems(Clock clock, Consumer<Problem> log) {
        this.clock = clock;
        this.log = log;
    }

    public void report(String source, String message) {
        Problem old = bySource.get(source);
        if (old == null || !old.message().equals(message)) {
            Problem problem = new Problem(clock.instant(), source, message);
            bySource.put(source, problem);
            log.accept(problem);
        }
    }

    public void clear(String source) {
        bySource.remove(source);
    }

    public List<Problem> list() {
        return new ArrayList<>(bySource.values());
    }
}
