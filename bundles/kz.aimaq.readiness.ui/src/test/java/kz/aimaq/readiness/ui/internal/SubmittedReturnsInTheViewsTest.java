package kz.aimaq.readiness.ui.internal;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.SubmittedValues;
import kz.aimaq.readiness.internal.ReadinessEngineImpl;
import kz.aimaq.reporting.api.DataReturns;

/** The ranking, scorecard, comparison and map score the returns okrugs submitted, as the reports do. */
class SubmittedReturnsInTheViewsTest {

    private final ReadinessEngineImpl engine = new ReadinessEngineImpl();
    private final ReadinessModel model = new ReadinessModel(engine);
    private final List<IndicatorValue> returned = new CopyOnWriteArrayList<>();

    @AfterEach
    void close() {
        model.deactivate();
    }

    @Test
    void onceAnOkrugHasSubmittedItsReturnTheViewsScoreReturnsInsteadOfTheDemo() throws Exception {
        model.bindRegistry(SampleRegistry.create());
        model.bindSubmitted((period, scope) -> List.copyOf(returned));
        awaitPhase(Status.Phase.NO_RETURNS);
        assertTrue(model.results().isEmpty(), "no return and no demonstration chosen: nothing is scored");
        model.showDemo(true);
        assertTrue(awaitResults(r -> true).synthetic, "the demonstration, once chosen, is labelled synthetic");

        Methodology methodology = engine.shippedMethodology(ReadinessResults.METHODOLOGY);
        for (IndicatorValue v : engine.synthetic(methodology, List.of(SampleRegistry.OKRUG), ReadinessResults.PERIOD, 7L)) {
            returned.add(new IndicatorValue(v.unit(), v.indicator(), v.period(), v.value(),
                    SubmittedValues.SOURCE_PREFIX + "aigerim@2026-02-01"));
        }
        new RegistryChanges(model).handleEvent(new Event(DataReturns.TOPIC_SUBMITTED,
                Map.of(DataReturns.EVENT_DATA_SET, SubmittedValues.DATA_SET)));

        ReadinessResults real = awaitResults(r -> !r.synthetic);
        assertTrue(real.row(SampleRegistry.OKRUG).orElseThrow().scored(), "the okrug that sent its return is scored");
        assertFalse(real.row("193233100").map(Row::scored).orElse(false),
                "an okrug without a return is not scored on made-up values beside real ones");
    }

    private void awaitPhase(Status.Phase phase) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end && model.status().phase() != phase) {
            Thread.sleep(20);
        }
        assertTrue(model.status().phase() == phase, "the model says " + model.status().phase());
    }

    private ReadinessResults awaitResults(Predicate<ReadinessResults> wanted) throws InterruptedException {
        long end = System.nanoTime() + TimeUnit.SECONDS.toNanos(60);
        while (System.nanoTime() < end) {
            Status status = model.status();
            if (status.phase() == Status.Phase.READY && status.results() != null && wanted.test(status.results())) {
                return status.results();
            }
            Thread.sleep(20);
        }
        throw new AssertionError("no such results; the model says " + model.status().phase());
    }
}
