package kz.aimaq.tax.internal;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;

import org.junit.jupiter.api.Test;

import kz.aimaq.storage.testing.TestDatabase;

class TaxStorageH2Test extends TaxStorageContract {

    @Override
    TestDatabase open() {
        return TestDatabase.h2();
    }

    /**
     * An import reads the payments and assessments of the payers it touches by (okrug, payer) in the
     * index, not every row of each okrug (which H2 does for {@code = ANY(?)}): its cost must follow
     * the file, not the database's size.
     */
    @Test
    void payersAreLookedUpByOkrugAndPayerInTheIndex() throws Exception {
        service(officer());
        try (Connection c = db.dataSource().getConnection()) {
            for (String[] lookup : new String[][] {{"tax_payment", "payer_id"}, {"tax_assessment", "taxpayer_id"}}) {
                try (PreparedStatement s = c.prepareStatement("EXPLAIN " + TaxStore.ofKeysSql("t.kbk", lookup[0],
                        lookup[1]))) {
                    s.setArray(1, c.createArrayOf("VARCHAR", new Object[] {"880101190003"}));
                    s.setString(2, FixedUnits.OKRUG_A);
                    try (ResultSet rs = s.executeQuery()) {
                        rs.next();
                        String plan = rs.getString(1).replaceAll("\\s+", " ");
                        assertTrue(plan.contains("OKRUG = ?2 AND " + lookup[1].toUpperCase() + " = K.ID"), plan);
                    }
                }
            }
        }
    }
}
