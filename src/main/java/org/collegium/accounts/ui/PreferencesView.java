package org.collegium.accounts.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import java.util.Locale;
import org.collegium.accounts.service.PreferencesService;
import org.collegium.accounts.service.PreferencesService.Preferences;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.PersonalChoices;
import org.collegium.base.ui.ZoneField;

/** Everyone signed in chooses here the language Collegium speaks to them in and the zone it shows times in. */
@Route("account/preferences")
@PermitAll
public class PreferencesView extends VerticalLayout implements HasDynamicTitle {

    private final Select<Locale> language = new Select<>();
    private final ZoneField zone;

    public PreferencesView(PreferencesService preferences, SocietyClock clock) {
        language.setLabel(getTranslation("accounts.preferences.language"));
        language.setItems(Messages.SUPPORTED);
        language.setItemLabelGenerator(Messages::ownName);
        zone = new ZoneField(getTranslation("accounts.preferences.zone"));
        zone.setClearButtonVisible(true);
        zone.setPlaceholder(getTranslation("accounts.preferences.zone.society", ZoneField.label(clock.zone().getId())));
        zone.setHelperText(getTranslation("accounts.preferences.zone.help"));
        Preferences mine = preferences.mine();
        language.setValue(mine.language() == null ? Messages.supported(getLocale()) : mine.locale());
        zone.setValue(mine.timeZone());
        Button save = new Button(getTranslation("accounts.preferences.save"), e -> save(preferences));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(language, zone);
        form.setMaxWidth("30rem");
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        add(form, save);
        // issue 17: which optional mail a member gets is chosen on its own page
        add(new com.vaadin.flow.component.html.Anchor("my/mail", getTranslation("accounts.preferences.mail")));
    }

    private void save(PreferencesService preferences) {
        zone.setInvalid(false);
        try {
            Preferences saved = preferences.save(language.getValue(), zone.getValue());
            PersonalChoices.useZone(saved.zone().orElse(null));
            PersonalChoices.useLanguage(saved.locale());
        } catch (InvalidInputException ex) {
            zone.setErrorMessage(ex.fieldErrors().get("timeZone"));
            zone.setInvalid(true);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.preferences.title");
    }
}
