package kz.aimaq.storage.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Configuration PID {@code kz.aimaq.storage}, fed from {@code conf/kz.aimaq.storage.cfg}. */
@ObjectClassDefinition(name = "%storage.config.name",
        description = "%storage.config.description", localization = "OSGI-INF/l10n/bundle")
@interface StorageConfig {

    /** Where the data lives. */
    enum Mode {
        /** An H2 file in the user's data folder, created on first start. */
        embedded,
        /** A PostgreSQL server shared by many desktops. */
        central
    }

    @AttributeDefinition(name = "%storage.config.mode", description = "%storage.config.mode.description")
    Mode mode() default Mode.embedded;

    @AttributeDefinition(name = "%storage.config.url", description = "%storage.config.url.description",
            required = false)
    String url() default "";

    @AttributeDefinition(name = "%storage.config.user", description = "%storage.config.user.description",
            required = false)
    String user() default "";

    @AttributeDefinition(name = "%storage.config.password", description = "%storage.config.password.description",
            type = AttributeType.PASSWORD, required = false)
    String password() default "";
}
