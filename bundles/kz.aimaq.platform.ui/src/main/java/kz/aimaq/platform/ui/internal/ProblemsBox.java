package kz.aimaq.platform.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Point;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import kz.aimaq.platform.api.Problem;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.widgets.MessageLabels;

/**
 * The problems the administrator must fix (a refused policy file, an add-on jar that is
 * not a bundle or does not resolve), in a red frame so they cannot be missed. Hidden when
 * there are none.
 */
final class ProblemsBox {

    /** Widget data key on each problem's label: the problem's source. */
    static final String SOURCE = "aimaq.problem.source";

    private final Composite box;
    private final Label heading;
    private final Messages messages;

    ProblemsBox(Composite parent, Messages messages) {
        this.messages = messages;
        box = new Composite(parent, SWT.NONE);
        GridLayout layout = new GridLayout(1, false);
        layout.marginWidth = 10;
        layout.marginHeight = 8;
        box.setLayout(layout);
        box.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        box.addPaintListener(event -> {
            Point size = box.getSize();
            event.gc.setForeground(box.getDisplay().getSystemColor(SWT.COLOR_RED));
            event.gc.setLineWidth(2);
            event.gc.drawRectangle(1, 1, size.x - 2, size.y - 2);
        });
        heading = new Label(box, SWT.NONE);
        heading.setForeground(MessageLabels.ERROR);
        heading.setLayoutData(new GridData(SWT.FILL, SWT.TOP, true, false));
        MessageLabels.setShown(box, false);
    }

    Control control() {
        return box;
    }

    void show(List<Problem> problems) {
        for (Control child : box.getChildren()) {
            if (child != heading) {
                child.dispose();
            }
        }
        heading.setText(messages.get("problems.heading", String.valueOf(problems.size())));
        for (Problem problem : problems) {
            Label line = MessageLabels.create(box);
            MessageLabels.show(line, messages.get("problems.item", problem.source(), problem.message(messages.locale())), true);
            line.setToolTipText(Widgets.dateTime(messages.locale()).format(problem.when()));
            line.setData(SOURCE, problem.source());
        }
        MessageLabels.setShown(box, !problems.isEmpty());
    }
}
