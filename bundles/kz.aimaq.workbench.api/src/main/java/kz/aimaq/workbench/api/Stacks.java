package kz.aimaq.workbench.api;

/** The view stacks every perspective has: navigation on the left, the main area, details below. */
public final class Stacks {

    public static final String LEFT = "left";
    public static final String MAIN = "main";
    public static final String BOTTOM = "bottom";

    private Stacks() {
    }
}
