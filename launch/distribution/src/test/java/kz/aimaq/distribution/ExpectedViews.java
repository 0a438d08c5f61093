package kz.aimaq.distribution;

/** View ids the end-to-end tests expect to see opened. */
final class ExpectedViews {

    /** The admin's modules × regions matrix (core, admin role). */
    static final String ADMIN_MODULES = "kz.aimaq.platform.ui.modules";

    /** The example vendor add-on's view, from deploy/, enabled for Astana in conf/region-policy.json. */
    static final String EXAMPLE_HELLO = "com.example.aimaq.hello.view";

    /** Home, the first tab of the home perspective: the view that opens at start. */
    static final String REPORTING_HOME = "kz.aimaq.reporting.ui.home";

    private ExpectedViews() {
    }
}
