package kz.aimaq.reporting.internal;

import java.io.IOException;
import java.io.InputStream;
import java.util.HashMap;
import java.util.Map;

import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

/**
 * DejaVu Sans (regular and bold), which has every Kazakh letter, embedded as a subset into a
 * document. The font files are read from the jasperreports-fonts bundle's exported package.
 * Widths are cached per character; a character the font lacks is shown as {@code ?} rather
 * than failing the whole report.
 */
final class PdfFonts {

    static final String FOLDER = "net/sf/jasperreports/fonts/dejavu/";

    final PDType0Font regular;
    final PDType0Font bold;
    private final Map<Integer, Float> regularWidths = new HashMap<>();
    private final Map<Integer, Float> boldWidths = new HashMap<>();

    PdfFonts(PDDocument document) throws IOException {
        regular = load(document, "DejaVuSans.ttf");
        bold = load(document, "DejaVuSans-Bold.ttf");
    }

    private static PDType0Font load(PDDocument document, String file) throws IOException {
        try (InputStream in = PdfFonts.class.getClassLoader().getResourceAsStream(FOLDER + file)) {
            if (in == null) {
                throw new IOException("the font " + FOLDER + file + " is missing: is the jasperreports-fonts bundle installed?");
            }
            return PDType0Font.load(document, in, true);
        }
    }

    /** The text with every character the font lacks replaced, so that showing it cannot fail. */
    String printable(PDType0Font font, String text) {
        Map<Integer, Float> widths = font == bold ? boldWidths : regularWidths;
        StringBuilder out = null;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (width(font, widths, c) < 0) {
                if (out == null) {
                    out = new StringBuilder(text.substring(0, i));
                }
                out.append('?');
            } else if (out != null) {
                out.append(c);
            }
        }
        return out == null ? text : out.toString();
    }

    /** The width of printable text at a size, in points. */
    float width(PDType0Font font, String text, float size) {
        Map<Integer, Float> widths = font == bold ? boldWidths : regularWidths;
        float sum = 0;
        for (int i = 0; i < text.length(); i++) {
            float w = width(font, widths, text.charAt(i));
            sum += w < 0 ? width(font, widths, '?') : w;
        }
        return sum * size / 1000f;
    }

    private static float width(PDType0Font font, Map<Integer, Float> widths, char c) {
        Float known = widths.get((int) c);
        if (known != null) {
            return known;
        }
        float w;
        try {
            w = font.getStringWidth(String.valueOf(c));
        } catch (IllegalArgumentException | IOException e) {
            w = -1;
        }
        widths.put((int) c, w);
        return w;
    }
}
