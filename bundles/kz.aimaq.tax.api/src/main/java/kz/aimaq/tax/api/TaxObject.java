package kz.aimaq.tax.api;

import java.time.LocalDate;
import java.util.Objects;

/**
 * A taxable object at a KATO unit, owned by one taxpayer for a period.
 *
 * @param okrug      KATO code of the fourth-level unit whose budget receives the tax
 * @param id         the object's identifier, unique within the okrug
 * @param taxpayerId IIN or BIN of the owner
 * @param details    what the object is
 * @param ownedFrom  first day of ownership
 * @param ownedTo    last day of ownership, {@code null} while owned
 */
public record TaxObject(String okrug, String id, String taxpayerId, Details details, LocalDate ownedFrom,
        LocalDate ownedTo) {

    public TaxObject {
        Objects.requireNonNull(okrug, "okrug");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(taxpayerId, "taxpayerId");
        Objects.requireNonNull(details, "details");
        Objects.requireNonNull(ownedFrom, "ownedFrom");
    }

    /** What an object is; the kind decides the tax. */
    public sealed interface Details permits Property, Land, Vehicle {
        TaxKind kind();
    }

    /** A dwelling, building, garage or other structure, with its tax base set as of 1 January. */
    public record Property(long baseTiyn) implements Details {
        @Override
        public TaxKind kind() {
            return TaxKind.PROPERTY;
        }
    }

    /**
     * A land plot.
     *
     * @param category the land-rate category, e.g. {@code household_plot} or {@code house_plot}
     * @param areaM2   the area in square metres
     */
    public record Land(String category, long areaM2) implements Details {
        @Override
        public TaxKind kind() {
            return TaxKind.LAND;
        }
    }

    /**
     * A vehicle.
     *
     * @param vehicleClass what kind of vehicle
     * @param measure      engine cc, load kg or seats, as the class is banded (0 for tractors)
     * @param yearBuilt    the year of manufacture
     * @param importedOn   when it was imported into, or first registered in, Kazakhstan
     */
    public record Vehicle(VehicleClass vehicleClass, int measure, int yearBuilt, LocalDate importedOn)
            implements Details {
        @Override
        public TaxKind kind() {
            return TaxKind.VEHICLE;
        }
    }
}
