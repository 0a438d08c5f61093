package kz.aimaq.itests;

import java.util.Set;

import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.RGB;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.widgets.Scrollable;

/** What a control shows on screen, pixel by pixel: for drawings that have no widgets to ask. */
final class ScreenPixels {

    private ScreenPixels() {
    }

    /** How many pixels of every third row and column of the control have one of these colours; UI thread. */
    static int count(Scrollable control, Set<RGB> colours) {
        Rectangle area = control.getClientArea();
        if (area.width <= 0 || area.height <= 0) {
            return 0;
        }
        Point origin = control.toDisplay(0, 0);
        Image image = new Image(control.getDisplay(), area.width, area.height);
        GC gc = new GC(control.getDisplay());
        try {
            gc.copyArea(image, origin.x, origin.y);
            ImageData data = image.getImageData();
            int found = 0;
            for (int y = 0; y < data.height; y += 3) {
                for (int x = 0; x < data.width; x += 3) {
                    if (colours.contains(data.palette.getRGB(data.getPixel(x, y)))) {
                        found++;
                    }
                }
            }
            return found;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
