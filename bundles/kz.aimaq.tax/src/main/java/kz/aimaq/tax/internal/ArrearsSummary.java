package kz.aimaq.tax.internal;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import kz.aimaq.tax.api.AgeBucket;
import kz.aimaq.tax.api.Payment;

/**
 * The arrears summary ({@code tax_arrears_due}): what every taxpayer × КБК account of an okrug
 * still owes after all its payments, summed per okrug × КБК × due date, in a form that answers
 * "arrears as of any day from today on" without the ledger. Each account contributes its unpaid
 * liabilities with the day their penalty runs from, the penalty already fixed (accrued on amounts
 * paid late, less КНП 912 payments), and the days its debt is aged from (its oldest unpaid due
 * date, else the oldest due date whose penalty is unpaid). Penalty accrual is linear in the
 * amount, so the penalty of a row of many accounts is the sum of theirs before rounding.
 */
final class ArrearsSummary {

    /** "None" in the date columns of the key, which may not be null. */
    static final LocalDate NONE = LocalDate.of(9999, 12, 31);
    /** Penalty in tiyn is stored with this many decimals, so that what was added can be taken away exactly. */
    static final int PENALTY_SCALE = 8;

    /**
     * A summary row.
     *
     * @param agedFrom        the accounts' oldest unpaid due date ({@link #NONE} if all tax is paid)
     * @param penaltyAgedFrom the oldest due date whose penalty the accounts have not paid, used when
     *                        no tax is overdue ({@link #NONE} if no penalty is left)
     * @param penaltyTiyn     penalty fixed before {@code accruingFrom} less КНП 912 payments (tiyn, scale 8)
     * @param accounts        accounts counted on this row (each account on one row)
     * @param dueAccounts     accounts with unpaid tax of this due date counted on this row
     */
    record Row(String okrug, String kbk, LocalDate due, LocalDate accruingFrom, LocalDate agedFrom,
            LocalDate penaltyAgedFrom, long unpaidTiyn, BigDecimal penaltyTiyn, long accounts, long dueAccounts) {

        List<Object> key() {
            return List.of(okrug, kbk, due, accruingFrom, agedFrom, penaltyAgedFrom);
        }

        Row plus(Row o) {
            return new Row(okrug, kbk, due, accruingFrom, agedFrom, penaltyAgedFrom, unpaidTiyn + o.unpaidTiyn,
                    penaltyTiyn.add(o.penaltyTiyn), accounts + o.accounts, dueAccounts + o.dueAccounts);
        }

        Row negated() {
            return new Row(okrug, kbk, due, accruingFrom, agedFrom, penaltyAgedFrom, -unpaidTiyn, penaltyTiyn.negate(),
                    -accounts, -dueAccounts);
        }

        boolean isZero() {
            return unpaidTiyn == 0 && penaltyTiyn.signum() == 0 && accounts == 0 && dueAccounts == 0;
        }
    }

    private ArrearsSummary() {
    }

