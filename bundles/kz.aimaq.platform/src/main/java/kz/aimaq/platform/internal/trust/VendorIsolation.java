package kz.aimaq.platform.internal.trust;

import java.net.URI;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceEvent;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.framework.hooks.resolver.ResolverHook;
import org.osgi.framework.hooks.resolver.ResolverHookFactory;
import org.osgi.framework.hooks.service.EventListenerHook;
import org.osgi.framework.hooks.service.FindHook;
import org.osgi.framework.hooks.service.ListenerHook.ListenerInfo;
import org.osgi.framework.namespace.BundleNamespace;
import org.osgi.framework.namespace.HostNamespace;
import org.osgi.framework.namespace.PackageNamespace;
import org.osgi.framework.wiring.BundleCapability;
import org.osgi.framework.wiring.BundleRequirement;
import org.osgi.framework.wiring.BundleRevision;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;

import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.platform.internal.Framework;

/**
 * What a vendor add-on (a bundle installed from {@code deploy/}) may see. Without a
 * SecurityManager this is the framework's own means: service hooks hide the privileged
 * services from vendor bundles, and a resolver hook keeps them from wiring to internal and
 * privileged packages, to the framework's bundle-control API and to our bundles as fragments
 * or required bundles. It narrows what a vendor can reach by ordinary means; it is no sandbox
 * against code that goes round it by reflection on objects it is handed.
 */
@Component(immediate = true, service = {})
public final class VendorIsolation implements FindHook, EventListenerHook, ResolverHookFactory {

    /** Services a vendor bundle never gets: they change policy, data or audit around the public APIs. */
    static final Set<String> HIDDEN_SERVICES = Set.of(
            "kz.aimaq.platform.api.ModuleManager",
            "kz.aimaq.platform.api.AuditLog",
            "kz.aimaq.platform.api.RegionPolicyStore",
            "kz.aimaq.platform.api.TrustStore",
            "kz.aimaq.platform.api.UserDirectory",
            "kz.aimaq.platform.api.SignIn",
            "kz.aimaq.storage.api.Database",
            "javax.sql.DataSource",
            "org.osgi.service.jdbc.DataSourceFactory",
            "org.osgi.service.cm.ConfigurationAdmin",
            "org.osgi.service.component.runtime.ServiceComponentRuntime",
            "org.osgi.service.log.admin.LoggerAdmin",
            "org.osgi.service.log.LogReaderService",
            "org.osgi.service.condpermadmin.ConditionalPermissionAdmin",
            "org.osgi.service.permissionadmin.PermissionAdmin");

    /** Service properties that mark the launcher's main loop and command gateway. */
    private static final List<String> HIDDEN_PROPERTIES = List.of(LaunchProperties.MAIN_LOOP,
            LaunchProperties.CLI_GATEWAY);

    /**
     * Packages a vendor bundle may not import, with their sub-packages: bundle control, hooks,
     * configuration, storage. {@code org.osgi.framework} itself (BundleContext, Bundle) is denied
     * but not its harmless sub-packages such as {@code org.osgi.framework.namespace}.
     */
    static final List<String> DENIED_PACKAGES = List.of("org.osgi.framework", "org.osgi.framework.hooks",
            "org.osgi.framework.launch", "org.osgi.framework.wiring", "org.osgi.framework.startlevel",
            "org.osgi.service.cm", "org.osgi.service.jdbc", "org.osgi.service.component.runtime",
            "org.osgi.service.log.admin", "org.osgi.service.condpermadmin", "org.osgi.service.permissionadmin",
            "org.apache.felix", "kz.aimaq.storage", "kz.aimaq.platform.feature");

    private final String deployFolder;
    private final List<ServiceRegistration<?>> registrations = new ArrayList<>();
    /** Whether each bundle id is a vendor's: the find hook runs on every service look-up, and a location never changes. */
    private final Map<Long, Boolean> vendors = new ConcurrentHashMap<>();

