package kz.aimaq.workbench.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/**
 * Service properties of a {@link View}, as a DS component property type. Text values that
 * start with {@code %} are keys into the contributing bundle's
 * {@code OSGI-INF/l10n/bundle*.properties}.
 */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface ViewRegistration {

    String PREFIX_ = "aimaq.view.";

    /** Unique id, e.g. {@code kz.aimaq.platform.ui.modules}. */
    String id();

    /** Localised title, usually {@code %key}. */
    String title();

    /** Path of a 16×16 PNG inside the contributing bundle, or empty. */
    String icon() default "";

    /** Id of the perspective the view opens in by default. */
    String perspective() default Perspectives.HOME;

    /** Which stack of the perspective it opens in. */
    String stack() default Stacks.MAIN;

    /** Order within the stack; lower first. */
    int position() default 100;

    /** A role the user must have to see the view, or empty for everyone. */
    String role() default "";
}
