package kz.aimaq.workbench.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Aimaq workbench shell",
        description = "How long the shell waits for contributions before it shows an error in their place.")
@interface WorkbenchConfig {

    @AttributeDefinition(name = "Contribution time limit (ms)",
            description = "Milliseconds a view or command service may take to appear (its component activating) "
                    + "before the shell shows an error placeholder or status message instead.", min = "1")
    long contributionTimeoutMillis() default 5000;

    @AttributeDefinition(name = "Views the window is shown with",
            description = "Ids of views that must be there with their content before the window counts as shown"
                    + " (the 'ready' of the log and of --exit-when-ready): Home's. A view the user cannot see, or"
                    + " one that does not come within the time limit below, is not waited for.")
    String[] awaitedViews() default {"kz.aimaq.reporting.ui.home"};

    @AttributeDefinition(name = "Time limit for those views (ms)", min = "1",
            description = "How long after the window opened it waits for the views above before it counts as shown.")
    long awaitedViewsMillis() default 30_000;
}
