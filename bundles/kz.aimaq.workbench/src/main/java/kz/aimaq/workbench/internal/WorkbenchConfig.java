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
}
