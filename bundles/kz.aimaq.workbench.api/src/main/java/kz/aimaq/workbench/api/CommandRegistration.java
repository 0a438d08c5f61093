package kz.aimaq.workbench.api;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.osgi.service.component.annotations.ComponentPropertyType;

/** Service properties of a {@link Command}. */
@ComponentPropertyType
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface CommandRegistration {

    String PREFIX_ = "aimaq.command.";

    String id();

    /** Localised label, usually {@code %key}. */
    String label();

    /** The menu it appears in: one of {@link Menus}, or empty for none. */
    String menu() default Menus.TOOLS;

    /** Whether it also appears on the toolbar. */
    boolean toolbar() default false;

    String icon() default "";

    /** A key binding such as {@code Ctrl+Shift+H}, or empty. */
    String keys() default "";

    /** Order within the menu or toolbar; lower first. */
    int position() default 100;

    /** A role the user must have to see the command, or empty for everyone. */
    String role() default "";
}
