package kz.aimaq.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.GC;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.graphics.ImageLoader;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.graphics.Rectangle;
import org.eclipse.swt.layout.FillLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Shell;

/** A real SWT shell for view tests (run under Xvfb), and ways to wait for and find widgets. */
public final class Ui {

    private static final long TIMEOUT_MS = 10_000;

    private Ui() {
    }

    public static Display display() {
        return Display.getDefault();
    }

    public static Shell shell(int width, int height) {
        Shell shell = new Shell(display());
        shell.setLayout(new FillLayout());
        shell.setSize(width, height);
        return shell;
    }

    /** Runs the event loop until {@code condition} holds; fails naming {@code what} after 10 s. */
    public static void waitUntil(String what, BooleanSupplier condition) {
        Display display = display();
        long end = System.currentTimeMillis() + TIMEOUT_MS;
        while (!condition.getAsBoolean()) {
            if (System.currentTimeMillis() > end) {
                fail("timed out waiting until " + what);
            }
            if (!display.readAndDispatch()) {
                try {
                    Thread.sleep(5);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    fail("interrupted waiting until " + what);
                }
            }
        }
    }

    /** Like {@link #waitUntil} for a value that is not there yet. */
    public static <T> T waitFor(String what, Supplier<T> lookup) {
        List<T> found = new ArrayList<>(1);
        waitUntil(what, () -> {
            T value = lookup.get();
            if (value != null) {
                found.add(value);
            }
            return value != null;
        });
        return found.get(0);
    }

    /** Every control of a type under {@code root}, depth first. */
    public static <T extends Control> List<T> find(Composite root, Class<T> type) {
        List<T> result = new ArrayList<>();
        for (Control child : root.getChildren()) {
            if (type.isInstance(child)) {
                result.add(type.cast(child));
            }
            if (child instanceof Composite composite) {
                result.addAll(find(composite, type));
            }
        }
        return result;
    }

    /** The colour on screen at a point of a control, as 0xRRGGBB. */
    public static int pixel(Control control, int x, int y) {
        Display display = control.getDisplay();
        Point origin = control.toDisplay(x, y);
        Image image = new Image(display, 1, 1);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
            ImageData data = image.getImageData();
            org.eclipse.swt.graphics.RGB rgb = data.palette.getRGB(data.getPixel(0, 0));
            return (rgb.red << 16) | (rgb.green << 8) | rgb.blue;
        } finally {
            gc.dispose();
            image.dispose();
        }
    }

    /** Copies the pixels of the shell's client area from the screen into a PNG file. */
    public static void screenshot(Shell shell, Path file) throws IOException {
        Display display = shell.getDisplay();
        // Without a window manager nothing activates the shell, and GTK draws inactive windows paler.
        shell.forceActive();
        waitUntil("the shell is painted", () -> !display.readAndDispatch());
        // GTK 3 paints on its frame clock, after the event queue is empty: let a few frames pass,
        // else the picture can show the state before the last change (seen: "Reading…" over a preview)
        long framesPainted = System.nanoTime() + 150_000_000L;
        waitUntil("a few frames are painted", () -> System.nanoTime() > framesPainted);
        Rectangle client = shell.getClientArea();
        Point origin = shell.toDisplay(client.x, client.y);
        Image image = new Image(display, client.width, client.height);
        GC gc = new GC(display);
        try {
            gc.copyArea(image, origin.x, origin.y);
            Files.createDirectories(file.getParent());
            ImageLoader loader = new ImageLoader();
            loader.data = new ImageData[] {image.getImageData()};
            loader.save(file.toString(), SWT.IMAGE_PNG);
        } finally {
            gc.dispose();
            image.dispose();
        }
    }
}
