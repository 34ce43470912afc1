package org.collegium.listings.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.NotFoundException;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.LanguageSwitch;
import org.collegium.base.ui.NotFoundPages;
import org.collegium.base.ui.Notifications;
import org.collegium.listings.service.FindAGroup;
import org.collegium.listings.service.ListingRecords.Enquiry;
import org.collegium.listings.service.ListingRecords.ListingDetails;

/**
 * One published listing at its own address, with a title and description for search engines, and "Contact the
 * facilitator": the message goes to them by email; their address is never shown.
 */
@Route(value = "find-a-group", autoLayout = false)
@AnonymousAllowed
public class ListingPageView extends Main implements HasUrlParameter<Long>, HasDynamicTitle {

    final TextField name = new TextField();
    final EmailField email = new EmailField();
    final TextArea message = new TextArea();
    /** The honeypot: hidden from people and screen readers; a robot fills it in. */
    final TextField website = new TextField();
    final Button send = new Button();
    final Paragraph outcome = new Paragraph();

    private final FindAGroup search;
    private final FieldMessages messages = new FieldMessages();
    private String title = "";
    private long listing;

    public ListingPageView(FindAGroup search) {
        this.search = search;
        addClassName("listing-page");
        getStyle().set("max-width", "48rem").set("margin", "0 auto").set("padding", "1rem")
                .set("box-sizing", "border-box");
        messages.bind("name", name).bind("email", email).bind("message", message);
        send.addClickListener(e -> send());
    }

    private void send() {
        try {
            VaadinRequest request = VaadinRequest.getCurrent();
            String ip = request == null ? null : request.getRemoteAddr();
            var sent = search.enquire(listing, new Enquiry(name.getValue(), email.getValue(), message.getValue(),
                    website.getValue()), ip);
            messages.clear();
            outcome.setText(getTranslation("listings.contact.sent", sent.email()));
            send.setEnabled(false);
        } catch (InvalidInputException ex) {
            messages.show(ex);
        } catch (BusinessRuleException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    @Override
    public void setParameter(BeforeEvent event, Long id) {
        removeAll();
        title = getTranslation("listings.find.title");
        ListingDetails l;
        try {
            l = id == null ? null : search.listing(id);
        } catch (NotFoundException e) {
            l = null;
        }
        if (l == null) {
            NotFoundPages.show(event);
            return;
        }
        title = getTranslation("listings.page.title", l.title());
        String description = l.focus().length() > 155 ? l.focus().substring(0, 152) + "…" : l.focus();
        UI.getCurrent().getPage().executeJs("let m = document.querySelector('meta[name=description]');"
                + "if (!m) { m = document.createElement('meta'); m.name = 'description'; document.head.appendChild(m); }"
                + "m.content = $0;", description);
        add(new LanguageSwitch(getLocale()), new RouterLink(getTranslation("listings.page.back"),
                FindAGroupView.class), new H1(l.title()));
        add(fact("listings.field.focus", l.focus()), fact("listings.field.audience", l.audience()),
                fact("listings.field.approach", l.approach()),
                fact("listings.page.facilitator", ListingText.facilitator(l)),
                fact("listings.page.where", ListingText.place(l)),
                fact("listings.field.languages", ListingText.languages(l.languages())),
                fact("listings.page.cost", ListingText.cost(l)), fact("listings.field.insurance", l.insurance()),
                fact("listings.page.access", ListingText.access(l)),
                fact("listings.field.transportNotes", l.transportNotes()),
                fact("listings.field.schedule", l.schedule()),
                fact("listings.field.intake", getTranslation("listings.intake." + l.intake().name())),
                fact("listings.field.screeningCall", getTranslation(l.screeningCall() ? "listings.yes" : "listings.no")));
        contactForm(l.id());
    }

    private Paragraph fact(String labelKey, String value) {
        Paragraph p = new Paragraph();
        if (value == null || value.isBlank()) {
            p.setVisible(false);
            return p;
        }
        p.setText(getTranslation(labelKey) + ": " + value);
        return p;
    }

    private void contactForm(long listingId) {
        name.setLabel(getTranslation("listings.field.name"));
        email.setLabel(getTranslation("listings.field.email"));
        message.setLabel(getTranslation("listings.field.message"));
        message.setMaxLength(1500);
        message.setHelperText(getTranslation("listings.contact.warning"));
        website.setLabel(getTranslation("listings.contact.honeypot"));
        website.setTabIndex(-1);
        website.getElement().setAttribute("aria-hidden", "true");
        website.getElement().setAttribute("autocomplete", "off");
        website.getStyle().set("position", "absolute").set("left", "-10000px").set("width", "1px")
                .set("height", "1px").set("overflow", "hidden");
        website.addClassName("listing-website");
        send.setText(getTranslation("listings.contact.send"));
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Paragraph warning = new Paragraph(getTranslation("listings.contact.warning"));
        warning.addClassName("contact-warning");
        warning.getStyle().set("font-weight", "600");
        FormLayout form = new FormLayout(name, email, message);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1));
        form.setColspan(message, 1);
        // the same view may open another listing (or this one again): a fresh, empty form each time
        listing = listingId;
        for (var field : List.of(name, email, website)) {
            field.clear();
        }
        message.clear();
        messages.clear();
        outcome.setText("");
        send.setEnabled(true);
        outcome.addClassName("contact-outcome");
        outcome.getElement().setAttribute("role", "status");
        add(new H2(getTranslation("listings.contact.title")), new Paragraph(getTranslation("listings.contact.intro")),
                warning, form, website, send, outcome);
    }

    @Override
    public String getPageTitle() {
        return title;
    }
}
