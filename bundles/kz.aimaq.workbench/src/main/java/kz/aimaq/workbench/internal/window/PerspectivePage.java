package kz.aimaq.workbench.internal.window;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiConsumer;

import org.eclipse.swt.SWT;
import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabFolder2Listener;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.custom.SashForm;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.internal.model.PerspectiveDescriptor;

/**
 * The widgets of one perspective: the left stack beside the main stack over the bottom
 * stack. Empty side stacks are hidden so the main stack gets their room.
 */
final class PerspectivePage {

    static final String PERSPECTIVE_ID = "aimaq.perspective.id";
    static final String STACK = "aimaq.stack";

    private final PerspectiveDescriptor descriptor;
    private final SashForm root;
    private final SashForm right;
    private final Map<String, CTabFolder> folders = new LinkedHashMap<>();

    /**
     * @param selected told (stack, item) when the user selects a tab
     * @param closed   told (stack, item) when the user closes a tab; the tab stays until the window closes it
     */
    PerspectivePage(Composite parent, PerspectiveDescriptor descriptor, BiConsumer<String, CTabItem> selected,
            BiConsumer<String, CTabItem> closed) {
        this.descriptor = descriptor;
        root = new SashForm(parent, SWT.HORIZONTAL | SWT.SMOOTH);
        root.setData(PERSPECTIVE_ID, descriptor.id());
        folders.put(Stacks.LEFT, folder(root, Stacks.LEFT, selected, closed));
        right = new SashForm(root, SWT.VERTICAL | SWT.SMOOTH);
        folders.put(Stacks.MAIN, folder(right, Stacks.MAIN, selected, closed));
        folders.put(Stacks.BOTTOM, folder(right, Stacks.BOTTOM, selected, closed));
        folders.values().forEach(f -> f.setData(PERSPECTIVE_ID, descriptor.id()));
        int[] weights = descriptor.weights();
        root.setWeights(weights[0], weights[1]);
        int bottom = Math.min(weights[2], 90);
        right.setWeights(100 - bottom, bottom);
    }

    private static CTabFolder folder(Composite parent, String stack, BiConsumer<String, CTabItem> selected,
            BiConsumer<String, CTabItem> closed) {
        CTabFolder folder = new CTabFolder(parent, SWT.BORDER);
        folder.setData(STACK, stack);
        folder.addListener(SWT.Selection, e -> selected.accept(stack, (CTabItem) e.item));
        folder.addCTabFolder2Listener(CTabFolder2Listener.closeAdapter(e -> {
            // The window disposes the tab itself, after the view has been disposed properly.
            e.doit = false;
            closed.accept(stack, (CTabItem) e.item);
        }));
        return folder;
    }

    PerspectiveDescriptor descriptor() {
        return descriptor;
    }

    Control control() {
        return root;
    }

    Map<String, CTabFolder> folders() {
        return folders;
    }

    /** The folder of {@code stack}; unknown stacks go to the main stack. */
    CTabFolder folder(String stack) {
        CTabFolder folder = folders.get(stack);
        return folder == null ? folders.get(Stacks.MAIN) : folder;
    }

    /** Hides empty side stacks and lays the page out; the window calls it as it shows the page. */
    void updateLayout() {
        folders.get(Stacks.LEFT).setVisible(folders.get(Stacks.LEFT).getItemCount() > 0);
        folders.get(Stacks.BOTTOM).setVisible(folders.get(Stacks.BOTTOM).getItemCount() > 0);
        for (CTabFolder folder : folders.values()) {
            if (folder.getSelectionIndex() < 0 && folder.getItemCount() > 0) {
                folder.setSelection(0);
            }
        }
        right.layout(true);
        root.layout(true);
    }

    void dispose() {
        root.dispose();
    }
}
