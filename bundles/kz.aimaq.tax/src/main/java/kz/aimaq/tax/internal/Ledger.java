package kz.aimaq.tax.internal;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import kz.aimaq.tax.api.Payment;
import kz.aimaq.tax.api.ReferenceRow;

/**
 * The account of one taxpayer on one КБК: payments settle liabilities oldest due date first,
 * what is left over is kept as an overpayment; unpaid tax past its due date accrues a penalty
 * each day at the multiplier times the base rate in force that day, / 365, from the day after
 * the due date through the payment day; КНП 912 payments settle penalties.
 */
final class Ledger {

    private static final BigDecimal DAYS_IN_YEAR = BigDecimal.valueOf(365);
    private static final BigDecimal HUNDRED = BigDecimal.valueOf(100);

    /** A tax owed by a due date. */
    record Liability(String ref, long amountTiyn, LocalDate due) {

        /** The reference of an assessment's liability: its year and object. */
        static String refOf(int year, String objectId) {
            return year + "/" + objectId;
        }
    }

    /**
     * The state as of a day.
     *
     * @param overdueTiyn     unpaid tax whose due date has passed
     * @param notDueTiyn      unpaid tax not yet due
     * @param penaltyTiyn     accrued penalty less КНП 912 payments (0 if they paid more)
     * @param creditTiyn      overpaid tax and penalty kept for later liabilities
     * @param oldestUnpaidDue the due date of the oldest overdue unpaid liability, or {@code null}
     * @param oldestPenaltyDue the due date of the oldest liability whose penalty is not paid off
     *                        (КНП 912 payments settle penalties oldest first), or {@code null}
     */
    record State(long overdueTiyn, long notDueTiyn, long penaltyTiyn, long creditTiyn, LocalDate oldestUnpaidDue,
            LocalDate oldestPenaltyDue) {

        /** The day the debt is aged from: the oldest unpaid tax, else the oldest unpaid penalty. */
        LocalDate agedFrom() {
            return oldestUnpaidDue != null ? oldestUnpaidDue : penaltyTiyn > 0 ? oldestPenaltyDue : null;
        }
    }

    private final ReferenceTables tables;

    Ledger(ReferenceTables tables) {
        this.tables = tables;
    }

    /**
     * One liability after the payments up to a day: what is left, the day its penalty runs from,
     * and the penalty (tiyn, unrounded) accrued on it before that day.
     */
    record Open(Liability liability, long remainingTiyn, LocalDate accruingFrom, BigDecimal accruedTiyn) {
    }

    /** The liabilities oldest first after the payments up to a day, with what was paid on penalties and left over. */
    record Settled(List<Open> open, long penaltyPaidTiyn, long creditTiyn) {
    }

    /**
     * Applies the payments up to {@code day} (inclusive): tax payments settle liabilities oldest due
     * date first and accrue the penalty of each up to the payment day; КНП 912 payments are summed.
     */
    Settled settle(List<Liability> liabilities, List<Payment> payments, LocalDate day) {
        List<Liability> open = new ArrayList<>(liabilities);
        open.sort(Comparator.comparing(Liability::due).thenComparing(Liability::ref));
        long[] remaining = open.stream().mapToLong(Liability::amountTiyn).toArray();
        BigDecimal[] accrued = new BigDecimal[open.size()];
        LocalDate[] accruingFrom = new LocalDate[open.size()];
        for (int i = 0; i < open.size(); i++) {
            accrued[i] = BigDecimal.ZERO;
            accruingFrom[i] = open.get(i).due().plusDays(1);
        }
        List<Payment> sorted = new ArrayList<>(payments);
        sorted.sort(Comparator.comparing(Payment::date));
        long credit = 0;
        long penaltyPaid = 0;
        int next = 0;
        for (Payment p : sorted) {
            if (p.date().isAfter(day)) {
                break;
            }
            if (Payment.KNP_PENALTY.equals(p.knp())) {
                penaltyPaid += p.amountTiyn();
                continue;
            }
            long money = p.amountTiyn() + credit;
            credit = 0;
            while (money > 0 && next < open.size()) {
                long take = Math.min(money, remaining[next]);
                if (!accruingFrom[next].isAfter(p.date())) {
                    accrued[next] = accrued[next].add(accrual(remaining[next], accruingFrom[next], p.date()));
                    accruingFrom[next] = p.date().plusDays(1);
                }
                remaining[next] -= take;
                money -= take;
                if (remaining[next] == 0) {
                    next++;
                }
            }
            credit = money;
        }
        List<Open> result = new ArrayList<>();
        for (int i = 0; i < open.size(); i++) {
            result.add(new Open(open.get(i), remaining[i], accruingFrom[i], accrued[i]));
        }
        return new Settled(result, penaltyPaid, credit);
    }

