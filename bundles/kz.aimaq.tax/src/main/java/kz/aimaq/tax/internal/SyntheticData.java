package kz.aimaq.tax.internal;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.TreeMap;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.tax.api.Assessment;
import kz.aimaq.tax.api.IdKind;
import kz.aimaq.tax.api.Payment;
import kz.aimaq.tax.api.PlanLine;
import kz.aimaq.tax.api.TaxObject;
import kz.aimaq.tax.api.Taxpayer;
import kz.aimaq.tax.api.VehicleClass;

/**
 * A deterministic synthetic demo set for one okrug: the same code and year give the same data.
 * IINs are born in the 1880s and 1890s with serials 9xxx and BINs have serials 9xxxx, as TAX.md
 * (c) advises, so no number can belong to a living person; every name says "synthetic".
 */
final class SyntheticData {

    static final String SOURCE = "synthetic-demo";

    record Okrug(List<Taxpayer> taxpayers, List<TaxObject> objects, List<Assessment> assessments,
            List<TaxStore.StoredPayment> payments, List<PlanLine> plan) {
    }

    private SyntheticData() {
    }

    /** The names of the taxpayers, {@code OSGI-INF/l10n/tax-demo.properties} and its kk and ru siblings. */
    static Messages names(Locale locale) {
        return Messages.load(SyntheticData.class.getClassLoader(), "tax-demo", locale);
    }

