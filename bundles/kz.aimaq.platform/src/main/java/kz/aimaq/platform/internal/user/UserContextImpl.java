package kz.aimaq.platform.internal.user;

import java.io.IOException;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.component.annotations.ReferencePolicyOption;
import org.osgi.service.event.EventAdmin;
import org.osgi.service.log.Logger;
import org.osgi.service.log.LoggerFactory;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.Region;
import kz.aimaq.platform.api.Regions;
import kz.aimaq.platform.api.Scope;
import kz.aimaq.platform.api.Topics;
import kz.aimaq.platform.api.UserContext;
import kz.aimaq.platform.api.UserDirectory;
import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.platform.internal.Framework;
import kz.aimaq.platform.internal.Text;

/**
 * The operating-system user with the roles and scope of {@code <home>/conf/user.json}, narrowed
 * by the launcher's options; the locale saved per user. Immediate, so that a broken
 * {@code user.json} or option is on the console as the workbench starts, not when a view first asks.
 */
@Component(service = UserContext.class, immediate = true)
public final class UserContextImpl implements UserContext {

    private static final UserSettings.Conf NO_CONF = new UserSettings.Conf("", Set.of(ROLE_ANALYST), "", "", "");

    private final Logger logger;
    private final UserProfile profile;
    private final Path settings;
    private volatile Locale locale;

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile EventAdmin events;

    private final BundleContext context;
    private final Regions regions;
    /** In central mode, once the database is reachable: its login, roles and scope replace the local ones. */
    private volatile UserProfile central;

    @Activate
    public UserContextImpl(BundleContext context, @Reference Regions regions,
            @Reference(service = LoggerFactory.class) Logger logger) {
        this.logger = logger;
        this.context = context;
        this.regions = regions;
        Path home = Framework.folder(context, LaunchProperties.HOME);
        Path data = Framework.folder(context, LaunchProperties.DATA);
        Path confFile = home.resolve("conf").resolve("user.json");
        boolean central = centralMode(home.resolve("conf").resolve("kz.aimaq.storage.cfg"));
        // Central mode: --user names the database login to sign in with, and the session has no
        // role until that login has signed in and the central users table has given it its own.
        // what is ignored is said once the language it is said in is known
        List<Text> ignored = new ArrayList<>();
        UserProfile local = UserProfile.resolve(conf(confFile, ignored::add), confFile.toString(),
                p -> central && LaunchProperties.USER.equals(p) ? null : context.getProperty(p),
                user -> saved(UserSettings.userFolder(data, user).resolve("settings.json")),
                System.getProperty("user.name", ""), regions, ignored::add);
        this.profile = central ? new UserProfile(local.user(), Set.of(), local.region(), Scope.of(local.region().code()),
                local.locale()) : local;
        this.settings = UserSettings.userFolder(data, profile.user()).resolve("settings.json");
        this.locale = profile.locale();
        ignored.forEach(this::refuse);
        logger.info("user {} with roles {} and scope {} in region {}, locale {}", profile.user(), profile.roles(),
                profile.scope(), profile.region().code(), locale.toLanguageTag());
    }

    /** Whether the storage configuration says {@code mode=central} (the sign-in then decides who the user is). */
    static boolean centralMode(Path storageConfig) {
        java.util.Properties properties = new java.util.Properties();
        try (java.io.Reader in = java.nio.file.Files.newBufferedReader(storageConfig)) {
            properties.load(in);
        } catch (IOException | IllegalArgumentException e) {
            return false;
        }
        return "central".equals(properties.getProperty("mode", "").strip());
    }

    /**
     * A setting that is ignored: on the console at once, in the user's language, where the person who
     * started the workbench sees it, and in the log in English.
     */
    private void refuse(Text problem) {
        System.err.println("aimaq: " + problem.in(locale));
        logger.error(problem.english());
    }

    private UserSettings.Conf conf(Path file, java.util.function.Consumer<Text> ignored) {
        try {
            return UserSettings.readConf(file);
        } catch (NoSuchFileException e) {
            logger.warn("{} is missing: the user is the operating-system user with the analyst role", file);
        } catch (IOException e) {
            ignored.accept(new Text("user.confUnreadable", e.getMessage()));
        }
        return NO_CONF;
    }

    private Optional<String> saved(Path file) {
        try {
            return UserSettings.savedLocale(file);
        } catch (IOException e) {
            logger.error("{}; the saved locale is ignored", e.getMessage());
            return Optional.empty();
        }
    }

    /**
     * Present only in central mode (the storage bundle registers it then). The login's rights
     * stay as they were read when the database goes away: that takes none away and grants none.
     */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC,
            policyOption = ReferencePolicyOption.GREEDY)
    void bindDirectory(UserDirectory directory) {
        try {
            String login = directory.currentLogin();
            central = UserProfile.central(login, directory.find(login), context::getProperty, regions, locale,
                    this::refuse);
            logger.info("central mode: login {} with roles {} and scope {}", login, central.roles(), central.scope());
        } catch (RuntimeException e) {
            refuse(new Text("user.directoryUnreadable", e.getMessage()));
            central = new UserProfile("?", Set.of(), profile.region(), Scope.of(profile.region().code()), locale);
        }
    }

    /** Required of a dynamic reference; the rights read stay, as said above. */
    void unbindDirectory(UserDirectory directory) {
        logger.warn("the central database's users table went away; login {} keeps the rights read at sign-in",
                current().user());
    }

    private UserProfile current() {
        UserProfile fromDatabase = central;
        return fromDatabase != null ? fromDatabase : profile;
    }

    @Override
    public String user() {
        return current().user();
    }

    @Override
    public Set<String> roles() {
        return current().roles();
    }

    @Override
    public Region region() {
        return current().region();
    }

    @Override
    public Scope scope() {
        return current().scope();
    }

    @Override
    public Locale locale() {
        return locale;
    }

    @Override
    public void setLocale(Locale wanted) {
        Locale chosen = Languages.parse(wanted == null ? null : wanted.toLanguageTag())
                .orElseThrow(() -> new IllegalArgumentException(wanted + " is not one of " + Languages.SUPPORTED));
        try {
            UserSettings.saveLocale(settings, chosen.toLanguageTag());
        } catch (IOException e) {
            logger.error("the locale cannot be saved to {}: {}", settings, e.getMessage());
        }
        Locale old = locale;
        locale = chosen;
        if (!chosen.equals(old)) {
            Framework.post(events, Topics.LOCALE_CHANGED, Map.of("locale", chosen.toLanguageTag()));
        }
    }
}
