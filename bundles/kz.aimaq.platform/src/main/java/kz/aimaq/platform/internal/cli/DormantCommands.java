package kz.aimaq.platform.internal.cli;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

import kz.aimaq.platform.api.ModuleInfo;
import kz.aimaq.platform.api.ModuleManager;
import kz.aimaq.platform.api.cli.CliCommand;

/**
 * The module a command belongs to when that module does not run here: its bundles are installed
 * but not started, so SCR does not know their components, and the command's name is read from
 * the component descriptions the bundles carry. A user who types {@code tax} in a region without
 * the tax module learns which module it is and how an administrator enables it, not that there
 * is no such command.
 */
final class DormantCommands {

    private static final Pattern PROPERTY = Pattern.compile("<property\\b[^>]*>");
    private static final Pattern NAME = Pattern.compile("\\bname=\"([^\"]*)\"");
    private static final Pattern VALUE = Pattern.compile("\\bvalue=\"([^\"]*)\"");

    private final BundleContext context;
    private final ModuleManager modules;

    DormantCommands(BundleContext context, ModuleManager modules) {
        this.context = context;
        this.modules = modules;
    }

    /** The inactive module one of whose bundles declares the command, if any. */
    Optional<ModuleInfo> moduleOf(String command) {
        for (ModuleInfo module : modules.modules()) {
            if (module.active()) {
                continue;
            }
            for (Bundle bundle : context.getBundles()) {
                if (module.bundles().contains(bundle.getSymbolicName()) && declares(bundle, command)) {
                    return Optional.of(module);
                }
            }
        }
        return Optional.empty();
    }

    private static boolean declares(Bundle bundle, String command) {
        String header = bundle.getHeaders("").get("Service-Component");
        if (header == null) {
            return false;
        }
        for (String path : header.split(",")) {
            // getEntry reads the jar without resolving or starting the bundle
            URL entry = bundle.getEntry(path.strip());
            if (entry != null && declaresIn(read(entry), command)) {
                return true;
            }
        }
        return false;
    }

    static boolean declaresIn(String componentXml, String command) {
        Matcher property = PROPERTY.matcher(componentXml);
        while (property.find()) {
            Matcher name = NAME.matcher(property.group());
            Matcher value = VALUE.matcher(property.group());
            if (name.find() && name.group(1).equals(CliCommand.NAME) && value.find() && value.group(1).equals(command)) {
                return true;
            }
        }
        return false;
    }

    private static String read(URL entry) {
        try (InputStream in = entry.openStream()) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            return "";
        }
    }
}
