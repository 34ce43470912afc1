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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import org.collegium.base.domain.Access;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.base.service.SocietySettingsService.Settings;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.scheduling.support.CronExpression;

/** An administrator names the society and sets the time zone every date is shown in. */
@Route("admin/settings")
@Menu(order = 92, title = "base.menu.settings", icon = "vaadin:cog")
@RolesAllowed(Access.ADMIN)
public class SettingsView extends VerticalLayout implements HasDynamicTitle {

    private final SocietySettingsService service;
    private final TextField name = new TextField(Messages.t("base.settings.name"));
    private final ComboBox<String> zone = new ZoneField(Messages.t("base.settings.zone"));
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
        name.setHelperText(Messages.t("base.settings.name.help"));
        zone.setRequiredIndicatorVisible(true);
        zone.setHelperText(Messages.t("base.settings.zone.help"));
        Button save = new Button(Messages.t("base.settings.save"), e -> save(clock));
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
            name.setErrorMessage(Messages.t("base.settings.name.missing"));
            name.setInvalid(true);
            return;
        }
        if (zone.getValue() == null) {
            zone.setErrorMessage(Messages.t("base.settings.zone.missing"));
            zone.setInvalid(true);
            return;
        }
        ZoneId wanted;
        try {
            wanted = ZoneId.of(zone.getValue());
        } catch (DateTimeException e) {
            zone.setErrorMessage(Messages.t("base.settings.zone.unknown"));
            zone.setInvalid(true);
            return;
        }
        if (wanted.equals(saved)) {
            store(clock);
            return;
        }
        // a new zone moves how every time reads: say what it affects, and save only when confirmed
        ConfirmDialog dialog = new ConfirmDialog(Messages.t("base.settings.zone-change.title", wanted.getId()),
                zoneChange(saved, wanted, clock), Messages.t("base.settings.zone-change.confirm"), e -> store(clock));
        dialog.setCancelable(true);
        dialog.setCancelText(Messages.t("base.action.cancel"));
        dialog.open();
    }

    /** What a change of zone affects, as the confirmation says it. */
    String zoneChange(ZoneId from, ZoneId to, SocietyClock clock) {
        ZonedDateTime evening = clock.today().atTime(19, 30).atZone(from);
        return Messages.t("base.settings.zone-change", to.getId(), from.getId(),
                time().format(evening.withZoneSameInstant(to)), firstRun(statusCron), firstRun(reminderCron));
    }

    private static String firstRun(String cron) {
        LocalDateTime next = CronExpression.parse(cron).next(LocalDate.of(2026, 1, 1).atStartOfDay().minusSeconds(1));
        return next == null ? cron : time().format(next);
    }

    /** A wall-clock time as the reader's language writes it ("7:30 PM", "19:30"). */
    private static DateTimeFormatter time() {
        return DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(Formats.language(Messages.current()));
    }

    private void store(SocietyClock clock) {
        try {
            show(service.update(name.getValue(), zone.getValue(), version), clock);
            Notifications.success(Messages.t("base.settings.saved"));
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void show(Settings settings, SocietyClock clock) {
        version = settings.version();
        saved = settings.timeZone();
        name.setValue(settings.societyName());
        zone.setValue(settings.timeZone().getId());
        // the society's zone, whatever zone the administrator reads other times in
        now.setText(Messages.t("base.settings.now", SocietyClock.format(clock.instant(), settings.timeZone())));
    }

    @Override
    public String getPageTitle() {
        return Messages.t("base.settings.title");
    }
}
