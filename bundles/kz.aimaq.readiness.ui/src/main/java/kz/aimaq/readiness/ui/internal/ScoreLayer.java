package kz.aimaq.readiness.ui.internal;

import java.text.NumberFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.map.api.ChoroplethLayer;
import kz.aimaq.map.api.LegendEntry;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.readiness.api.Band;
import kz.aimaq.readiness.api.Methodology;
import kz.aimaq.registry.api.Unit;

/**
 * Colours the registry's map by readiness score: regions and districts in the colour of their
 * classification band. The model posts {@link ChoroplethLayer#TOPIC_CHANGED} when scores change.
 * The model is fetched only when colours are first asked for: an open map asks every layer for
 * its title, and getting the model would score every unit before anyone chose this layer.
 */
@Component(service = ChoroplethLayer.class, property = ChoroplethLayer.ID + "=" + ScoreLayer.ID)
public final class ScoreLayer implements ChoroplethLayer {

    /** The layer's id. */
    static final String ID = "kz.aimaq.readiness.score";

    private final Supplier<ReadinessModel> modelSupplier;
    private volatile ReadinessModel model;

    @Activate
    public ScoreLayer(@Reference ComponentServiceObjects<ReadinessModel> model) {
        this(model::getService);
    }

    ScoreLayer(Supplier<ReadinessModel> model) {
        this.modelSupplier = model;
    }

    private ReadinessModel model() {
        ReadinessModel current = model;
        if (current == null) {
            synchronized (this) {
                if (model == null) {
                    model = modelSupplier.get();
                }
                current = model;
            }
        }
        return current;
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(ScoreLayer.class, locale).get("layer.title");
    }

    @Override
    public Map<String, Integer> colours(Level level) {
        Optional<ReadinessResults> results = model().results();
        if (results.isEmpty()) {
            return Map.of();
        }
        RankLevel wanted = level == Level.REGION ? RankLevel.REGION : RankLevel.DISTRICT;
        Map<String, Integer> colours = new HashMap<>();
        for (Row row : results.get().rows) {
            if (row.level() == wanted && row.band() != null) {
                colours.put(row.code(), BandColours.of(results.get().methodology, row.band()));
            }
        }
        return colours;
    }

    @Override
    public List<LegendEntry> legend(Locale locale) {
        Optional<ReadinessResults> results = model().results();
        if (results.isEmpty()) {
            return List.of();
        }
        Methodology methodology = results.get().methodology;
        NumberFormat number = NumberFormat.getNumberInstance(locale);
        number.setMaximumFractionDigits(2);
        List<LegendEntry> legend = new ArrayList<>();
        double upper = methodology.scale();
        for (Band band : methodology.bands()) {
            String label = band.name().get(locale) + ", " + number.format(band.from()) + "–" + number.format(upper);
            legend.add(new LegendEntry(label, BandColours.of(methodology, band)));
            upper = band.from();
        }
        return legend;
    }

    /** Whether the data are synthetic, and which regions stay grey and why. */
    @Override
    public String note(Locale locale) {
        Optional<ReadinessResults> results = model().results();
        if (results.isEmpty()) {
            return "";
        }
        Messages messages = Messages.of(ScoreLayer.class, locale);
        List<String> lines = new ArrayList<>();
        if (results.get().synthetic) {
            lines.add(messages.get("layer.synthetic"));
        }
        List<Unit> grey = results.get().regionsWithoutScore;
        if (!grey.isEmpty()) {
            String names = grey.stream().map(u -> Row.name(u, locale))
                    .collect(Collectors.joining(", "));
            // "Астана қ." already ends the sentence the message ends with a full stop
            lines.add(messages.get("layer.grey", names.endsWith(".") ? names.substring(0, names.length() - 1) : names));
        }
        return String.join("\n", lines);
    }
}
