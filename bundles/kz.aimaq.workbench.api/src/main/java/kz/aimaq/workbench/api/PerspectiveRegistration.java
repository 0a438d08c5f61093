package kz.aimaq.workbench.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Service properties of a {@link Perspective}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface PerspectiveRegistration {

    String PREFIX_ = "aimaq.perspective.";

    String id();

    /** Localised title, usually {@code %key}. */
    String title();

    String icon() default "";

    /** Order in the perspective switcher; lower first. */
    int position() default 100;

    /** A role the user must have to see the perspective, or empty for everyone. */
    String role() default "";

    /** Relative widths and heights of the stacks: left, main, bottom, in percent. */
    int[] weights() default {25, 75, 30};
}
