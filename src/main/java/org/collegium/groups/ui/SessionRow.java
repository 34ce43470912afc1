package org.collegium.groups.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.groups.service.GroupRecords.JoinState;
import org.collegium.groups.service.GroupRecords.SessionView;
import org.collegium.groups.service.SessionService;

/**
 * One session as a member sees it: when, and what they may do about it. The join button is there only while the
 * server would hand out the link; the link itself is fetched on click (which records attendance), never rendered
 * into the page beforehand.
 */
final class SessionRow extends VerticalLayout {

    SessionRow(SessionView s, SessionService sessions, SocietyClock clock, boolean withGroupName) {
        setPadding(false);
        setSpacing(false);
        addClassName("group-session");
        // a moment of the group: in the viewer's zone, with the group's beside it when it differs
        String at = clock.formatAt(s.startsAt(), s.zone());
        Span when = new Span((withGroupName ? s.groupName() + " · " : "")
                + (s.extra() ? getTranslation("groups.session-row.extra", at) : at));
        when.addClassName("group-session-when");
        Span message = new Span(s.message());
        message.addClassName("group-session-message");
        if (s.joinState() == JoinState.LOCKED) {
            message.addClassName("group-session-locked");
        }
        HorizontalLayout line = new HorizontalLayout(when);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (s.joinState() == JoinState.OPEN || s.joinState() == JoinState.JOINED) {
            Button join = new Button(getTranslation(s.joinState() == JoinState.JOINED ? "groups.session-row.again"
                    : "groups.session-row.join"));
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            join.addClickListener(e -> {
                try {
                    String link = sessions.join(s.id());
                    Anchor open = new Anchor(link, getTranslation("groups.session-row.open"));
                    open.setTarget(AnchorTarget.BLANK);
                    open.addClassName("group-meeting-link");
                    line.replace(join, open);
                    message.setText(getTranslation("groups.session-row.recorded"));
                } catch (BusinessRuleException ex) {
                    // the lock (or the end) came while the page was open: tell them kindly, hide the button
                    join.setVisible(false);
                    message.setText(ex.getMessage());
                    Notifications.error(ex.getMessage());
                }
            });
            line.add(join);
        }
        add(line, message);
    }
}
