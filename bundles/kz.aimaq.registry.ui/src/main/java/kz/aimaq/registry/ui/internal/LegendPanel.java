package kz.aimaq.registry.ui.internal;

import java.util.List;

import org.eclipse.swt.SWT;
import org.eclipse.swt.graphics.Color;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Composite;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Label;

import kz.aimaq.map.api.LegendEntry;
import kz.aimaq.platform.api.l10n.Messages;

/** The chosen layer's title, legend rows (a colour swatch and its meaning) and note, beside the map. */
final class LegendPanel {

    private static final int NO_DATA_RGB = 0xC8C8C8;

    private final Messages messages;
    private final Composite panel;

    LegendPanel(Composite parent, Messages messages) {
        this.messages = messages;
        panel = new Composite(parent, SWT.NONE);
        panel.setLayout(new GridLayout(2, false));
        GridData data = new GridData(SWT.FILL, SWT.FILL, false, true);
        data.widthHint = 230;
        panel.setLayoutData(data);
    }

    Composite control() {
        return panel;
    }

    void show(String title, List<LegendEntry> entries, String note) {
        clear();
        wide(title, SWT.NONE);
        for (LegendEntry entry : entries) {
            row(entry.rgb(), entry.label());
        }
        row(NO_DATA_RGB, messages.get("legend.noData"));
        if (!note.isEmpty()) {
            wide(note, SWT.WRAP);
        }
        panel.getParent().layout(true, true);
    }

    /** Shows a line of text instead of a legend, e.g. why the layer could not be read. */
    void showMessage(String text) {
        clear();
        wide(text, SWT.WRAP);
        panel.getParent().layout(true, true);
    }

    void clear() {
        for (Control child : panel.getChildren()) {
            child.dispose();
        }
        panel.getParent().layout(true, true);
    }

    private void row(int rgb, String label) {
        Label swatch = new Label(panel, SWT.BORDER);
        swatch.setBackground(new Color((rgb >> 16) & 0xFF, (rgb >> 8) & 0xFF, rgb & 0xFF));
        GridData data = new GridData(SWT.LEFT, SWT.CENTER, false, false);
        data.widthHint = 18;
        data.heightHint = 14;
        swatch.setLayoutData(data);
        Label text = new Label(panel, SWT.WRAP);
        GridData textData = new GridData(SWT.FILL, SWT.CENTER, true, false);
        textData.widthHint = 180;
        text.setLayoutData(textData);
        text.setText(label);
    }

    private void wide(String text, int style) {
        Label label = new Label(panel, style);
        GridData data = new GridData(SWT.FILL, SWT.TOP, true, false, 2, 1);
        data.widthHint = 210;
        label.setLayoutData(data);
        label.setText(text);
    }
}
