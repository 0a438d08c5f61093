package kz.aimaq.reporting.draw;

/** Fitting labels into the room a chart gives them. */
final class Texts {

    private Texts() {
    }

    /** The text, cut with an ellipsis where it is wider than {@code width}. */
    static String fit(Canvas canvas, String text, double size, double width) {
        if (canvas.textWidth(text, size) <= width) {
            return text;
        }
        String cut = text;
        while (cut.length() > 1 && canvas.textWidth(cut + "…", size) > width) {
            cut = cut.substring(0, cut.length() - 1);
        }
        return cut + "…";
    }

    /** A number for an axis or a label: no more decimals than needed. */
    static String number(double value) {
        if (Math.abs(value - Math.rint(value)) < 1e-9) {
            return String.format(java.util.Locale.ROOT, "%,d", (long) Math.rint(value)).replace(',', ' ');
        }
        return String.format(java.util.Locale.ROOT, "%1$.1f", value);
    }
}