    /** The rows one account contributes, from its liabilities and all its payments. */
    static List<Row> contribution(Ledger ledger, String okrug, String kbk, List<Ledger.Liability> liabilities,
            List<Payment> payments) {
        if (liabilities.isEmpty()) {
            return List.of();
        }
        Ledger.Settled settled = ledger.settle(liabilities, payments, NONE);
        List<Ledger.Liability> open = new ArrayList<>();
        BigDecimal[] accrued = new BigDecimal[settled.open().size()];
        BigDecimal fixed = BigDecimal.ZERO;
        LocalDate agedFrom = NONE;
        for (int i = 0; i < accrued.length; i++) {
            Ledger.Open o = settled.open().get(i);
            open.add(o.liability());
            accrued[i] = o.accruedTiyn();
            fixed = fixed.add(o.accruedTiyn());
            if (o.remainingTiyn() > 0 && agedFrom == NONE) {
                agedFrom = o.liability().due();
            }
        }
        // the ledger's test for "penalty left" when nothing more accrues: rounded accrual above what 912 paid
        boolean penaltyLeft = Money.tiyn(fixed.movePointLeft(2)) - settled.penaltyPaidTiyn() > 0;
        fixed = fixed.subtract(BigDecimal.valueOf(settled.penaltyPaidTiyn()));
        if (agedFrom == NONE && !penaltyLeft) {
            return List.of();
        }
        LocalDate penaltyAgedFrom = penaltyLeft
                ? Ledger.oldestPenaltyDue(open, accrued, settled.penaltyPaidTiyn()) : NONE;
        Map<List<Object>, Row> rows = new LinkedHashMap<>();
        Set<LocalDate> dueDates = new HashSet<>();
        boolean counted = false;
        for (Ledger.Open o : settled.open()) {
            if (o.remainingTiyn() == 0) {
                continue;
            }
            LocalDate due = o.liability().due();
            BigDecimal penalty = counted ? BigDecimal.ZERO : fixed;
            add(rows, new Row(okrug, kbk, due, o.accruingFrom(), agedFrom, penaltyAgedFrom, o.remainingTiyn(),
                    scaled(penalty), counted ? 0 : 1, dueDates.add(due) ? 1 : 0));
            counted = true;
        }
        if (!counted) {
            add(rows, new Row(okrug, kbk, penaltyAgedFrom, NONE, NONE, penaltyAgedFrom, 0, scaled(fixed), 1, 0));
        }
        return new ArrayList<>(rows.values());
    }

    private static BigDecimal scaled(BigDecimal tiyn) {
        return tiyn.setScale(PENALTY_SCALE, RoundingMode.HALF_UP);
    }

    static void add(Map<List<Object>, Row> into, Row row) {
        into.merge(row.key(), row, Row::plus);
    }

    /** Principal, penalty and accounts of one okrug in one age bucket, as of a day. */
    record Aged(long principalTiyn, long penaltyTiyn, long accounts) {
    }

    /**
     * The arrears as of a day (no earlier than the last payment summed) by okrug and age bucket:
     * the same accounts, principal and buckets as the ledger; the penalty is rounded to the tiyn
     * once per okrug and bucket instead of once per account.
     */
    static Map<String, Map<AgeBucket, Aged>> asOf(Ledger ledger, List<Row> rows, LocalDate day) {
        Map<String, Map<AgeBucket, long[]>> counts = new TreeMap<>();
        Map<String, Map<AgeBucket, BigDecimal>> penalties = new TreeMap<>();
        for (Row r : rows) {
            LocalDate from = r.agedFrom().isBefore(day) ? r.agedFrom() : r.penaltyAgedFrom();
            if (!from.isBefore(day)) {
                continue;
            }
            AgeBucket bucket = AgeBucket.of(day.toEpochDay() - from.toEpochDay());
            long[] sums = counts.computeIfAbsent(r.okrug(), k -> new EnumMap<>(AgeBucket.class))
                    .computeIfAbsent(bucket, k -> new long[2]);
            if (r.due().isBefore(day)) {
                sums[0] += r.unpaidTiyn();
            }
            sums[1] += r.accounts();
            BigDecimal penalty = r.penaltyTiyn();
            if (r.unpaidTiyn() > 0 && !r.accruingFrom().isAfter(day)) {
                penalty = penalty.add(ledger.accrual(r.unpaidTiyn(), r.accruingFrom(), day));
            }
            penalties.computeIfAbsent(r.okrug(), k -> new EnumMap<>(AgeBucket.class)).merge(bucket, penalty, BigDecimal::add);
        }
        Map<String, Map<AgeBucket, Aged>> result = new TreeMap<>();
        counts.forEach((okrug, byBucket) -> byBucket.forEach((bucket, sums) -> {
            long penalty = Math.max(0, Money.tiyn(penalties.get(okrug).get(bucket).movePointLeft(2)));
            result.computeIfAbsent(okrug, k -> new EnumMap<>(AgeBucket.class)).put(bucket,
                    new Aged(sums[0], penalty, sums[1]));
        }));
        return result;
    }
}
