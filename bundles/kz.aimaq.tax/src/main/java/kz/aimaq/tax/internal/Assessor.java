package kz.aimaq.tax.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import kz.aimaq.tax.api.Assessment;
import kz.aimaq.tax.api.IdKind;
import kz.aimaq.tax.api.ReferenceRow;
import kz.aimaq.tax.api.TaxKind;
import kz.aimaq.tax.api.TaxObject;
import kz.aimaq.tax.api.VehicleClass;

/**
 * Computes the tax of one object for one year by the reference rows in force on 1 January of
 * that year, pro rata to the months owned, and writes out how.
 */
final class Assessor {

    /**
     * Tax Code 2017 Art. 492(2): the higher passenger-car rates apply to cars imported (or made in
     * Kazakhstan) after this day; the rows themselves end with the 2017 Code.
     */
    private static final LocalDate HIGHER_RATES_AFTER = LocalDate.of(2013, 12, 31);
    private static final BigDecimal TWELVE = BigDecimal.valueOf(12);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    private final ReferenceTables tables;

    Assessor(ReferenceTables tables) {
        this.tables = tables;
    }

    /** What the computation used, so that the amount can be shown with its rows. */
    private static final class Trace {
        final Computation text = new Computation();
        boolean unverified;

        Trace use(ReferenceRow row) {
            unverified |= row.confidence().unverified();
            return this;
        }
    }

    /** As {@link #assess(TaxObject, int, long)} with the object as its owner's only property. */
    Optional<Assessment> assess(TaxObject object, int year) {
        return assess(object, year, object.details() instanceof TaxObject.Property p ? p.baseTiyn() : 0);
    }

    /**
     * @param ownerPropertyTiyn the total tax base of every property object its owner held in that
     *                          year (this one included): from the 2026 Code an owner above the
     *                          {@code property_owner_total} threshold is taxed on the total
     */
    Optional<Assessment> assess(TaxObject object, int year, long ownerPropertyTiyn) {
        int months = monthsOwned(object, year);
        if (months == 0) {
            return Optional.empty();
        }
        LocalDate jan1 = LocalDate.of(year, 1, 1);
        IdKind payer = payerKind(object.taxpayerId());
        Trace trace = new Trace();
        BigDecimal annual;
        if (object.details() instanceof TaxObject.Vehicle v) {
            annual = vehicle(v, year, jan1, trace);
        } else if (object.details() instanceof TaxObject.Property p) {
            annual = property(p, ownerPropertyTiyn, jan1, trace);
        } else {
            annual = land((TaxObject.Land) object.details(), jan1, trace);
        }
        BigDecimal amount = annual.multiply(BigDecimal.valueOf(months)).divide(TWELVE, 10, RoundingMode.HALF_UP);
        long tiyn = Money.tiyn(amount);
        trace.text.step("months", months, Money.tenge(tiyn));
        TaxKind kind = object.details().kind();
        ReferenceRow kbk = kbk(kind, payer, jan1);
        trace.use(kbk);
        ReferenceRow due = single("due_dates", kind.name() + ":" + payer.name(), jan1);
        trace.use(due);
        MonthDay monthDay = MonthDay.parse("--" + due.values().get(2));
        LocalDate dueDate = monthDay.atYear(year + Integer.parseInt(due.values().get(3)));
        return Optional.of(new Assessment(object.okrug(), object.id(), object.taxpayerId(), year, kbk.values().get(0),
                tiyn, dueDate, trace.text.first("head", kbk.values().get(0), year).stored(), trace.unverified));
    }

    /**
     * Months of the year the object was owned: the month of acquisition counts, the month of
     * disposal does not unless it is also the month of acquisition (the counting rule is not
     * confirmed in the Code, TAX.md marks it [L]).
     */
    static int monthsOwned(TaxObject object, int year) {
        LocalDate start = object.ownedFrom();
        LocalDate end = object.ownedTo();
        if (start.getYear() > year || (end != null && end.getYear() < year)) {
            return 0;
        }
        int first = start.getYear() < year ? 1 : start.getMonthValue();
        int last;
        if (end == null || end.getYear() > year) {
            last = 12;
        } else if (end.getYear() == start.getYear() && end.getMonthValue() == start.getMonthValue()) {
            last = end.getMonthValue();
        } else {
            last = end.getMonthValue() - 1;
        }
        return Math.max(0, last - first + 1);
    }

