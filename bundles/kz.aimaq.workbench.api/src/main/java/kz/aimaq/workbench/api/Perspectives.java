package kz.aimaq.workbench.api;

/** Ids of the perspectives the workbench itself provides. */
public final class Perspectives {

    /** The default perspective: views that name no other open here. */
    public static final String HOME = "kz.aimaq.workbench.home";

    /** Administration: modules per region, bundles, audit log. */
    public static final String ADMIN = "kz.aimaq.workbench.admin";

    private Perspectives() {
    }
}
