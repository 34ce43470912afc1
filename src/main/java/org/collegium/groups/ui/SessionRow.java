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
        Span when = new Span((withGroupName ? s.groupName() + " · " : "") + clock.format(s.startsAt())
                + (s.extra() ? " (extra session)" : ""));
        when.addClassName("group-session-when");
        Span message = new Span(s.message());
        message.addClassName("group-session-message");
        if (s.joinState() == JoinState.LOCKED) {
            message.addClassName("group-session-locked");
        }
        HorizontalLayout line = new HorizontalLayout(when);
        line.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        if (s.joinState() == JoinState.OPEN || s.joinState() == JoinState.JOINED) {
            Button join = new Button(s.joinState() == JoinState.JOINED ? "Open the meeting again" : "Join now");
            join.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            join.addClickListener(e -> {
                try {
                    String link = sessions.join(s.id());
                    Anchor open = new Anchor(link, "Open the meeting");
                    open.setTarget(AnchorTarget.BLANK);
                    open.addClassName("group-meeting-link");
                    line.replace(join, open);
                    message.setText("You are recorded as attending. The meeting opens in a new tab.");
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
