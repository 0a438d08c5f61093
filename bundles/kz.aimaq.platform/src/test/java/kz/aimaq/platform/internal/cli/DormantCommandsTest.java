package kz.aimaq.platform.internal.cli;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class DormantCommandsTest {

    private static final String TAX_COMMAND = """
            <?xml version="1.0" encoding="UTF-8"?>
            <scr:component xmlns:scr="http://www.osgi.org/xmlns/scr/v1.3.0" name="kz.aimaq.tax.internal.TaxCommand">
              <property name="aimaq.command.usage" value="tax import-payments --file &lt;csv&gt;"/>
              <property name="aimaq.command" type="String" value="tax"/>
              <service><provide interface="kz.aimaq.platform.api.cli.CliCommand"/></service>
            </scr:component>
            """;

    @Test
    void aCommandIsFoundByItsNamePropertyWhateverTheAttributeOrder() {
        assertTrue(DormantCommands.declaresIn(TAX_COMMAND, "tax"));
        assertTrue(DormantCommands.declaresIn("<property value=\"tax\" name=\"aimaq.command\"/>", "tax"));
    }

    @Test
    void anotherPropertyWithTheSameValueOrAnotherCommandIsNotTaken() {
        assertFalse(DormantCommands.declaresIn(TAX_COMMAND, "import-payments"));
        assertFalse(DormantCommands.declaresIn("<property name=\"aimaq.module\" value=\"tax\"/>", "tax"));
        assertFalse(DormantCommands.declaresIn(TAX_COMMAND, "ta"));
    }
}
