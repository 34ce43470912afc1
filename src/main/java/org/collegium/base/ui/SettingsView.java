package org.collegium.base.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.collegium.base.domain.Access;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.base.service.SocietySettingsService.Settings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;

/** An administrator names the society and sets the time zone every date is shown in. */
@Route("admin/settings")
@PageTitle("Society settings")
@Menu(order = 92, title = "Society settings", icon = "vaadin:cog")
@RolesAllowed(Access.ADMIN)
public class SettingsView extends VerticalLayout {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("h:mm a", Locale.US);

    private final SocietySettingsService service;
    private final TextField name = new TextField("Society name");
    private final ComboBox<String> zone = new ZoneField("Time zone");
    private final Paragraph now = new Paragraph();
    private final String statusCron;
    private final String reminderCron;
    private long version;
    private ZoneId saved;

    public SettingsView(SocietySettingsService service, SocietyClock clock,
            @Value("${collegium.members.status-cron:0 5 0 * * *}") String statusCron,
            @Value("${collegium.members.reminder-cron:0 0 9 * * *}") String reminderCron) {
        this.service = service;
        this.statusCron = statusCron;
        this.reminderCron = reminderCron;
        name.setRequiredIndicatorVisible(true);
        name.setMaxLength(200);
        name.setHelperText("Shown in the navigation, on emails and on certificates.");
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
        ZoneId wanted;
        try {
            wanted = ZoneId.of(zone.getValue());
        } catch (DateTimeException e) {
            zone.setErrorMessage("Choose a time zone from the list.");
            zone.setInvalid(true);
            return;
        }
        if (wanted.equals(saved)) {
            store(clock);
            return;
        }
        // a new zone moves how every time reads: say what it affects, and save only when confirmed
        ConfirmDialog dialog = new ConfirmDialog("Change the time zone to " + wanted.getId() + "?",
                zoneChange(saved, wanted, clock), "Change the time zone", e -> store(clock));
        dialog.setCancelable(true);
        dialog.open();
    }

    /** What a change of zone affects, as the confirmation says it. */
    String zoneChange(ZoneId from, ZoneId to, SocietyClock clock) {
        ZonedDateTime evening = clock.today().atTime(19, 30).atZone(from);
        return "Dates and times in the portal will be shown in " + to.getId() + ". Existing peer groups and "
                + "events keep their own zones: a Tuesday 7:30 PM group still meets on Tuesdays at 7:30 PM in its "
                + "zone, an event at 7:30 PM in its zone still starts then, and their pages, emails, certificates "
                + "and calendar files say so, naming the zone. Other times (when something was recorded, paid or "
                + "sent) read in the new zone: 7:30 PM in " + from.getId() + " reads as "
                + TIME.format(evening.withZoneSameInstant(to)) + " in " + to.getId() + ". New events and groups "
                + "default to the new zone. Nightly jobs will run "
                + "at " + firstRun(statusCron) + " (member statuses) and " + firstRun(reminderCron)
                + " (renewal and dues reminders) in " + to.getId() + ", from their next run.";
    }

    private static String firstRun(String cron) {
        LocalDateTime next = CronExpression.parse(cron).next(LocalDate.of(2026, 1, 1).atStartOfDay().minusSeconds(1));
        return next == null ? cron : TIME.format(next);
    }

    private void store(SocietyClock clock) {
        try {
            show(service.update(name.getValue(), zone.getValue(), version), clock);
            Notifications.success("Settings saved.");
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void show(Settings settings, SocietyClock clock) {
        version = settings.version();
        saved = settings.timeZone();
        name.setValue(settings.societyName());
        zone.setValue(settings.timeZone().getId());
        now.setText("It is now " + clock.format(clock.instant()) + " in the society's time zone.");
    }
}
