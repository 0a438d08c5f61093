package kz.aimaq.registry.internal;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import kz.aimaq.registry.api.Unit;
import kz.aimaq.registry.api.UnitKind;

/**
 * The shipped classifier as the build parsed and checked it ({@link KatoFile}, Latin spellings
 * and own budgets derived): every string in one UTF-8 block, decoded at once, and their lengths
 * before it. A first start in a new JVM reads this instead of the CSV: parsing 1.6 MB of CSV is
 * code run once per installation, so it runs cold, in the interpreter.
 * <p>
 * Layout: format, number of kinds, of units, bytes of text (ints); each kind's length (u16); per
 * unit the lengths of code, parent code (0: none), Kazakh, Russian and Latin name (u16), its
 * kind's index and own budget (bytes); the text. The build writes it ({@link #main}) to
 * {@code data/} of the bundle.
 */
public final class CompactClassifier {

    static final String FILE = "kato-2026-tree.units";
    private static final int FORMAT = 1;
    private static final int STRINGS_PER_UNIT = 5;

    private CompactClassifier() {
    }

    /** Build step: {@code <classifier CSV> <output file>}; fails the build on any problem of the CSV. */
    public static void main(String[] args) throws IOException {
        Path csv = Path.of(args[0]);
        KatoFile.Parsed parsed = KatoFile.parse(csv.getFileName().toString(), Files.readAllBytes(csv),
                ShippedData.KATO_VALID_FROM);
        if (!parsed.problems().isEmpty()) {
            throw new IllegalStateException("the shipped classifier is broken: " + parsed.problems());
        }
        Path out = Path.of(args[1]);
        Files.createDirectories(out.getParent());
        Files.write(out, write(parsed.units()));
    }

    static byte[] write(List<Unit> units) {
        Map<UnitKind, Integer> kinds = new LinkedHashMap<>();
        units.forEach(u -> kinds.putIfAbsent(u.kind(), kinds.size()));
        StringBuilder text = new StringBuilder();
        ByteArrayOutputStream lengths = new ByteArrayOutputStream();
        try (DataOutputStream meta = new DataOutputStream(lengths)) {
            for (UnitKind kind : kinds.keySet()) {
                meta.writeShort(append(text, kind.id()));
            }
            for (Unit u : units) {
                meta.writeShort(append(text, u.code()));
                meta.writeShort(append(text, u.parentCode() == null ? "" : u.parentCode()));
                meta.writeShort(append(text, u.nameKk()));
                meta.writeShort(append(text, u.nameRu()));
                meta.writeShort(append(text, u.nameLatin()));
                meta.writeByte(kinds.get(u.kind()));
                meta.writeByte(u.ownBudget() ? 1 : 0);
            }
            byte[] utf8 = text.toString().getBytes(StandardCharsets.UTF_8);
            ByteArrayOutputStream all = new ByteArrayOutputStream();
            DataOutputStream head = new DataOutputStream(all);
            head.writeInt(FORMAT);
            head.writeInt(kinds.size());
            head.writeInt(units.size());
            head.writeInt(utf8.length);
            lengths.writeTo(head);
            head.write(utf8);
            head.flush();
            return all.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static int append(StringBuilder text, String value) {
        if (value.length() > 0xFFFF) {
            throw new IllegalArgumentException("a string of " + value.length() + " characters: " + value);
        }
        text.append(value);
        return value.length();
    }

    /** The units, in the CSV's order, every one valid from {@code validFrom}. */
    static List<Unit> read(byte[] bytes, LocalDate validFrom) {
        ByteBuffer in = ByteBuffer.wrap(bytes);
        int format = in.getInt();
        if (format != FORMAT) {
            throw new IllegalStateException("data/" + FILE + " has format " + format + ", this bundle reads " + FORMAT);
        }
        int kindCount = in.getInt();
        int unitCount = in.getInt();
        int textBytes = in.getInt();
        String text = new String(bytes, bytes.length - textBytes, textBytes, StandardCharsets.UTF_8);
        int at = 0;
        UnitKind[] kinds = new UnitKind[kindCount];
        for (int k = 0; k < kindCount; k++) {
            int end = at + Short.toUnsignedInt(in.getShort());
            String id = text.substring(at, end);
            kinds[k] = UnitKind.ofId(id).orElseThrow(() -> new IllegalStateException("data/" + FILE
                    + ": unknown kind " + id));
            at = end;
        }
        List<Unit> units = new ArrayList<>(unitCount);
        String[] strings = new String[STRINGS_PER_UNIT];
        Canonical canonical = new Canonical();
        for (int i = 0; i < unitCount; i++) {
            for (int s = 0; s < STRINGS_PER_UNIT; s++) {
                int end = at + Short.toUnsignedInt(in.getShort());
                strings[s] = canonical.of(text.substring(at, end));
                at = end;
            }
            UnitKind kind = kinds[in.get()];
            boolean ownBudget = in.get() != 0;
            units.add(new Unit(strings[0], kind, strings[1].isEmpty() ? null : strings[1], strings[2], strings[3],
                    strings[4], null, ownBudget, validFrom, null));
        }
        return units;
    }
}
