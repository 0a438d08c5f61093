package kz.aimaq.reporting.internal;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType0Font;

import kz.aimaq.reporting.draw.Canvas;

/** A chart's canvas on a PDF page: vector paths and text, y flipped to PDF's upward axis. */
final class PdfCanvas implements Canvas {

    private final PDPageContentStream stream;
    private final PdfFonts fonts;
    private final float pageHeight;

    PdfCanvas(PDPageContentStream stream, PdfFonts fonts, float pageHeight) {
        this.stream = stream;
        this.fonts = fonts;
        this.pageHeight = pageHeight;
    }

    private float y(double y) {
        return pageHeight - (float) y;
    }

    private void fillColour(int rgb) throws IOException {
        stream.setNonStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
    }

    private void strokeColour(int rgb) throws IOException {
        stream.setStrokingColor(((rgb >> 16) & 0xFF) / 255f, ((rgb >> 8) & 0xFF) / 255f, (rgb & 0xFF) / 255f);
    }

    @Override
    public void fillRect(double x, double y, double width, double height, int rgb) {
        if (width <= 0 || height <= 0) {
            return;
        }
        try {
            fillColour(rgb);
            stream.addRect((float) x, y(y + height), (float) width, (float) height);
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void line(double x1, double y1, double x2, double y2, int rgb, double lineWidth) {
        try {
            strokeColour(rgb);
            stream.setLineWidth((float) lineWidth);
            stream.moveTo((float) x1, y(y1));
            stream.lineTo((float) x2, y(y2));
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void polyline(double[] xy, int rgb, double lineWidth) {
        if (xy.length < 4) {
            return;
        }
        try {
            strokeColour(rgb);
            stream.setLineWidth((float) lineWidth);
            path(xy);
            stream.stroke();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void fillPolygon(double[] xy, int rgb) {
        if (xy.length < 6) {
            return;
        }
        try {
            fillColour(rgb);
            path(xy);
            stream.closePath();
            stream.fill();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void path(double[] xy) throws IOException {
        stream.moveTo((float) xy[0], y(xy[1]));
        for (int i = 2; i + 1 < xy.length; i += 2) {
            stream.lineTo((float) xy[i], y(xy[i + 1]));
        }
    }

    @Override
    public void text(String text, double x, double y, double size, Align align, int rgb) {
        text(fonts.regular, text, x, y, size, align, rgb);
    }

    void text(PDType0Font font, String text, double x, double y, double size, Align align, int rgb) {
        String printable = fonts.printable(font, text);
        float width = fonts.width(font, printable, (float) size);
        double left = switch (align) {
            case LEFT -> x;
            case CENTER -> x - width / 2;
            case RIGHT -> x - width;
        };
        try {
            fillColour(rgb);
            stream.beginText();
            stream.setFont(font, (float) size);
            stream.newLineAtOffset((float) left, y(y));
            stream.showText(printable);
            stream.endText();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public double textWidth(String text, double size) {
        return fonts.width(fonts.regular, fonts.printable(fonts.regular, text), (float) size);
    }

    double textWidth(PDType0Font font, String text, double size) {
        return fonts.width(font, fonts.printable(font, text), (float) size);
    }
}
