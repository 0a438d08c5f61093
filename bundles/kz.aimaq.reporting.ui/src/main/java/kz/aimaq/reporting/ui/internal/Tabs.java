package kz.aimaq.reporting.ui.internal;

import org.eclipse.swt.custom.CTabFolder;
import org.eclipse.swt.custom.CTabItem;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;

/**
 * Brings a view's tab to the front. The workbench API has no call for it; the shell puts every
 * view of a stack into a tab of one folder, so the view's own ancestors say which tab it is.
 */
final class Tabs {

    private Tabs() {
    }

    static void bringToFront(Control control) {
        Control child = control;
        Composite parent = control.getParent();
        while (parent != null) {
            if (parent instanceof CTabFolder folder) {
                for (CTabItem item : folder.getItems()) {
                    if (item.getControl() == child) {
                        folder.setSelection(item);
                        folder.notifyListeners(org.eclipse.swt.SWT.Selection, selection(item));
                        return;
                    }
                }
            }
            child = parent;
            parent = parent.getParent();
        }
    }

    private static org.eclipse.swt.widgets.Event selection(CTabItem item) {
        org.eclipse.swt.widgets.Event event = new org.eclipse.swt.widgets.Event();
        event.item = item;
        return event;
    }
}