    static IdKind payerKind(String id) {
        return id.length() == 12 && id.charAt(4) >= '4' ? IdKind.BIN : IdKind.IIN;
    }

    private BigDecimal vehicle(TaxObject.Vehicle v, int year, LocalDate jan1, Trace trace) {
        ReferenceRow rate = null;
        boolean higherCase = v.vehicleClass() == VehicleClass.PASSENGER && (v.importedOn() != null
                ? v.importedOn().isAfter(HIGHER_RATES_AFTER) : v.yearBuilt() > HIGHER_RATES_AFTER.getYear());
        if (higherCase) {
            rate = band("higher", v, jan1).orElse(null);
        }
        if (rate == null) {
            rate = band("standard", v, jan1).orElseThrow(() -> new IllegalArgumentException("no vehicle rate for "
                    + v.vehicleClass() + " " + v.measure() + " in " + year));
        }
        trace.use(rate);
        ReferenceRow mci = mci(year);
        trace.use(mci);
        List<String> r = rate.values();
        BigDecimal mciTenge = new BigDecimal(mci.values().get(0));
        BigDecimal amount = new BigDecimal(r.get(4)).multiply(mciTenge);
        trace.text.step("vehicle", "@class." + v.vehicleClass().name(), v.measure(),
                v.vehicleClass() == VehicleClass.TRACTOR ? "" : "@unit." + v.vehicleClass().name(),
                r.get(2), r.get(3).isEmpty() ? "∞" : r.get(3), r.get(4), r.get(5), "@rates." + r.get(0),
                mci.values().get(0), year);
        int age = year - v.yearBuilt();
        for (ReferenceRow row : tables.rows("vehicle_age")) {
            List<String> a = row.values();
            if (row.appliesOn(jan1) && a.get(0).equals(v.vehicleClass().name()) && age > Integer.parseInt(a.get(1))
                    && (a.get(2).isEmpty() || age <= Integer.parseInt(a.get(2)))) {
                trace.use(row);
                amount = amount.multiply(new BigDecimal(a.get(3)));
                trace.text.step("age", a.get(3), age, a.get(1), a.get(4));
            }
        }
        return amount;
    }

    private Optional<ReferenceRow> band(String variant, TaxObject.Vehicle v, LocalDate day) {
        for (ReferenceRow row : tables.rows("vehicle_rates")) {
            List<String> r = row.values();
            if (row.appliesOn(day) && r.get(0).equals(variant) && r.get(1).equals(v.vehicleClass().name())
                    && inBand(v.measure(), r.get(2), r.get(3))) {
                return Optional.of(row);
            }
        }
        return Optional.empty();
    }

    /** Bands run from above (exclusive, or 0 inclusive) to up_to (inclusive, blank for no limit). */
    private static boolean inBand(long measure, String above, String upTo) {
        long low = Long.parseLong(above);
        return (measure > low || (low == 0 && measure >= 0)) && (upTo.isEmpty() || measure <= Long.parseLong(upTo));
    }

