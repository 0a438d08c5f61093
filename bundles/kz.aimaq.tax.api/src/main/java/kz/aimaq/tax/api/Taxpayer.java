package kz.aimaq.tax.api;

import java.util.Objects;

/**
 * A taxpayer of an okrug.
 *
 * @param okrug     KATO code of the okrug
 * @param id        IIN or BIN, validated
 * @param kind      IIN (individual) or BIN (entity)
 * @param name      the name (synthetic in demo data)
 * @param synthetic whether the record was generated as demo data
 */
public record Taxpayer(String okrug, String id, IdKind kind, String name, boolean synthetic) {

    public Taxpayer {
        Objects.requireNonNull(okrug, "okrug");
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(name, "name");
    }
}
