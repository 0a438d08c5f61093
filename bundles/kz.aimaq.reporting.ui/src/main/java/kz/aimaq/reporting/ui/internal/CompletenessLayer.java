package kz.aimaq.reporting.ui.internal;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.map.api.ChoroplethLayer;
import kz.aimaq.map.api.LegendEntry;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.reporting.api.ReturnRate;

/**
 * Colours the registry's map by data completeness: per region or district, the share of the
 * returns expected from its okrugs that were received, for the data set and period chosen in the
 * returns view. Regions and districts that expect no return (the three big cities have no okrugs)
 * stay grey.
 */
@Component(service = ChoroplethLayer.class, property = ChoroplethLayer.ID + "=" + CompletenessLayer.ID)
public final class CompletenessLayer implements ChoroplethLayer {

    static final String ID = "kz.aimaq.reporting.completeness";

    /** Lower bounds of the classes in per cent, from the best down, and their colours. */
    static final int[] FROM = {90, 70, 40, 0};
    static final int[] COLOURS = {0x1A9850, 0x91CF60, 0xFEE08B, 0xD73027};

    private final ReturnsModel model;

    @Activate
    public CompletenessLayer(@Reference ReturnsModel model) {
        this.model = model;
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(CompletenessLayer.class, locale).get("layer.title");
    }

    @Override
    public Map<String, Integer> colours(Level level) {
        Optional<ReturnsModel.Choice> choice = model.choice();
        if (choice.isEmpty()) {
            return Map.of();
        }
        Map<String, long[]> counts = counts(model.rates(choice.get()).values(), level);
        Map<String, Integer> colours = new HashMap<>();
        counts.forEach((code, c) -> colours.put(code, colour(c[1], c[0])));
        return colours;
    }

    /** Expected and received returns per region or district, from the codes of the okrugs. */
    static Map<String, long[]> counts(Iterable<ReturnRate> rates, Level level) {
        int digits = level == Level.REGION ? 2 : 4;
        Map<String, long[]> counts = new HashMap<>();
        for (ReturnRate rate : rates) {
            if (!rate.expected()) {
                continue;
            }
            String area = rate.unit().substring(0, digits) + "0".repeat(9 - digits);
            long[] c = counts.computeIfAbsent(area, k -> new long[2]);
            c[0]++;
            if (rate.received()) {
                c[1]++;
            }
        }
        return counts;
    }

    /** The colour of a share received of expected (ratios of whole counts: no rounding at a bound). */
    static int colour(long received, long expected) {
        for (int i = 0; i < FROM.length; i++) {
            if (received * 100 >= FROM[i] * expected) {
                return COLOURS[i];
            }
        }
        return COLOURS[COLOURS.length - 1];
    }

    @Override
    public List<LegendEntry> legend(Locale locale) {
        Messages messages = Messages.of(CompletenessLayer.class, locale);
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < FROM.length; i++) {
            String label = i == 0 ? messages.get("layer.atLeast", FROM[i])
                    : messages.get("layer.between", FROM[i], FROM[i - 1]);
            legend.add(new LegendEntry(label, COLOURS[i]));
        }
        return legend;
    }

    /** Which data set and period, how many returns, and where to choose another. */
    @Override
    public String note(Locale locale) {
        Messages messages = Messages.of(CompletenessLayer.class, locale);
        Optional<ReturnsModel.Choice> choice = model.choice();
        if (choice.isEmpty()) {
            return messages.get("layer.noDataSet");
        }
        long expected = 0;
        long received = 0;
        for (ReturnRate rate : model.rates(choice.get()).values()) {
            expected += rate.expected() ? 1 : 0;
            received += rate.received() ? 1 : 0;
        }
        return messages.get("layer.note", choice.get().dataSet().title().get(locale), choice.get().period().id(),
                received, expected);
    }
}
