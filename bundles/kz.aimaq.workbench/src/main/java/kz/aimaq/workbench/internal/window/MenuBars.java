package kz.aimaq.workbench.internal.window;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Menu;
import org.eclipse.swt.widgets.MenuItem;
import org.eclipse.swt.widgets.ToolBar;
import org.eclipse.swt.widgets.ToolItem;

import kz.aimaq.platform.api.Languages;
import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.workbench.api.Menus;
import kz.aimaq.workbench.internal.model.CommandDescriptor;
import kz.aimaq.workbench.internal.model.PerspectiveDescriptor;
import kz.aimaq.workbench.internal.model.ViewDescriptor;

/** Builds the menu bar and the command toolbar from what is registered now. */
final class MenuBars {

    static final String MENU_ID = "aimaq.menu.id";
    static final String COMMAND_ID = "aimaq.command.id";
    static final String COMMAND = "aimaq.command";
    static final String LANGUAGE = "aimaq.language";

    private static final Map<Locale, String> LANGUAGE_KEYS = Map.of(
            Languages.KAZAKH, "language.kk", Languages.RUSSIAN, "language.ru", Languages.ENGLISH, "language.en");

    private final WorkbenchWindow window;

    MenuBars(WorkbenchWindow window) {
        this.window = window;
    }

    /**
     * Fills the shell's menu bar anew. The bar itself stays: a new one makes the shell lay out all
     * its content again, and modules registering behind the opening window rebuild it several times.
     */
    void buildMenuBar(List<ViewDescriptor> views, List<PerspectiveDescriptor> perspectives,
            List<CommandDescriptor> commands) {
        Messages texts = window.context().texts();
        Locale locale = window.context().user().locale();
        Menu bar = window.shell().getMenuBar();
        if (bar == null) {
            bar = new Menu(window.shell(), SWT.BAR);
            window.shell().setMenuBar(bar);
        }
        for (MenuItem old : bar.getItems()) {
            old.dispose();
        }

        Menu file = menu(bar, Menus.FILE, texts.get("menu.file"));
        commands(file, Menus.FILE, commands, locale);
        separatorIfNeeded(file);
        item(file, SWT.PUSH, texts.get("menu.file.exit")).addListener(SWT.Selection, e -> window.close());

        Menu view = menu(bar, Menus.VIEW, texts.get("menu.view"));
        // the views of the perspective shown: ticking one elsewhere would open or close it out of sight
        for (ViewDescriptor descriptor : views) {
            if (!window.perspectiveOf(descriptor).equals(window.activePerspective())) {
                continue;
            }
            MenuItem item = item(view, SWT.CHECK, descriptor.contributor().text(descriptor.title(), locale));
            item.setData(ViewTab.VIEW_ID, descriptor.id());
            item.setSelection(window.isOpen(descriptor.id()));
            item.addListener(SWT.Selection, e -> window.setViewOpen(descriptor.id(), item.getSelection()));
        }
        separatorIfNeeded(view);
        for (PerspectiveDescriptor perspective : perspectives) {
            MenuItem item = item(view, SWT.RADIO, perspective.contributor().text(perspective.title(), locale));
            item.setData(PerspectiveSwitcher.PERSPECTIVE_ID, perspective.id());
            item.setSelection(perspective.id().equals(window.activePerspective()));
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    window.showPerspective(perspective.id());
                }
            });
        }
        if (commands.stream().anyMatch(c -> Menus.VIEW.equals(c.menu()))) {
            new MenuItem(view, SWT.SEPARATOR);
            commands(view, Menus.VIEW, commands, locale);
        }

        Menu tools = menu(bar, Menus.TOOLS, texts.get("menu.tools"));
        commands(tools, Menus.TOOLS, commands, locale);

        Menu language = menu(bar, LANGUAGE, texts.get("menu.language"));
        for (Locale supported : Languages.SUPPORTED) {
            MenuItem item = item(language, SWT.RADIO, texts.get(LANGUAGE_KEYS.get(supported)));
            item.setData(LANGUAGE, supported.toLanguageTag());
            item.setSelection(supported.getLanguage().equals(locale.getLanguage()));
            item.addListener(SWT.Selection, e -> {
                if (item.getSelection()) {
                    window.setLanguage(supported);
                }
            });
        }

        Menu help = menu(bar, Menus.HELP, texts.get("menu.help"));
        commands(help, Menus.HELP, commands, locale);
        separatorIfNeeded(help);
        item(help, SWT.PUSH, texts.get("menu.help.about")).addListener(SWT.Selection, e -> window.about());
    }

    /** Replaces the items of the command toolbar. */
    void buildToolBar(ToolBar toolBar, List<CommandDescriptor> commands) {
        Locale locale = window.context().user().locale();
        for (ToolItem item : toolBar.getItems()) {
            item.dispose();
        }
        for (CommandDescriptor command : commands) {
            if (!command.toolbar()) {
                continue;
            }
            ToolItem item = new ToolItem(toolBar, SWT.PUSH);
            item.setData(COMMAND_ID, command.id());
            String label = command.contributor().text(command.label(), locale);
            if (command.icon() == null) {
                item.setText(label);
            } else {
                item.setImage(window.image(command.icon()));
            }
            item.setToolTipText(command.keys().isBlank() ? label : label + " (" + command.keys() + ")");
            item.addListener(SWT.Selection, e -> window.commands().execute(command));
        }
        toolBar.getParent().layout(true);
    }

    /** Which menu a command joins: its own, Tools when the name is unknown, none when empty. */
    static String menuOf(CommandDescriptor command) {
        String menu = command.menu();
        if (menu == null || menu.isBlank()) {
            return "";
        }
        return List.of(Menus.FILE, Menus.VIEW, Menus.TOOLS, Menus.HELP).contains(menu) ? menu : Menus.TOOLS;
    }

    private Menu menu(Menu bar, String id, String text) {
        MenuItem header = new MenuItem(bar, SWT.CASCADE);
        header.setText(text);
        header.setData(MENU_ID, id);
        Menu menu = new Menu(window.shell(), SWT.DROP_DOWN);
        menu.setData(MENU_ID, id);
        header.setMenu(menu);
        menu.addListener(SWT.Show, e -> {
            for (MenuItem item : menu.getItems()) {
                if (item.getData(COMMAND) instanceof CommandDescriptor command) {
                    item.setEnabled(window.commands().isEnabled(command));
                }
            }
        });
        return menu;
    }

    private void commands(Menu menu, String menuId, List<CommandDescriptor> commands, Locale locale) {
        for (CommandDescriptor command : commands) {
            if (!menuId.equals(menuOf(command))) {
                continue;
            }
            MenuItem item = item(menu, SWT.PUSH, command.contributor().text(command.label(), locale));
            item.setData(COMMAND_ID, command.id());
            item.setData(COMMAND, command);
            item.setImage(window.image(command.icon()));
            Integer accelerator = window.accelerator(command);
            if (accelerator != null) {
                item.setAccelerator(accelerator);
            }
            item.addListener(SWT.Selection, e -> window.commands().execute(command));
        }
    }

    private static MenuItem item(Menu menu, int style, String text) {
        MenuItem item = new MenuItem(menu, style);
        item.setText(text);
        return item;
    }

    private static void separatorIfNeeded(Menu menu) {
        if (menu.getItemCount() > 0) {
            new MenuItem(menu, SWT.SEPARATOR);
        }
    }

}
