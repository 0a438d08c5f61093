package kz.aimaq.platform.internal.modules;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentSkipListMap;
import java.util.function.Consumer;

import kz.aimaq.platform.api.Problem;
import kz.aimaq.platform.internal.Text;

/**
 * The current problems, one per source (file or bundle); a new report replaces the old one. Each
 * is told in English (the log) and in Kazakh and Russian (the views), from the platform's strings.
 */
public final class Problems {

    private final Map<String, Problem> bySource = new ConcurrentSkipListMap<>();
    private final Clock clock;
    private final Consumer<Problem> log;

    /** @param log told of every problem that is new or whose message changed */
    public Problems(Clock clock, Consumer<Problem> log) {
        this.clock = clock;
        this.log = log;
    }

    /** Reports {@code key} of the platform's strings with its arguments (see {@link Text}). */
    public void report(String source, String key, Object... arguments) {
        Text text = new Text(key, arguments);
        String message = text.english();
        Problem old = bySource.get(source);
        if (old == null || !old.message().equals(message)) {
            Problem problem = new Problem(clock.instant(), source, message,
                    Map.of(Text.KAZAKH.getLanguage(), text.in(Text.KAZAKH), Text.RUSSIAN.getLanguage(), text.in(Text.RUSSIAN)));
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
