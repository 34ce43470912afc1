package org.collegium.base.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import java.time.DateTimeException;
import java.time.ZoneId;
import java.time.format.TextStyle;
import java.util.List;
import org.collegium.base.service.Formats;
import org.collegium.base.i18n.Messages;

/**
 * A time zone chooser (the society's, a peer group's, an event's): the value is the zone id, e.g.
 * "America/Los_Angeles"; each choice also reads its name in the viewer's language ("Pacific Time", "hora del
 * Pacífico"), so typing either finds it.
 */
public class ZoneField extends ComboBox<String> {

    private static final List<String> ZONES = ZoneId.getAvailableZoneIds().stream().sorted().toList();

    public ZoneField(String label) {
        super(label);
        setItems(ZONES);
        setItemLabelGenerator(ZoneField::label);
    }

    /** e.g. "America/Los_Angeles (Pacific Time)"; an id that names no zone reads as itself. */
    public static String label(String id) {
        try {
            return id + " (" + ZoneId.of(id).getDisplayName(TextStyle.FULL, Formats.language(Messages.current())) + ")";
        } catch (DateTimeException e) {
            return id;
        }
    }
}
