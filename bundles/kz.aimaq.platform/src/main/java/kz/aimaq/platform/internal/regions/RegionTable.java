package kz.aimaq.platform.internal.regions;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.osgi.service.component.annotations.Component;

import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.Regions;

/** The 20 top-level regions, read once from {@code regions.csv} beside this class. */
@Component(service = Regions.class)
public final class RegionTable implements Regions {

    private static final String RESOURCE = "regions.csv";

    private final List<Region> regions;

    public RegionTable() {
        this.regions = load();
    }

    @Override
    public List<Region> all() {
        return regions;
    }

    @Override
    public Optional<Region> find(String codeOrPrefix) {
        if (codeOrPrefix == null) {
            return Optional.empty();
        }
        String code = codeOrPrefix.trim();
        if (code.matches("\\d{2}")) {
            code = code + "0000000";
        }
        String wanted = code;
        return regions.stream().filter(r -> r.code().equals(wanted)).findFirst();
    }

    /** The 9-digit code for a 2- or 9-digit region code, or empty when there is no such region. */
    public Optional<String> normalise(String codeOrPrefix) {
        return find(codeOrPrefix).map(Region::code);
    }

    private static List<Region> load() {
        List<Region> result = new ArrayList<>();
        try (InputStream in = RegionTable.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException(RESOURCE + " is missing from the bundle");
            }
            BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            boolean header = true;
            for (String line = reader.readLine(); line != null; line = reader.readLine()) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                if (header) {
                    header = false;
                    continue;
                }
                String[] cells = line.split(",", -1);
                result.add(new Region(cells[0], cells[1], cells[2], cells[3]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return List.copyOf(result);
    }
}
