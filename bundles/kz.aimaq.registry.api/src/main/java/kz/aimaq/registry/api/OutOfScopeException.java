package kz.aimaq.registry.api;

/** A change was refused because the unit lies outside the user's region. Nothing was changed. */
public class OutOfScopeException extends Exception {

    private static final long serialVersionUID = 1L;

    private final String user;
    private final String regionCode;
    private final String unitCode;

    public OutOfScopeException(String user, String regionCode, String unitCode) {
        super("user '" + user + "' may change units of region " + regionCode + " only; unit " + unitCode
                + " lies outside it: ask an administrator or a user of that region");
        this.user = user;
        this.regionCode = regionCode;
        this.unitCode = unitCode;
    }

    public String user() {
        return user;
    }

    public String regionCode() {
        return regionCode;
    }

    public String unitCode() {
        return unitCode;
    }
}
