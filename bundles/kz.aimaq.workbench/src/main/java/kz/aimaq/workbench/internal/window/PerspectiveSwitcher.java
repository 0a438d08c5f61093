package kz.aimaq.workbench.internal.window;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import java.util.function.Function;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Image;
import org.eclipse.swt.graphics.ImageData;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import kz.aimaq.workbench.internal.model.PerspectiveDescriptor;

/** The row of radio buttons at the top right that shows one perspective at a time. */
final class PerspectiveSwitcher {

    static final String PERSPECTIVE_ID = "aimaq.perspective.id";

    private final ToolBar bar;

    PerspectiveSwitcher(Composite parent) {
        bar = new ToolBar(parent, SWT.FLAT | SWT.RIGHT);
    }

    ToolBar control() {
        return bar;
    }

    void rebuild(List<PerspectiveDescriptor> perspectives, String active, Locale locale,
            Function<ImageData, Image> images, Consumer<String> show) {
        for (ToolItem item : bar.getItems()) {
            item.dispose();
        }
        for (PerspectiveDescriptor perspective : perspectives) {
            ToolItem item = new ToolItem(bar, SWT.RADIO);
            item.setData(PERSPECTIVE_ID, perspective.id());
            item.setText(perspective.contributor().text(perspective.title(), locale));
            item.setImage(images.apply(perspective.icon()));
            item.setSelection(perspective.id().equals(active));
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    show.accept(perspective.id());
                }
            });
        }
        bar.getParent().layout(true);
    }
}
