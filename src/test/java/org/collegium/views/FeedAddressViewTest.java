package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Paragraph;
import org.collegium.events.ui.MyRegistrationsView;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithUserDetails;

/** A member's calendar feed address on My registrations: a new one only after being told the old one stops. */
@IntegrationTest
class FeedAddressViewTest extends SpringBrowserlessTest {

    @Test
    @WithUserDetails("member@example.org")
    void aNewFeedAddressIsMadeOnlyAfterConfirmingThatTheOldOneStops() {
        navigate(MyRegistrationsView.class);
        String before = feed();
        test($(Button.class).withText("Make a new address…").single()).click();
        test($(ConfirmDialog.class).single()).cancel();
        assertThat(feed()).as("cancelled: the address stays").isEqualTo(before);

        test($(Button.class).withText("Make a new address…").single()).click();
        test($(ConfirmDialog.class).single()).confirm();
        assertThat(feed()).isNotEqualTo(before);
    }

    private String feed() {
        return $(Paragraph.class).all().stream().map(Paragraph::getText).filter(t -> t.contains("/ics/feed/"))
                .findFirst().orElseThrow();
    }
}
