package kz.aimaq.workbench.internal.model;

import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;

/** Parses key bindings such as {@code Ctrl+Shift+H} or {@code Alt+F5} into SWT accelerators. */
public final class KeyStrokes {

    private static final Map<String, Integer> MODIFIERS = Map.of(
            "CTRL", SWT.MOD1, "CMD", SWT.MOD1, "MOD1", SWT.MOD1,
            "SHIFT", SWT.SHIFT, "ALT", SWT.ALT);
    private static final Map<String, Integer> NAMED_KEYS = Map.ofEntries(
            Map.entry("ENTER", (int) SWT.CR), Map.entry("ESC", (int) SWT.ESC), Map.entry("TAB", (int) SWT.TAB),
            Map.entry("SPACE", (int) ' '), Map.entry("DEL", (int) SWT.DEL), Map.entry("DELETE", (int) SWT.DEL),
            Map.entry("INSERT", SWT.INSERT), Map.entry("HOME", SWT.HOME), Map.entry("END", SWT.END),
            Map.entry("PAGEUP", SWT.PAGE_UP), Map.entry("PAGEDOWN", SWT.PAGE_DOWN),
            Map.entry("UP", SWT.ARROW_UP), Map.entry("DOWN", SWT.ARROW_DOWN),
            Map.entry("LEFT", SWT.ARROW_LEFT), Map.entry("RIGHT", SWT.ARROW_RIGHT));

    private KeyStrokes() {
    }

    /**
     * The accelerator for {@code keys}; letters are upper case as SWT accelerators expect.
     *
     * @throws IllegalArgumentException naming the part that is not understood
     */
    public static int parse(String keys) {
        if (keys == null || keys.isBlank()) {
            throw new IllegalArgumentException("empty key binding");
        }
        String[] parts = keys.trim().split("\\s*\\+\\s*");
        int modifiers = 0;
        for (int i = 0; i < parts.length - 1; i++) {
            Integer modifier = MODIFIERS.get(parts[i].toUpperCase(Locale.ROOT));
            if (modifier == null) {
                throw new IllegalArgumentException("unknown modifier '" + parts[i] + "' in key binding '" + keys
                        + "' (use Ctrl, Shift, Alt)");
            }
            modifiers |= modifier;
        }
        return modifiers | key(parts[parts.length - 1], keys);
    }

    /** The accelerator an SWT key event stands for, comparable with {@link #parse}. */
    public static int ofEvent(int stateMask, int keyCode) {
        int key = keyCode >= 'a' && keyCode <= 'z' ? Character.toUpperCase(keyCode) : keyCode;
        return (stateMask & SWT.MODIFIER_MASK) | key;
    }

    private static int key(String part, String keys) {
        String upper = part.toUpperCase(Locale.ROOT);
        if (upper.length() == 1) {
            return upper.charAt(0);
        }
        Integer named = NAMED_KEYS.get(upper);
        if (named != null) {
            return named;
        }
        if (upper.matches("F([1-9]|1[0-2])")) {
            return SWT.F1 + Integer.parseInt(upper.substring(1)) - 1;
        }
        throw new IllegalArgumentException("unknown key '" + part + "' in key binding '" + keys + "'");
    }
}
