package kz.aimaq.platform.internal.modules;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

@ObjectClassDefinition(name = "Aimaq module manager",
        description = "Enforces the region policy and watches the deploy folder.")
@interface ModuleManagerConfig {

    @AttributeDefinition(name = "Deploy poll interval", min = "10",
            description = "How often the deploy folder is checked for new, changed or removed jars, in milliseconds.")
    long deploy_poll_millis() default 1000;

    @AttributeDefinition(name = "Add-on start limit", min = "100",
            description = "How long an add-on's start or stop may take, in milliseconds, before it is abandoned and reported.")
    long addon_limit_millis() default 10000;
}
