package kz.aimaq.tax.ui.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import org.osgi.framework.ServiceException;
import org.osgi.service.component.ComponentServiceObjects;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.RegistryService;
import kz.aimaq.registry.api.Unit;
import kz.aimaq.map.api.ChoroplethLayer;
import kz.aimaq.map.api.LegendEntry;
import kz.aimaq.tax.api.Execution;
import kz.aimaq.tax.api.TaxService;

/**
 * Colours the registry's map by tax collection this year as a percent of plan, region by region
 * or district by district, from the monthly summaries. The only class that knows the map's
 * layer interface, so that it can move with it.
 */
@Component(service = ChoroplethLayer.class, property = ChoroplethLayer.ID + "=" + CollectionLayer.ID)
public final class CollectionLayer implements ChoroplethLayer {

    static final String ID = "kz.aimaq.tax.collection";

    /** Lower bounds of the legend's classes in percent of plan, highest first, with their colours. */
    private static final int[] FROM = {100, 80, 50, 0};
    private static final int[] COLOURS = {0x2E7D32, 0x9CCC65, 0xFFB300, 0xC62828};

    private final TaxService tax;
    private final Supplier<RegistryService> registry;
    private final Clock clock;

    /**
     * The registry is fetched when colours are first asked for: at the first start it seeds the
     * classifier while it activates, and taking it here would fail on SCR's lock timeout.
     */
    @Activate
    public CollectionLayer(@Reference TaxService tax, @Reference ComponentServiceObjects<RegistryService> registry) {
        this(tax, () -> {
            try {
                return registry.getService();
            } catch (ServiceException e) {
                return null;
            }
        }, Clock.systemDefaultZone());
    }

    CollectionLayer(TaxService tax, Supplier<RegistryService> registry, Clock clock) {
        this.tax = tax;
        this.registry = registry;
        this.clock = clock;
    }

    @Override
    public String title(Locale locale) {
        return Messages.of(CollectionLayer.class, locale).get("layer.title");
    }

    @Override
    public Map<String, Integer> colours(Level level) {
        LocalDate today = LocalDate.now(clock);
        RegistryService registry = this.registry.get();
        if (registry == null) {
            return Map.of(); // still loading; the map asks again
        }
        List<Unit> units = new ArrayList<>();
        for (Unit region : registry.roots()) {
            if (level == Level.REGION) {
                units.add(region);
            } else {
                units.addAll(registry.children(region.code()));
            }
        }
        Map<String, Integer> colours = new HashMap<>();
        for (Unit unit : units) {
            long plan = 0;
            long actual = 0;
            for (Execution e : tax.execution(unit.code(), today.getYear(), today)) {
                plan += e.planTiyn();
                actual += e.actualTiyn();
            }
            if (plan > 0) {
                colours.put(unit.code(), colour(BigDecimal.valueOf(actual).multiply(BigDecimal.valueOf(100))
                        .divide(BigDecimal.valueOf(plan), 1, RoundingMode.HALF_UP)));
            }
        }
        return colours;
    }

    static int colour(BigDecimal percent) {
        for (int i = 0; i < FROM.length; i++) {
            if (percent.compareTo(BigDecimal.valueOf(FROM[i])) >= 0) {
                return COLOURS[i];
            }
        }
        return COLOURS[COLOURS.length - 1];
    }

    @Override
    public List<LegendEntry> legend(Locale locale) {
        Messages messages = Messages.of(CollectionLayer.class, locale);
        List<LegendEntry> legend = new ArrayList<>();
        for (int i = 0; i < FROM.length; i++) {
            legend.add(new LegendEntry(i == 0 ? messages.get("layer.atLeast", FROM[i])
                    : messages.get("layer.range", FROM[i], FROM[i - 1]), COLOURS[i]));
        }
        return legend;
    }

    @Override
    public String note(Locale locale) {
        Messages messages = Messages.of(CollectionLayer.class, locale);
        return tax.hasSyntheticData("") ? messages.get("layer.synthetic") : messages.get("layer.note");
    }
}
