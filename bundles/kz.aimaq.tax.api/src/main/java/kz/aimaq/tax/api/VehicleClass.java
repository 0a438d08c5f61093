package kz.aimaq.tax.api;

/** Vehicle classes of the rate tables; what measures the band is named with each. */
public enum VehicleClass {
    /** Passenger car, by engine volume in cc. */
    PASSENGER,
    /** Truck, by load capacity in kg. */
    TRUCK,
    /** Tractor or self-propelled agricultural or road machine: one rate. */
    TRACTOR,
    /** Bus, by seats. */
    BUS
}
