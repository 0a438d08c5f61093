package kz.aimaq.registry.ui.internal;

import kz.aimaq.platform.api.l10n.Messages;
import kz.aimaq.registry.api.UnitKind;

/** Small helpers shared by the registry views. */
final class Widgets {

    private Widgets() {
    }

    /** What a unit is, in the user's language. */
    static String kind(Messages messages, UnitKind kind) {
        return messages.get("kind." + kind.id());
    }
}
