package kz.aimaq.workbench.internal;

import java.io.IOException;
import java.io.InputStream;
import java.lang.reflect.Array;
import java.net.URL;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.eclipse.swt.SWTException;
import org.eclipse.swt.graphics.ImageData;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceObjects;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.wiring.BundleWiring;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.Command;
import kz.aimaq.workbench.api.Menus;
import kz.aimaq.workbench.api.Perspective;
import kz.aimaq.workbench.api.Perspectives;
import kz.aimaq.workbench.api.Stacks;
import kz.aimaq.workbench.api.View;
import kz.aimaq.workbench.internal.model.CommandDescriptor;
import kz.aimaq.workbench.internal.model.Contributions;
import kz.aimaq.workbench.internal.model.Contributor;
import kz.aimaq.workbench.internal.model.PerspectiveDescriptor;
import kz.aimaq.workbench.internal.model.ServiceSource;
import kz.aimaq.workbench.internal.model.ShellLog;
import kz.aimaq.workbench.internal.model.ViewDescriptor;
import kz.aimaq.workbench.internal.window.WindowContext;

/**
 * Turns whiteboard service references into the window's descriptors, from their
 * properties alone; the service objects are got only when the window asks for them.
 */
final class ServiceContributions {

    private final BundleContext context;
    private final Contributions contributions;
    private final ShellLog log;
    private final Map<ServiceReference<?>, Object> descriptors = new ConcurrentHashMap<>();

    ServiceContributions(BundleContext context, Contributions contributions, ShellLog log) {
        this.context = context;
        this.contributions = contributions;
        this.log = log;
    }

    void addView(ServiceReference<View> ref) {
        String id = required(ref, "aimaq.view.id");
        if (id == null) {
            return;
        }
        ViewDescriptor view = new ViewDescriptor(id, text(ref, "aimaq.view.title", id), icon(ref, "aimaq.view.icon"),
                text(ref, "aimaq.view.perspective", Perspectives.HOME), text(ref, "aimaq.view.stack", Stacks.MAIN),
                number(ref, "aimaq.view.position"), text(ref, "aimaq.view.role", ""), contributor(ref), source(ref));
        descriptors.put(ref, view);
        contributions.addView(view);
    }

    void addCommand(ServiceReference<Command> ref) {
        String id = required(ref, "aimaq.command.id");
        if (id == null) {
            return;
        }
        CommandDescriptor command = new CommandDescriptor(id, text(ref, "aimaq.command.label", id),
                text(ref, "aimaq.command.menu", Menus.TOOLS), Boolean.parseBoolean(text(ref, "aimaq.command.toolbar", "false")),
                icon(ref, "aimaq.command.icon"), text(ref, "aimaq.command.keys", ""), number(ref, "aimaq.command.position"),
                text(ref, "aimaq.command.role", ""), contributor(ref), source(ref));
        descriptors.put(ref, command);
        contributions.addCommand(command);
    }

    void addPerspective(ServiceReference<Perspective> ref) {
        String id = required(ref, "aimaq.perspective.id");
        if (id == null) {
            return;
        }
        PerspectiveDescriptor perspective = new PerspectiveDescriptor(id, text(ref, "aimaq.perspective.title", id),
                icon(ref, "aimaq.perspective.icon"), number(ref, "aimaq.perspective.position"),
                text(ref, "aimaq.perspective.role", ""), weights(ref), contributor(ref));
        descriptors.put(ref, perspective);
        contributions.addPerspective(perspective);
    }

    void remove(ServiceReference<?> ref) {
        Object descriptor = descriptors.remove(ref);
        if (descriptor instanceof ViewDescriptor view) {
            contributions.removeView(view);
        } else if (descriptor instanceof CommandDescriptor command) {
            contributions.removeCommand(command);
        } else if (descriptor instanceof PerspectiveDescriptor perspective) {
            contributions.removePerspective(perspective);
        }
    }

