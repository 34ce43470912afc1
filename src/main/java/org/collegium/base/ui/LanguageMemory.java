package org.collegium.base.ui;

import java.util.Locale;

/**
 * Keeps a language picked from the switch in the menu beyond this browser session (the accounts feature saves it on
 * the signed-in person's account). The layout knows only this interface: base may not call a feature's services.
 */
public interface LanguageMemory {

    /** Remembers the language the signed-in person just picked. */
    void remember(Locale language);
}
