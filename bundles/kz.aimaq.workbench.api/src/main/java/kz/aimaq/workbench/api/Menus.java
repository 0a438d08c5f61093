package kz.aimaq.workbench.api;

/** The menus of the main window that commands can join. */
public final class Menus {

    public static final String FILE = "file";
    public static final String VIEW = "view";
    public static final String TOOLS = "tools";
    public static final String HELP = "help";

    private Menus() {
    }
}
