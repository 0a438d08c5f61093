package kz.aimaq.workbench.api.widgets;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.eclipse.swt.layout.GridData;
import org.eclipse.swt.layout.GridLayout;
import org.eclipse.swt.widgets.Display;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Shell;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** A real SWT shell under Xvfb: the label takes space only while it has text. */
class MessageLabelsTest {

    private Shell shell;
    private Label above;
    private Label message;
    private Label below;

    @BeforeEach
    void open() {
        shell = new Shell(Display.getDefault());
        shell.setLayout(new GridLayout());
        above = new Label(shell, SWT.NONE);
        above.setText("above");
        message = MessageLabels.create(shell);
        below = new Label(shell, SWT.NONE);
        below.setText("below");
        shell.setSize(400, 300);
        shell.open();
        shell.layout(true, true);
    }

    @AfterEach
    void close() {
        shell.dispose();
    }

    @Test
    void aNewLabelIsHiddenAndTakesNoSpace() {
        assertFalse(message.getVisible());
        assertTrue(((GridData) message.getLayoutData()).exclude);
        int spacing = ((GridLayout) shell.getLayout()).verticalSpacing;
        assertEquals(above.getBounds().y + above.getBounds().height + spacing, below.getBounds().y,
                "the label below follows the one above with one spacing between, as if nothing were there");
    }

    @Test
    void anErrorIsShownInTheErrorColourAndEmptyTextHidesItAgain() {
        MessageLabels.show(message, "Қате: дерекқор жоқ", true);

        assertTrue(message.getVisible());
        assertEquals("Қате: дерекқор жоқ", message.getText());
        assertEquals(MessageLabels.ERROR, message.getForeground());
        assertTrue(below.getBounds().y >= message.getBounds().y + message.getBounds().height,
                "the parent was laid out again: the next label moved below the message");

        MessageLabels.show(message, "", false);

        assertFalse(message.getVisible());
        assertFalse(MessageLabels.ERROR.equals(message.getForeground()), "the error colour is dropped");
    }
}