    private <T> ServiceSource<T> source(ServiceReference<T> ref) {
        return new ServiceSource<>() {
            private volatile ServiceObjects<T> objects;

            @Override
            public T acquire() {
                if (context.getBundle(0).getState() == Bundle.STOPPING) {
                    throw new ServiceSource.Closing();
                }
                ServiceObjects<T> found = context.getServiceObjects(ref);
                if (found == null) {
                    throw new IllegalStateException("service " + ref.getProperty(Constants.SERVICE_ID)
                            + " of bundle " + bundleName(ref) + " is no longer registered");
                }
                objects = found;
                return found.getService();
            }

            @Override
            public void release(T service) {
                ServiceObjects<T> found = objects;
                try {
                    if (found != null) {
                        found.ungetService(service);
                    }
                } catch (IllegalStateException | IllegalArgumentException e) {
                    // The contributing bundle stopped first: the framework already took it back.
                }
            }
        };
    }

    private Contributor contributor(ServiceReference<?> ref) {
        Bundle bundle = ref.getBundle();
        return new Contributor(bundleName(ref), locale -> messages(bundle, locale), WindowContext::texts);
    }

    private static Messages messages(Bundle bundle, Locale locale) {
        BundleWiring wiring = bundle == null ? null : bundle.adapt(BundleWiring.class);
        if (wiring == null || wiring.getClassLoader() == null) {
            throw new IllegalStateException("bundle is not resolved");
        }
        return Messages.load(wiring.getClassLoader(), locale);
    }

    private ImageData icon(ServiceReference<?> ref, String key) {
        String path = text(ref, key, "");
        Bundle bundle = ref.getBundle();
        if (path.isBlank() || bundle == null) {
            return null;
        }
        URL url = bundle.getEntry(path.startsWith("/") ? path : "/" + path);
        if (url == null) {
            log.warn(key + " of bundle " + bundleName(ref) + " names " + path + ", which the bundle does not contain");
            return null;
        }
        try (InputStream in = url.openStream()) {
            return new ImageData(in);
        } catch (IOException | SWTException e) {
            log.warn(key + " of bundle " + bundleName(ref) + ": cannot read image " + path + ": " + e.getMessage());
            return null;
        }
    }

    private String required(ServiceReference<?> ref, String key) {
        String value = text(ref, key, "");
        if (value.isBlank()) {
            log.warn("service " + ref.getProperty(Constants.SERVICE_ID) + " of bundle " + bundleName(ref)
                    + " is ignored: it has no " + key + " property");
            return null;
        }
        return value;
    }

    private static String text(ServiceReference<?> ref, String key, String otherwise) {
        Object value = ref.getProperty(key);
        return value == null ? otherwise : String.valueOf(value).trim();
    }

    private int number(ServiceReference<?> ref, String key) {
        Object value = ref.getProperty(key);
        if (value instanceof Number n) {
            return n.intValue();
        }
        try {
            return value == null ? 100 : Integer.parseInt(value.toString().trim());
        } catch (NumberFormatException e) {
            log.warn(key + " of bundle " + bundleName(ref) + " is not a number: '" + value + "'; using 100");
            return 100;
        }
    }

    private int[] weights(ServiceReference<?> ref) {
        Object value = ref.getProperty("aimaq.perspective.weights");
        Object[] parts;
        if (value == null) {
            return null;
        } else if (value.getClass().isArray()) {
            parts = new Object[Array.getLength(value)];
            for (int i = 0; i < parts.length; i++) {
                parts[i] = Array.get(value, i);
            }
        } else if (value instanceof Collection<?> collection) {
            parts = collection.toArray();
        } else {
            parts = value.toString().split(",");
        }
        int[] weights = new int[parts.length];
        try {
            for (int i = 0; i < parts.length; i++) {
                weights[i] = parts[i] instanceof Number n ? n.intValue() : Integer.parseInt(parts[i].toString().trim());
            }
        } catch (NumberFormatException e) {
            log.warn("aimaq.perspective.weights of bundle " + bundleName(ref) + " is not three numbers: " + value);
            return null;
        }
        return weights;
    }

    private static String bundleName(ServiceReference<?> ref) {
        Bundle bundle = ref.getBundle();
        return bundle == null ? "(unregistered)" : bundle.getSymbolicName();
    }
}
