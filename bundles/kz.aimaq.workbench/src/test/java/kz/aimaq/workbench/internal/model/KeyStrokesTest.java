package kz.aimaq.workbench.internal.model;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.eclipse.swt.SWT;
import org.junit.jupiter.api.Test;

class KeyStrokesTest {

    @Test
    void parsesModifiersAndLetters() {
        assertEquals(SWT.MOD1 | SWT.SHIFT | 'H', KeyStrokes.parse("Ctrl+Shift+H"));
        assertEquals(SWT.ALT | SWT.F5, KeyStrokes.parse("alt + f5"));
        assertEquals(SWT.MOD1 | SWT.DEL, KeyStrokes.parse("Ctrl+Delete"));
    }

    @Test
    void keyEventMatchesTheParsedBinding() {
        assertEquals(KeyStrokes.parse("Ctrl+Shift+H"), KeyStrokes.ofEvent(SWT.MOD1 | SWT.SHIFT, 'h'));
    }

    @Test
    void unknownPartsAreNamedInTheError() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> KeyStrokes.parse("Hyper+H"));
        assertTrue(e.getMessage().contains("Hyper"), e.getMessage());
        e = assertThrows(IllegalArgumentException.class, () -> KeyStrokes.parse("Ctrl+F13"));
        assertTrue(e.getMessage().contains("F13"), e.getMessage());
    }
}
