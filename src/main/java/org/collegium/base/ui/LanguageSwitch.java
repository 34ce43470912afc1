package org.collegium.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Nav;
import java.util.Locale;
import java.util.function.Consumer;
import org.collegium.base.i18n.Messages;

/**
 * "English · Español": every language offered, each written in its own language, the current one marked. Public
 * pages show it to visitors; in the menu it also remembers the choice on the person's account.
 */
public class LanguageSwitch extends Nav {

    public LanguageSwitch(Locale current) {
        this(current, language -> { });
    }

    /** {@code remember} is told the choice before the page is shown again in it (e.g. saved on the account). */
    public LanguageSwitch(Locale current, Consumer<Locale> remember) {
        addClassName("language-switch");
        getElement().setAttribute("aria-label", Messages.in(current, "base.language.switch"));
        for (Locale language : Messages.SUPPORTED) {
            Button choice = new Button(Messages.ownName(language), e -> {
                remember.accept(language);
                PersonalChoices.useLanguage(language);
            });
            choice.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
            choice.getElement().setAttribute("lang", language.toLanguageTag());
            if (language.equals(Messages.supported(current))) {
                choice.getElement().setAttribute("aria-current", "true");
                choice.setEnabled(false);
            }
            add(choice);
        }
    }
}