    /**
     * Taxpayers with houses, plots and cars, their assessments for {@code year - 1} and
     * {@code year}, the payments of {@code year} up to {@code until} (most on time, some late,
     * some never) and the plan of {@code year} (some okrugs with an amendment).
     */
    static Okrug generate(String okrug, int year, LocalDate until, Assessor assessor,
            Messages names) {
        Random random = new Random(okrug.hashCode() * 31L + year);
        int people = 40 + random.nextInt(260);
        List<Taxpayer> taxpayers = new ArrayList<>();
        List<TaxObject> objects = new ArrayList<>();
        for (int i = 0; i < people; i++) {
            boolean entity = random.nextInt(100) < 4;
            String id = entity ? bin(random, i) : iin(random, i);
            String name = entity ? names.get("demo.entity", i + 1) : names.get("demo.taxpayer", i + 1);
            taxpayers.add(new Taxpayer(okrug, id, entity ? IdKind.BIN : IdKind.IIN, name, true));
            LocalDate since = LocalDate.of(2000 + random.nextInt(21), 1 + random.nextInt(12), 1 + random.nextInt(28));
            if (random.nextInt(10) == 0) {
                since = LocalDate.of(year - 1, 1 + random.nextInt(12), 1 + random.nextInt(28));
            }
            if (!entity) {
                objects.add(new TaxObject(okrug, "H" + (i + 1), id,
                        new TaxObject.Property((1_500_000L + random.nextInt(23_500_000)) * 100), since, null));
                if (random.nextInt(10) < 7) {
                    objects.add(new TaxObject(okrug, "L" + (i + 1), id,
                            new TaxObject.Land("household_plot", 600 + random.nextInt(7400)), since, null));
                }
            }
            if (entity || random.nextInt(10) < 6) {
                int built = 1995 + random.nextInt(30);
                int cc = new int[] {1100, 1400, 1600, 1800, 2000, 2400, 2700, 3500}[random.nextInt(8)];
                objects.add(new TaxObject(okrug, "V" + (i + 1), id, new TaxObject.Vehicle(VehicleClass.PASSENGER, cc,
                        built, LocalDate.of(built, 6, 1)), since.isBefore(LocalDate.of(built, 6, 1))
                                ? LocalDate.of(built, 6, 1) : since, null));
            }
        }
        List<Assessment> assessments = new ArrayList<>();
        for (TaxObject o : objects) {
            for (int y : new int[] {year - 1, year}) {
                assessor.assess(o, y).ifPresent(assessments::add);
            }
        }
        Map<String, long[]> owedInYear = new TreeMap<>();
        Map<String, LocalDate> due = new TreeMap<>();
        Map<String, Long> planByKbk = new TreeMap<>();
        for (Assessment a : assessments) {
            if (a.dueDate().getYear() == year) {
                owedInYear.computeIfAbsent(a.taxpayerId() + "|" + a.kbk(), k -> new long[1])[0] += a.amountTiyn();
                due.merge(a.taxpayerId() + "|" + a.kbk(), a.dueDate(), (x, y) -> x.isAfter(y) ? x : y);
                planByKbk.merge(a.kbk(), a.amountTiyn(), Long::sum);
            }
        }
        List<TaxStore.StoredPayment> payments = new ArrayList<>();
        int document = 0;
        for (Map.Entry<String, long[]> e : owedInYear.entrySet()) {
            String[] k = e.getKey().split("\\|");
            LocalDate dueDate = due.get(e.getKey());
            int behaviour = random.nextInt(100);
            LocalDate paid;
            if (behaviour < 72) {
                paid = dueDate.minusDays(random.nextInt(75));
            } else if (behaviour < 86) {
                paid = dueDate.plusDays(5 + random.nextInt(150));
            } else {
                continue;
            }
            if (paid.isAfter(until)) {
                continue;
            }
            payments.add(stored(new Payment(paid, k[0], k[1], Payment.KNP_TAX, e.getValue()[0],
                    "SYN-" + okrug + "-" + (++document), okrug)));
            if (paid.isAfter(dueDate) && random.nextBoolean()) {
                long days = paid.toEpochDay() - dueDate.toEpochDay();
                long penalty = e.getValue()[0] * 125 * 18 * days / (100 * 100 * 365);
                LocalDate penaltyDay = paid.plusDays(3 + random.nextInt(20));
                if (penalty > 0 && !penaltyDay.isAfter(until)) {
                    payments.add(stored(new Payment(penaltyDay, k[0], k[1], Payment.KNP_PENALTY, penalty,
                            "SYN-" + okrug + "-" + (++document), okrug)));
                }
            }
        }
        List<PlanLine> plan = new ArrayList<>();
        boolean amended = random.nextInt(10) < 3;
        for (Map.Entry<String, Long> e : planByKbk.entrySet()) {
            long adopted = roundToThousandTenge(e.getValue() * (95 + random.nextInt(20)) / 100);
            plan.add(new PlanLine(okrug, year, e.getKey(), 1, adopted, "synthetic maslikhat decision, adopted"));
            if (amended) {
                plan.add(new PlanLine(okrug, year, e.getKey(), 2,
                        roundToThousandTenge(adopted * (90 + random.nextInt(20)) / 100), "synthetic amendment"));
            }
        }
        return new Okrug(taxpayers, objects, assessments, payments, plan);
    }

    private static long roundToThousandTenge(long tiyn) {
        return Math.round(tiyn / 100_000.0) * 100_000;
    }

    private static TaxStore.StoredPayment stored(Payment p) {
        return new TaxStore.StoredPayment(p, PaymentFile.rowKey(p), 0);
    }

    /** An IIN of someone born in 1880-1899 (digit 7 is 1 or 2) with serial 9xxx: never a living person. */
    static String iin(Random random, int index) {
        for (int serial = 9000 + index % 1000;; serial = 9000 + (serial - 8999) % 1000) {
            String first11 = String.format("%02d%02d%02d%d%04d", 80 + random.nextInt(20), 1 + random.nextInt(12),
                    1 + random.nextInt(28), 1 + random.nextInt(2), serial);
            int check = IdNumbers.checkDigit(first11);
            if (check >= 0) {
                return first11 + check;
            }
        }
    }

    /** A BIN of a resident legal entity with serial 9xxxx. */
    static String bin(Random random, int index) {
        for (int serial = 90000 + index % 10000;; serial = 90000 + (serial - 89999) % 10000) {
            String first11 = String.format("%02d%02d40%05d", random.nextInt(25), 1 + random.nextInt(12), serial);
            int check = IdNumbers.checkDigit(first11);
            if (check >= 0) {
                return first11 + check;
            }
        }
    }
}
