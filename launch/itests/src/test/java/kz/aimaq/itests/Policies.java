package kz.aimaq.itests;

import java.util.Arrays;
import java.util.stream.Collectors;

/** Region policy files for tests, in the format of conf/region-policy.json. */
final class Policies {

    private Policies() {
    }

    static String enabled(String module, String... regions) {
        String list = Arrays.stream(regions).map(r -> '"' + r + '"').collect(Collectors.joining(", "));
        return "{\"modules\": {\"" + module + "\": [" + list + "]}}\n";
    }
}
