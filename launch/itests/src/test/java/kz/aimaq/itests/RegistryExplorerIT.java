package kz.aimaq.itests;

import static org.junit.Assert.assertNotNull;
import static org.ops4j.pax.exam.CoreOptions.frameworkProperty;
import static org.ops4j.pax.exam.CoreOptions.options;

import java.util.Arrays;

import javax.inject.Inject;

import org.eclipse.swt.SWT;
import org.eclipse.swt.widgets.Control;
import org.eclipse.swt.widgets.Event;
import org.eclipse.swt.widgets.Label;
import org.eclipse.swt.widgets.Table;
import org.eclipse.swt.widgets.TableItem;
import org.eclipse.swt.widgets.Text;
import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerClass;
import org.ops4j.pax.exam.util.Filter;
import org.osgi.framework.BundleContext;

import kz.aimaq.platform.feature.LaunchProperties;
import kz.aimaq.registry.api.RegistryService;

/**
 * The registry's explorer as a user works it, with the real registry on the embedded
 * database: type a Kazakh name, pick a result, read the details.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerClass.class)
public class RegistryExplorerIT {

    private static final String EXPLORER = "kz.aimaq.registry.ui.explorer";
    private static final String DETAILS = "kz.aimaq.registry.ui.details";

    @Inject
    private BundleContext context;

    @Inject
    @Filter(timeout = 60_000) // first start seeds the whole classifier, slower on a busy machine
    private RegistryService registry; // seeded before the window opens

    private Window window;

    @Configuration
    public Option[] configuration() {
        TestHome home = TestHome.create("registry-explorer");
        // The user (the operating-system user, the one local user) left the workbench in the registry perspective last time.
        home.dataFile("users/" + System.getProperty("user.name") + "/workbench.json", """
                {"x": 0, "y": 0, "width": 1500, "height": 950, "maximized": false,
                 "perspective": "kz.aimaq.registry.ui.perspective", "closedViews": [], "selectedTabs": {}}
                """);
        return options(AimaqOptions.platform(home.home, home.data, "350000000"), AimaqOptions.registry(),
                AimaqOptions.ours("kz.aimaq.workbench"), AimaqOptions.ours("kz.aimaq.map.api"),
                AimaqOptions.ours("kz.aimaq.registry.ui"),
                frameworkProperty(LaunchProperties.HEADLESS).value("false"));
    }

    @Before
    public void openWindow() throws Exception {
        window = Window.open(context);
    }

    @After
    public void closeWindow() throws Exception {
        window.close();
    }

    @Test
    public void searchingAKazakhNameAndPickingAResultShowsItsDetails() throws Exception {
        Await.until("the explorer and details views are open",
                () -> window.tabs().containsKey(EXPLORER) && window.tabs().containsKey(DETAILS),
                () -> window.tabs().keySet().toString());
        Text search = window.onUi(() -> Window.find(window.tabs().get(EXPLORER), Text.class,
                t -> (t.getStyle() & SWT.SEARCH) != 0));
        assertNotNull("the explorer has a search box", search);
        window.onUi(() -> {
            search.setText("Қарағанды");
            return null;
        });

        Await.until("a result for Karaganda region appears", () -> resultRow("350000000") >= 0);
        window.onUi(() -> {
            Table results = resultsTable();
            int row = resultRow("350000000");
            results.setSelection(row);
            Event event = new Event();
            event.item = results.getItem(row);
            results.notifyListeners(SWT.Selection, event);
            return null;
        });

        Await.until("the details show the chosen unit", () -> window.onUi(() -> {
            Control details = window.tabs().get(DETAILS);
            return Window.find(details, Text.class, t -> t.getText().equals("Қарағанды облысы")) != null
                    && Window.find(details, Label.class, l -> l.getText().equals("350000000")) != null;
        }), () -> window.onUi(() -> dump(window.tabs().get(DETAILS))));
        window.screenshot("registry-explorer-search-kk.png");
    }

    private Table resultsTable() {
        return Window.find(window.tabs().get(EXPLORER), Table.class, t -> true);
    }

    private int resultRow(String code) {
        return window.onUi(() -> {
            Table results = resultsTable();
            TableItem[] items = results == null ? new TableItem[0] : results.getItems();
            for (int i = 0; i < items.length; i++) {
                if (code.equals(items[i].getText(0))) {
                    return i;
                }
            }
            return -1;
        });
    }

    private static String dump(Control control) {
        StringBuilder texts = new StringBuilder();
        Window.find(control, Control.class, c -> {
            if (c instanceof Label l) {
                texts.append(" [").append(l.getText()).append(']');
            } else if (c instanceof Text t) {
                texts.append(" {").append(t.getText()).append('}');
            }
            return false;
        });
        return Arrays.toString(new String[] {texts.toString()});
    }
}
