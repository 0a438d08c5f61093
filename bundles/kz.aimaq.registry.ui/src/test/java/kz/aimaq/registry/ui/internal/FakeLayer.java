package kz.aimaq.registry.ui.internal;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import kz.aimaq.map.api.ChoroplethLayer;
import kz.aimaq.map.api.LegendEntry;

/** A layer that colours one region (and nothing at district level), recording the threads it is asked on. */
final class FakeLayer implements ChoroplethLayer {

    volatile int rgb = 0xD7301F;
    final List<String> threads = new java.util.concurrent.CopyOnWriteArrayList<>();

    @Override
    public String title(Locale locale) {
        threads.add(Thread.currentThread().getName());
        return "Дайындық индексі";
    }

    @Override
    public Map<String, Integer> colours(Level level) {
        threads.add(Thread.currentThread().getName());
        return level == Level.REGION ? Map.of("350000000", rgb, "710000000", 0x2C7BB6) : Map.of();
    }

    @Override
    public List<LegendEntry> legend(Locale locale) {
        return List.of(new LegendEntry("Жоғары дайындық", 0x2C7BB6), new LegendEntry("Төмен дайындық", 0xD7301F));
    }

    @Override
    public String note(Locale locale) {
        return "Синтетикалық деректер";
    }
}
