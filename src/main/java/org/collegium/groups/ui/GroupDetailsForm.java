package org.collegium.groups.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import java.time.DayOfWeek;
import java.time.format.TextStyle;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.ZoneField;
import org.collegium.groups.domain.GroupCost;
import org.collegium.groups.domain.GroupFormat;
import org.collegium.groups.domain.GroupKind;
import org.collegium.groups.domain.GroupStatus;
import org.collegium.groups.domain.PeerGroup;
import org.collegium.groups.service.GroupRecords.GroupForm;

/** A group's details: the same form for the board creating a group and a facilitator editing theirs. */
final class GroupDetailsForm extends FormLayout {

    final TextField name = new TextField(label("name"));
    final Select<GroupKind> kind = new Select<>();
    final TextArea description = new TextArea(label("description"));
    final Select<DayOfWeek> day = new Select<>();
    final TimePicker start = new TimePicker(label("start"));
    final IntegerField duration = new IntegerField(label("duration"));
    final IntegerField interval = new IntegerField(label("interval"));
    final DatePicker startsOn = new DatePicker(label("starts-on"));
    final Select<GroupFormat> format = new Select<>();
    final TextField location = new TextField(label("location"));
    final IntegerField capacity = new IntegerField(label("capacity"));
    final Checkbox membersOnly = new Checkbox(label("members-only"));
    final IntegerField lockMinutes = new IntegerField(label("lock"));
    final TextField language = new TextField(label("language"));
    final Select<GroupCost> cost = new Select<>();
    final TextField costNote = new TextField(label("cost-note"));
    final TextArea accessibility = new TextArea(label("accessibility"));
    final TextArea understandings = new TextArea(label("understandings"));
    final Select<GroupStatus> status = new Select<>();
    final TextField facilitators = new TextField(label("facilitators"));
    final ComboBox<String> timeZone = new ZoneField(label("zone"));
    private final FieldMessages messages = new FieldMessages();
    private long version;

    GroupDetailsForm(boolean mayChooseFacilitators) {
        kind.setLabel(label("kind"));
        kind.setItems(GroupKind.values());
        kind.setItemLabelGenerator(GroupKind::label);
        day.setLabel(label("day"));
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Formats.language(getLocale())));
        start.setStep(java.time.Duration.ofMinutes(15));
        start.setHelperText(getTranslation("groups.form.start.help"));
        start.setLocale(getLocale());
        startsOn.setLocale(getLocale());
        timeZone.setHelperText(getTranslation("groups.form.zone.help"));
        timeZone.setClearButtonVisible(true);
        interval.setHelperText(getTranslation("groups.form.interval.help"));
        format.setLabel(label("format"));
        format.setItems(GroupFormat.values());
        format.setItemLabelGenerator(GroupFormat::label);
        capacity.setHelperText(getTranslation("groups.form.capacity.help", PeerGroup.MAX_CAPACITY));
        cost.setLabel(label("cost"));
        cost.setItems(GroupCost.values());
        cost.setItemLabelGenerator(GroupCost::label);
        status.setLabel(label("status"));
        status.setItems(GroupStatus.values());
        status.setItemLabelGenerator(GroupStatus::label);
        facilitators.setReadOnly(!mayChooseFacilitators);
        name.setRequiredIndicatorVisible(true);
        messages.bind("name", name).bind("kind", kind).bind("description", description).bind("day", day)
                .bind("start", start).bind("durationMinutes", duration).bind("intervalWeeks", interval)
                .bind("startsOn", startsOn).bind("format", format).bind("location", location)
                .bind("capacity", capacity).bind("lockMinutes", lockMinutes).bind("language", language)
                .bind("cost", cost).bind("costNote", costNote).bind("accessibilityNotes", accessibility)
                .bind("understandings", understandings).bind("status", status)
                .bind("facilitatorEmails", facilitators).bind("timeZone", timeZone);
        add(name, kind, description, day, start, timeZone, duration, interval, startsOn, format, location, capacity,
                lockMinutes, membersOnly, language, cost, costNote, status, facilitators, accessibility,
                understandings);
        setColspan(description, 2);
        setColspan(accessibility, 2);
        setColspan(understandings, 2);
        setColspan(facilitators, 2);
        setMaxWidth("60rem");
    }

    void read(GroupForm f) {
        name.setValue(f.name());
        kind.setValue(f.kind());
        description.setValue(text(f.description()));
        day.setValue(f.day());
        start.setValue(f.start());
        duration.setValue(f.durationMinutes());
        interval.setValue(f.intervalWeeks());
        startsOn.setValue(f.startsOn());
        format.setValue(f.format());
        location.setValue(text(f.location()));
        capacity.setValue(f.capacity());
        membersOnly.setValue(f.membersOnly());
        lockMinutes.setValue(f.lockMinutes());
        language.setValue(text(f.language()));
        cost.setValue(f.cost());
        costNote.setValue(text(f.costNote()));
        accessibility.setValue(text(f.accessibilityNotes()));
        understandings.setValue(text(f.understandings()));
        status.setValue(f.status());
        facilitators.setValue(text(f.facilitatorEmails()));
        timeZone.setValue(f.timeZone());
        version = f.version();
    }

    GroupForm write() {
        messages.clear();
        return new GroupForm(name.getValue(), kind.getValue(), description.getValue(), day.getValue(),
                start.getValue(), duration.getValue(), interval.getValue(), startsOn.getValue(), format.getValue(),
                location.getValue(), capacity.getValue(), membersOnly.getValue(), lockMinutes.getValue(),
                language.getValue(), cost.getValue(), costNote.getValue(), accessibility.getValue(),
                understandings.getValue(), status.getValue(), facilitators.getValue(), timeZone.getValue(), version);
    }

    void show(InvalidInputException e) {
        messages.show(e);
    }

    /** A field's label: the form's keys are {@code groups.form.<field>}. */
    private static String label(String field) {
        return Messages.t("groups.form." + field);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
