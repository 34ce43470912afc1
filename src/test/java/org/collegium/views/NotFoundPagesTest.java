package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.Location;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.base.ui.ErrorView;
import org.collegium.base.ui.NotFoundView;
import org.collegium.members.domain.Discipline;
import org.collegium.members.service.DuplicateService;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberFilter;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberService;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.security.test.context.support.WithUserDetails;

/**
 * Missing, merged-away, not-yours and malformed addresses, refused and unknown ones: all answer with the same
 * page, which names no route and shows no stack trace.
 */
@IntegrationTest
class NotFoundPagesTest extends SpringBrowserlessTest {

    @Autowired MemberService members;
    @Autowired DuplicateService duplicates;
    @Autowired DemoData demo;
    @Autowired Roles roles;

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    void missingMergedAwayAndMalformedRecordsLookTheSame() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        MemberDetails survivor = create("nf." + tag + "@example.org", tag);
        MemberDetails merged = create("nf." + tag + "+2@example.org", tag);
        duplicates.merge(survivor.id(), merged.id());

        for (String address : new String[] {"members/999999999", "members/" + merged.id(), "members/abc",
                "members/99999999999999999999999", "groups/999999999", "groups/999999999/manage", "groups/abc",
                "events/edit/999999999", "events/check-in/999999999", "events/check-in/abc", "event/999999999",
                "no/such/page"}) {
            assertNotFound(address);
        }
        UI.getCurrent().navigate("members/" + survivor.id());
        assertThat(getCurrentView()).isNotInstanceOf(NotFoundView.class);
    }

    @Test
    @WithUserDetails("affiliate@example.org")
    void anotherAffiliatesMemberIsNotFoundForAnAffiliateAdministrator() {
        long atlanta = demo.affiliateId("AGPS");
        long theirs = roles.as("board@example.org", Role.BOARD, () -> members.find(
                new MemberFilter(null, null, null, atlanta), PageRequest.of(0, 1)).getFirst().id());
        assertNotFound("members/" + theirs);
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    void aPageTheRoleMayNotOpenLooksLikeOneThatDoesNotExist() {
        assertNotFound("admin/accounts");
        assertNotFound("groups/new");
        assertNotFound("members/new"); // officers read members but create none
    }

    @Test
    void theNotFoundPageAnswers404AndAnUnexpectedErrorGetsAFriendlyPageWithAReference() {
        assertThat(new NotFoundView().setErrorParameter(null, null)).isEqualTo(404);

        BeforeEnterEvent event = mock(BeforeEnterEvent.class);
        when(event.getLocation()).thenReturn(new Location("members/1"));
        ErrorView page = new ErrorView();
        int status = page.setErrorParameter(event, new ErrorParameter<>(Exception.class,
                new IllegalStateException("a bug")));
        assertThat(status).isEqualTo(500);
        assertThat(page.reference()).matches("[0-9A-F]{8}");
        verify(event, never()).rerouteToError(com.vaadin.flow.router.NotFoundException.class);

        ErrorView wrapped = new ErrorView();
        assertThat(wrapped.setErrorParameter(event, new ErrorParameter<>(Exception.class, new IllegalStateException(
                "creating the view", new org.collegium.base.service.NotFoundException("The member"))))).isEqualTo(404);
        verify(event).rerouteToError(com.vaadin.flow.router.NotFoundException.class);
    }

    private void assertNotFound(String address) {
        UI.getCurrent().navigate(address);
        assertThat(getCurrentView()).as(address).isInstanceOf(NotFoundView.class);
        assertThat($(H1.class).single().getText()).isEqualTo(NotFoundView.HEADING);
        assertThat($(Paragraph.class).all()).as(address).noneMatch(p -> p.getText().contains("route")
                || p.getText().contains("Exception"));
    }

    private MemberDetails create(String email, String tag) {
        return members.create(new MemberForm("Nora", "Nf" + tag, email, null, null, Discipline.OTHER, null, null,
                null, null, "NC", null, "US", null, false, false, null, 0));
    }
}
