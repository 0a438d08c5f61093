package kz.aimaq.workbench.api.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Font;
import org.eclipse.swt.graphics.FontData;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real SWT shell under Xvfb: the text wraps to the width its layout gives it, and is drawn. */
class WrappingTextTest {

    private static final String PARAGRAPH = "Қазақстанның облыстары, аудандары және ауылдық округтерінің тізілімі, олар"
            + " тапсыратын есептер және олар бойынша есептемелер бір жерде, желісіз де.";

    private Shell shell;
    private WrappingText text;
    private Label below;

    @BeforeEach
    void open() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new GridLayout());
        shell.setBackground(shell.getDisplay().getSystemColor(SWT.COLOR_WHITE));
        text = new WrappingText(shell, PARAGRAPH);
        text.setBackground(shell.getBackground());
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false);
        data.widthHint = 100;
        text.setLayoutData(data);
        below = new Label(shell, SWT.NONE);
        below.setText("төменде");
        shell.setSize(700, 400);
        shell.open();
        shell.layout(true, true);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void aLongTextWrapsToTheWidthItIsGivenAndWhatFollowsComesBelowIt() {
        int oneLine = text.computeSize(SWT.DEFAULT, SWT.DEFAULT).y;
        Rectangle wide = text.getBounds();

        assertEquals(shell.getClientArea().width - 2 * ((GridLayout) shell.getLayout()).marginWidth, wide.width,
                "the text fills its column");
        assertTrue(wide.height >= 2 * oneLine, "the paragraph takes two lines or more at " + wide.width + " px: " + wide);
        assertTrue(below.getBounds().y >= wide.y + wide.height, "the label below starts under the whole text");

        shell.setSize(300, 600);
        shell.layout(true, true);
        assertTrue(text.getBounds().height > wide.height, "narrower, the text takes more lines: " + text.getBounds());
        assertTrue(below.getBounds().y >= text.getBounds().y + text.getBounds().height);
    }

    @Test
    void aNewTextOrALargerFontIsMeasuredAgain() {
        int paragraph = text.computeSize(300, SWT.DEFAULT).y;
        text.setText("Қысқа");
        assertEquals("Қысқа", text.getText());
        int word = text.computeSize(300, SWT.DEFAULT).y;
        assertTrue(word < paragraph, "one word is one line: " + word + " against " + paragraph);

        FontData data = text.getFont().getFontData()[0];
        Font big = new Font(text.getDisplay(), data.getName(), data.getHeight() * 2, SWT.BOLD);
        try {
            text.setFont(big);
            assertTrue(text.computeSize(300, SWT.DEFAULT).y > word, "twice the size, a taller line");
        } finally {
            text.dispose();
            big.dispose();
        }
    }

    @Test
    void theTextIsDrawn() {
        text.setForeground(shell.getDisplay().getSystemColor(SWT.COLOR_BLACK));
        shell.update();
        while (shell.getDisplay().readAndDispatch()) {
            // the paints the layout asked for
        }
        Rectangle bounds = text.getBounds();
        Point origin = shell.toDisplay(bounds.x, bounds.y);
        Image image = new Image(shell.getDisplay(), bounds.width, bounds.height);
        GC gc = new GC(shell.getDisplay());
        try {
            gc.copyArea(image, origin.x, origin.y);
            ImageData pixels = image.getImageData();
            int dark = 0;
            for (int y = 0; y < pixels.height; y++) {
                for (int x = 0; x < pixels.width; x++) {
                    org.eclipse.swt.graphics.RGB rgb = pixels.palette.getRGB(pixels.getPixel(x, y));
                    if (rgb.red + rgb.green + rgb.blue < 200) {
                        dark++;
                    }
                }
            }
            assertTrue(dark > 200, "the letters are on the screen: " + dark + " dark pixels in " + bounds);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
