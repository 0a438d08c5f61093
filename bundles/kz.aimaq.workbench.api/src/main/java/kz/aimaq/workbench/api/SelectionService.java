package kz.aimaq.workbench.api;

import java.util.Optional;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The shared selection. Every change is posted on EventAdmin under {@link #TOPIC} with the
 * properties of {@link SelectedUnit#toEventProperties()}, so headless bundles can follow it
 * too; views use {@link ViewSite#onSelection} to receive it on the UI thread.
 */
@ProviderType
public interface SelectionService {

    String TOPIC = "kz/aimaq/workbench/SELECTION";

    void select(SelectedUnit unit);

    Optional<SelectedUnit> current();
}
