package org.collegium.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.base.ui.FieldMessages;
import org.collegium.members.service.ApplicationService;
import org.collegium.members.service.ApplicationService.JoinOption;
import org.collegium.members.service.ApplicationService.JoinRequest;
import org.collegium.members.service.ApplicationService.Outcome;

/**
 * The public "Join" page: no sign-in; the board reviews the application, or (a type granted at once) the emailed
 * link grants it. Its answer never says whether the address belongs to a member.
 */
@Route(value = "join", autoLayout = false)
@PageTitle("Join")
@AnonymousAllowed
public class JoinView extends VerticalLayout {

    final ProfileFields profile = new ProfileFields();
    final ComboBox<AffiliateOption> affiliate = new ComboBox<>("Local affiliate (optional)");
    final RadioButtonGroup<JoinOption> type = new RadioButtonGroup<>("Membership");
    final TextArea message = new TextArea("Anything the board should know (optional)");

    public JoinView(ApplicationService service, AffiliateService affiliates,
            SocietySettingsService settings) {
        addClassName("join-page");
        profile.startNew(null); // the applicant chooses their discipline
        affiliate.setItems(affiliates.options());
        affiliate.setItemLabelGenerator(AffiliateOption::name);
        affiliate.setClearButtonVisible(true);
        type.setItems(service.joinOptions());
        type.setItemLabelGenerator(o -> o.name() + " — " + o.dues() + " a term"
                + (o.description() == null ? "" : " · " + o.description())
                + (o.approvalRequired() ? " · reviewed by the board" : " · granted once you confirm your email"));
        FieldMessages messages = profile.bind(new FieldMessages()).bind("affiliateId", affiliate)
                .bind("typeId", type).bind("message", message);
        FormLayout form = new FormLayout(profile.components());
        form.add(affiliate, type, message);
        form.setColspan(type, 2);
        form.setColspan(message, 2);
        form.setMaxWidth("56rem");
        Paragraph done = new Paragraph();
        Button submit = new Button("Send my application");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(e -> {
            try {
                ProfileFields p = profile;
                Outcome outcome = service.submit(new JoinRequest(p.firstName.getValue(), p.lastName.getValue(),
                        p.email.getValue(), p.phone.getValue(), p.credentials.getValue(), p.discipline.getValue(),
                        p.licenceState.getValue(), p.licenceNumber.getValue(), p.practiceName.getValue(),
                        p.city.getValue(), p.state.getValue(), p.postalCode.getValue(), p.country.getValue(),
                        affiliate.getValue() == null ? null : affiliate.getValue().id(),
                        type.getValue() == null ? null : type.getValue().id(), message.getValue()));
                messages.clear();
                form.setVisible(false);
                submit.setVisible(false);
                // the same words whether or not the address belongs to a member: the email tells them
                done.setText(outcome == Outcome.CONFIRM_EMAIL
                        ? "Thank you! We have emailed you a link: open it to confirm your "
                                + "address and start your membership."
                        : "Thank you! Your application is with the board; we have emailed you about it and "
                                + "will write again when the board has decided.");
            } catch (InvalidInputException ex) {
                messages.show(ex);
            }
        });
        add(new H1(settings.current().societyName()), new H2("Apply for membership"),
                new Paragraph("Membership brings our trainings and conference at member prices, continuing-education "
                        + "credit, and the weekly peer-consultation groups."),
                form, submit, done, new Anchor("login", "Already a member? Sign in"));
    }
}
