package kz.aimaq.platform.api;

import java.util.List;
import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/** The top-level regions of the country as published in KATO. */
@ProviderType
public interface Regions {

    /** All 20 regions in KATO order. */
    List<Region> all();

    /**
     * Finds a region by its 9-digit code or its 2-digit prefix ({@code 19} or
     * {@code 190000000}).
     */
    Optional<Region> find(String codeOrPrefix);
}