    State asOf(List<Liability> liabilities, List<Payment> payments, LocalDate day) {
        Settled settled = settle(liabilities, payments, day);
        List<Liability> open = new ArrayList<>();
        BigDecimal[] accrued = new BigDecimal[settled.open().size()];
        long overdue = 0;
        long notDue = 0;
        BigDecimal penalty = BigDecimal.ZERO;
        LocalDate oldest = null;
        for (int i = 0; i < settled.open().size(); i++) {
            Open o = settled.open().get(i);
            open.add(o.liability());
            accrued[i] = o.accruedTiyn();
            if (o.remainingTiyn() > 0 && !o.accruingFrom().isAfter(day)) {
                accrued[i] = accrued[i].add(accrual(o.remainingTiyn(), o.accruingFrom(), day));
            }
            penalty = penalty.add(accrued[i]);
            if (o.remainingTiyn() > 0) {
                if (o.liability().due().isBefore(day)) {
                    overdue += o.remainingTiyn();
                    oldest = oldest == null ? o.liability().due() : oldest;
                } else {
                    notDue += o.remainingTiyn();
                }
            }
        }
        long credit = settled.creditTiyn();
        long penaltyLeft = Money.tiyn(penalty.movePointLeft(2)) - settled.penaltyPaidTiyn();
        if (penaltyLeft < 0) {
            credit -= penaltyLeft;
            penaltyLeft = 0;
        }
        return new State(overdue, notDue, penaltyLeft, credit, oldest,
                oldestPenaltyDue(open, accrued, settled.penaltyPaidTiyn()));
    }

    /** The due date of the first liability, oldest first, whose accrued penalty the КНП 912 payments do not cover. */
    static LocalDate oldestPenaltyDue(List<Liability> open, BigDecimal[] accrued, long penaltyPaid) {
        BigDecimal paid = BigDecimal.valueOf(penaltyPaid);
        LocalDate last = null;
        for (int i = 0; i < open.size(); i++) {
            if (accrued[i].signum() == 0) {
                continue;
            }
            last = open.get(i).due();
            // a penalty counts as paid when the payments cover it to the tiyn
            BigDecimal owed = accrued[i].setScale(0, java.math.RoundingMode.HALF_UP);
            if (paid.compareTo(owed) < 0) {
                return last;
            }
            paid = paid.subtract(owed);
        }
        // what is left is the rounding of the sum to the tiyn: it belongs to the last accrual
        return last;
    }

    /**
     * The penalty in tiyn (unrounded) on {@code amountTiyn} unpaid from {@code from} through
     * {@code to}, both included, summing each base-rate period at its own rate and multiplier.
     */
    BigDecimal accrual(long amountTiyn, LocalDate from, LocalDate to) {
        BigDecimal sum = BigDecimal.ZERO;
        LocalDate day = from;
        while (!day.isAfter(to)) {
            ReferenceRow rate = inForce("base_rate", day);
            ReferenceRow multiplier = inForce("penalty", day);
            LocalDate end = to.plusDays(1);
            end = earlier(end, rate.validTo());
            end = earlier(end, multiplier.validTo());
            long days = ChronoUnit.DAYS.between(day, end);
            sum = sum.add(BigDecimal.valueOf(amountTiyn).multiply(new BigDecimal(multiplier.values().get(0)))
                    .multiply(new BigDecimal(rate.values().get(0))).multiply(BigDecimal.valueOf(days))
                    .divide(HUNDRED.multiply(DAYS_IN_YEAR), MathContext.DECIMAL128));
            day = end;
        }
        return sum;
    }

    private static LocalDate earlier(LocalDate a, LocalDate b) {
        return b != null && b.isBefore(a) ? b : a;
    }

    private ReferenceRow inForce(String table, LocalDate day) {
        for (ReferenceRow row : tables.rows(table)) {
            if (row.appliesOn(day)) {
                return row;
            }
        }
        throw new IllegalArgumentException("no " + table + " row in force on " + day);
    }
}
