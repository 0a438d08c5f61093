package kz.aimaq.readiness.internal;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import java.util.Locale;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.IndicatorValue;
import kz.aimaq.readiness.api.InvalidInputException;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.readiness.api.RankInterval;
import kz.aimaq.readiness.api.ReadinessEngine;
import kz.aimaq.readiness.api.RobustnessOptions;
import kz.aimaq.readiness.api.RollUpTable;
import kz.aimaq.readiness.api.ScoreTable;
import kz.aimaq.readiness.api.ScoringOptions;
import kz.aimaq.readiness.api.UnitHierarchy;
import kz.aimaq.readiness.internal.io.IndicatorCsvImporter;
import kz.aimaq.readiness.internal.io.MethodologyReader;

/** The readiness engine: pure computation over the data it is given, no state. */
@Component(service = ReadinessEngine.class)
public final class ReadinessEngineImpl implements ReadinessEngine {

    private static final List<String> SHIPPED = List.of("egdi", "aimaq-okrug");

    @Activate
    public ReadinessEngineImpl() {
        // stateless: nothing to set up
    }

    @Override
    public Methodology readMethodology(InputStream json, String fileName, Locale locale)
            throws IOException, InvalidInputException {
        return new MethodologyReader().read(json, fileName, messages(locale));
    }

    @Override
    public List<String> shippedMethodologies() {
        return SHIPPED;
    }

    @Override
    public Methodology shippedMethodology(String id) {
        if (!SHIPPED.contains(id)) {
            throw new IllegalArgumentException("no shipped methodology " + id + "; shipped: " + SHIPPED);
        }
        String resource = "/methodologies/" + id + ".json";
        try (InputStream in = ReadinessEngineImpl.class.getResourceAsStream(resource)) {
            return readMethodology(in, resource, Locale.ENGLISH);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InvalidInputException e) {
            throw new IllegalStateException("the shipped methodology " + resource + " is invalid:\n" + e.getMessage(), e);
        }
    }

    @Override
    public List<IndicatorValue> importValues(InputStream csv, String fileName, Locale locale)
            throws IOException, InvalidInputException {
        return IndicatorCsvImporter.read(csv, fileName, messages(locale));
    }

    @Override
    public ScoreTable score(Methodology methodology, Collection<IndicatorValue> values, ScoringOptions options) {
        return new Scoring(Scoring.prepare(methodology, values, options, unit -> ""), options.rankDecimals()).table;
    }

    @Override
    public RollUpTable rollUp(Methodology methodology, Collection<IndicatorValue> values, UnitHierarchy hierarchy,
            ScoringOptions options) {
        Scoring base = new Scoring(Scoring.prepare(methodology, values, options,
                unit -> hierarchy.parent(unit).orElse("")), options.rankDecimals());
        return RollUp.of(base, hierarchy);
    }

    @Override
    public List<RankInterval> robustness(ScoreTable table, RobustnessOptions options) {
        if (!(table instanceof ScoreTableImpl impl)) {
            throw new IllegalArgumentException("not a table made by this engine: " + table);
        }
        return MonteCarlo.run(impl, options);
    }

    @Override
    public List<IndicatorValue> synthetic(Methodology methodology, Collection<String> units, String period, long seed) {
        return SyntheticData.generate(methodology, units, period, seed);
    }

    static Messages messages(Locale locale) {
        return Messages.of(ReadinessEngineImpl.class, locale);
    }
}