    @Activate
    public VendorIsolation(BundleContext context) {
        String deploy = context.getProperty(LaunchProperties.DEPLOY);
        Path folder = deploy == null || deploy.isBlank()
                ? Framework.folder(context, LaunchProperties.HOME).resolve("deploy") : Path.of(deploy);
        this.deployFolder = folder.toAbsolutePath().normalize().toString();
        registrations.add(context.registerService(FindHook.class, this, null));
        registrations.add(context.registerService(EventListenerHook.class, this, null));
        registrations.add(context.registerService(ResolverHookFactory.class, this, null));
    }

    @Deactivate
    void deactivate() {
        for (ServiceRegistration<?> registration : registrations) {
            try {
                registration.unregister();
            } catch (IllegalStateException alreadyGone) {
                // unregistered by the framework when this bundle stopped first
            }
        }
    }

    /** Whether the bundle was installed from the deploy folder. */
    boolean isVendor(Bundle bundle) {
        return bundle != null && vendors.computeIfAbsent(bundle.getBundleId(), id -> isVendorLocation(bundle.getLocation()));
    }

    boolean isVendorLocation(String location) {
        if (location == null || !location.startsWith("file:")) {
            return false;
        }
        try {
            Path file = Path.of(URI.create(location)).toAbsolutePath().normalize();
            return file.getParent() != null && file.getParent().toString().equals(deployFolder);
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    static boolean hidden(ServiceReference<?> reference) {
        Object classes = reference.getProperty(Constants.OBJECTCLASS);
        if (classes instanceof String[] names) {
            for (String name : names) {
                if (HIDDEN_SERVICES.contains(name)) {
                    return true;
                }
            }
        }
        return HIDDEN_PROPERTIES.stream().anyMatch(p -> reference.getProperty(p) != null);
    }

    @Override
    public void find(BundleContext context, String name, String filter, boolean allServices,
            Collection<ServiceReference<?>> references) {
        if (isVendor(context.getBundle())) {
            references.removeIf(VendorIsolation::hidden);
        }
    }

    @Override
    public void event(ServiceEvent event, Map<BundleContext, Collection<ListenerInfo>> listeners) {
        if (hidden(event.getServiceReference())) {
            listeners.keySet().removeIf(context -> isVendor(context.getBundle()));
        }
    }

    /** Whether a vendor bundle may not import the package: it or its parent is denied, or it is internal. */
    static boolean deniedPackage(String name) {
        if (name.contains(".internal")) {
            return true;
        }
        for (String denied : DENIED_PACKAGES) {
            boolean exactOnly = "org.osgi.framework".equals(denied);
            if (name.equals(denied) || !exactOnly && name.startsWith(denied + ".")) {
                return true;
            }
        }
        return false;
    }

    @Override
    public ResolverHook begin(Collection<BundleRevision> triggers) {
        return new ResolverHook() {
            @Override
            public void filterResolvable(Collection<BundleRevision> candidates) {
                // every bundle may resolve; what it may wire to is filtered below
            }

            @Override
            public void filterSingletonCollisions(BundleCapability singleton,
                    Collection<BundleCapability> collisionCandidates) {
                // no say in singletons
            }

            @Override
            public void filterMatches(BundleRequirement requirement, Collection<BundleCapability> candidates) {
                if (!isVendorLocation(requirement.getRevision().getBundle().getLocation())) {
                    return;
                }
                switch (requirement.getNamespace()) {
                    case PackageNamespace.PACKAGE_NAMESPACE -> candidates.removeIf(c -> deniedPackage(
                            String.valueOf(c.getAttributes().get(PackageNamespace.PACKAGE_NAMESPACE))));
                    // A vendor fragment in one of our bundles, or our bundles required whole, would see their insides.
                    case HostNamespace.HOST_NAMESPACE, BundleNamespace.BUNDLE_NAMESPACE -> candidates.removeIf(
                            c -> !isVendorLocation(c.getRevision().getBundle().getLocation()));
                    default -> {
                        // services, extenders and the execution environment are not restricted here
                    }
                }
            }

            @Override
            public void end() {
                // nothing held between calls
            }
        };
    }
}