    private BigDecimal property(TaxObject.Property p, long ownerPropertyTiyn, LocalDate jan1, Trace trace) {
        BigDecimal base = BigDecimal.valueOf(p.baseTiyn(), 2);
        BigDecimal total = BigDecimal.valueOf(Math.max(ownerPropertyTiyn, p.baseTiyn()), 2);
        for (ReferenceRow row : tables.rows("property_owner_total")) {
            List<String> r = row.values();
            if (row.appliesOn(jan1) && total.compareTo(new BigDecimal(r.get(0))) > 0) {
                trace.use(row);
                BigDecimal ownerTax = new BigDecimal(r.get(1))
                        .add(total.subtract(new BigDecimal(r.get(0))).multiply(new BigDecimal(r.get(2))).divide(HUNDRED));
                // the owner's tax is shared among the objects in proportion to their value
                BigDecimal share = ownerTax.multiply(base).divide(total, MathContext.DECIMAL128);
                trace.text.step("ownerTotal", total.toPlainString(), r.get(1), r.get(2), r.get(0), r.get(3),
                        ownerTax.setScale(2, RoundingMode.HALF_UP).toPlainString(), base.toPlainString(),
                        share.setScale(2, RoundingMode.HALF_UP).toPlainString());
                return share;
            }
        }
        for (ReferenceRow row : tables.rows("property_scale")) {
            List<String> r = row.values();
            if (row.appliesOn(jan1) && inBand(base, r.get(0), r.get(1))) {
                trace.use(row);
                BigDecimal above = new BigDecimal(r.get(0));
                BigDecimal tax = new BigDecimal(r.get(2))
                        .add(base.subtract(above).multiply(new BigDecimal(r.get(3))).divide(HUNDRED));
                trace.text.step("property", base.toPlainString(), r.get(2), r.get(3), r.get(0), r.get(4),
                        tax.setScale(2, RoundingMode.HALF_UP).toPlainString());
                return tax;
            }
        }
        throw new IllegalArgumentException("no property scale row for base " + base + " on " + jan1);
    }

    private static boolean inBand(BigDecimal value, String above, String upTo) {
        BigDecimal low = new BigDecimal(above);
        return (value.compareTo(low) > 0 || low.signum() == 0)
                && (upTo.isEmpty() || value.compareTo(new BigDecimal(upTo)) <= 0);
    }

    private BigDecimal land(TaxObject.Land l, LocalDate jan1, Trace trace) {
        List<ReferenceRow> bands = new ArrayList<>();
        for (ReferenceRow row : tables.rows("land_rates")) {
            if (row.appliesOn(jan1) && row.values().get(0).equals(l.category())) {
                bands.add(row);
            }
        }
        if (bands.isEmpty()) {
            throw new IllegalArgumentException("no land rate for category '" + l.category() + "' on " + jan1);
        }
        bands.sort(Comparator.comparingLong(r -> Long.parseLong(r.values().get(1))));
        BigDecimal tax = BigDecimal.ZERO;
        trace.text.step("land", "@land." + l.category(), l.areaM2());
        for (ReferenceRow row : bands) {
            List<String> r = row.values();
            long above = Long.parseLong(r.get(1));
            if (l.areaM2() <= above) {
                continue;
            }
            long upTo = r.get(2).isEmpty() ? l.areaM2() : Math.min(l.areaM2(), Long.parseLong(r.get(2)));
            BigDecimal units = BigDecimal.valueOf(upTo - above).divide(new BigDecimal(r.get(4)), 10, RoundingMode.HALF_UP);
            BigDecimal part = units.multiply(new BigDecimal(r.get(3)));
            trace.use(row);
            tax = tax.add(part);
            trace.text.step("landBand", units.stripTrailingZeros().toPlainString(), r.get(3), r.get(4), r.get(5));
        }
        trace.text.step("landTotal", tax.setScale(2, RoundingMode.HALF_UP).toPlainString());
        return tax;
    }

    private ReferenceRow mci(int year) {
        return single("mci", "", LocalDate.of(year, 1, 1));
    }

    private ReferenceRow kbk(TaxKind kind, IdKind payer, LocalDate day) {
        for (ReferenceRow row : tables.rows("kbk")) {
            List<String> r = row.values();
            if (row.appliesOn(day) && r.get(1).equals(kind.name()) && r.get(2).equals(payer.name())
                    && r.get(3).equals("4")) {
                return row;
            }
        }
        throw new IllegalArgumentException("no fourth-level КБК for " + kind + " of " + payer + " on " + day);
    }

    private ReferenceRow single(String table, String key, LocalDate day) {
        for (ReferenceRow row : tables.rows(table)) {
            if (row.key().equals(key) && row.appliesOn(day)) {
                return row;
            }
        }
        throw new IllegalArgumentException("no " + table + " row" + (key.isEmpty() ? "" : " for " + key) + " in force on "
                + day);
    }
}
