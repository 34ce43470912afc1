package org.collegium.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.base.service.SocietySettingsService.Settings;

/** An administrator names the society and sets the time zone every date is shown in. */
@Route("admin/settings")
@PageTitle("Society settings")
@Menu(order = 92, title = "Society settings", icon = "vaadin:cog")
@RolesAllowed(Access.ADMIN)
public class SettingsView extends VerticalLayout {

    private final SocietySettingsService service;
    private final TextField name = new TextField("Society name");
    private final ComboBox<String> zone = new ComboBox<>("Time zone");
    private final Paragraph now = new Paragraph();
    private long version;

    public SettingsView(SocietySettingsService service, SocietyClock clock) {
        this.service = service;
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setHelperText("Shown in the navigation, on emails and on certificates.");
        zone.setItems(ZoneId.getAvailableZoneIds().stream().sorted().toList());
        zone.setRequiredIndicatorVisible(true);
        zone.setHelperText("Every date and time in the portal is shown in this zone.");
        Button save = new Button("Save settings", e -> save(clock));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, zone);
        form.setMaxWidth("40rem");
        add(form, save, now);
        show(service.current(), clock);
    }

    private void save(SocietyClock clock) {
        name.setInvalid(false);
        zone.setInvalid(false);
        if (name.getValue().isBlank()) {
            name.setErrorMessage("Enter the society's name.");
            name.setInvalid(true);
            return;
        }
        if (zone.getValue() == null) {
            zone.setErrorMessage("Choose a time zone.");
            zone.setInvalid(true);
            return;
        }
        try {
            show(service.update(name.getValue(), zone.getValue(), version), clock);
            Notifications.success("Settings saved.");
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void show(Settings settings, SocietyClock clock) {
        version = settings.version();
        name.setValue(settings.societyName());
        zone.setValue(settings.timeZone().getId());
        now.setText("It is now " + clock.format(clock.instant()) + " in the society's time zone.");
    }
}
