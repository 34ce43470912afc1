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
import java.util.Locale;
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

    final TextField name = new TextField("Name");
    final Select<GroupKind> kind = new Select<>();
    final TextArea description = new TextArea("What the group is");
    final Select<DayOfWeek> day = new Select<>();
    final TimePicker start = new TimePicker("Starts at");
    final IntegerField duration = new IntegerField("Length (minutes)");
    final IntegerField interval = new IntegerField("Every … weeks");
    final DatePicker startsOn = new DatePicker("First session on or after");
    final Select<GroupFormat> format = new Select<>();
    final TextField location = new TextField("Location or platform");
    final IntegerField capacity = new IntegerField("Capacity");
    final Checkbox membersOnly = new Checkbox("Members only");
    final IntegerField lockMinutes = new IntegerField("Closed to newcomers after (minutes)");
    final TextField language = new TextField("Language");
    final Select<GroupCost> cost = new Select<>();
    final TextField costNote = new TextField("Cost note");
    final TextArea accessibility = new TextArea("Accessibility notes");
    final TextArea understandings = new TextArea("Understandings (members accept these when they ask to join)");
    final Select<GroupStatus> status = new Select<>();
    final TextField facilitators = new TextField("Facilitators (member emails, comma-separated)");
    final ComboBox<String> timeZone = new ZoneField("Time zone");
    private final FieldMessages messages = new FieldMessages();
    private long version;

    GroupDetailsForm(boolean mayChooseFacilitators) {
        kind.setLabel("Kind");
        kind.setItems(GroupKind.values());
        kind.setItemLabelGenerator(GroupKind::label);
        day.setLabel("Day");
        day.setItems(DayOfWeek.values());
        day.setItemLabelGenerator(d -> d.getDisplayName(TextStyle.FULL, Locale.US));
        start.setStep(java.time.Duration.ofMinutes(15));
        start.setHelperText("In the group's time zone");
        timeZone.setHelperText("The group meets at this clock time in this zone, whatever the society's zone is; "
                + "empty: the society's zone.");
        timeZone.setClearButtonVisible(true);
        interval.setHelperText("1 for weekly; 4 for a monthly group (every fourth week)");
        format.setLabel("Format");
        format.setItems(GroupFormat.values());
        format.setItemLabelGenerator(GroupFormat::label);
        capacity.setHelperText("At most " + PeerGroup.MAX_CAPACITY);
        cost.setLabel("Cost");
        cost.setItems(GroupCost.values());
        cost.setItemLabelGenerator(GroupCost::label);
        status.setLabel("Status");
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

    private static String text(String value) {
        return value == null ? "" : value;
    }
}
