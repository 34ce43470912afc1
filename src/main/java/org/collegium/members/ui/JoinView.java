package org.collegium.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.List;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietySettingsService;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.LanguageSwitch;
import org.collegium.members.service.ApplicationService;
import org.collegium.members.service.ApplicationService.JoinOption;
import org.collegium.members.service.ApplicationService.JoinRequest;
import org.collegium.members.service.ApplicationService.Outcome;

/**
 * The public "Join" page: no sign-in; the board reviews the application, or (a type granted at once) the emailed
 * link grants it. Its answer never says whether the address belongs to a member. The applicant reads it, and is
 * written to, in the language they chose with the switch at the top (else their browser's).
 */
@Route(value = "join", autoLayout = false)
@AnonymousAllowed
public class JoinView extends VerticalLayout implements HasDynamicTitle {

    final ProfileFields profile = new ProfileFields();
    final ComboBox<AffiliateOption> affiliate = new ComboBox<>(getTranslation("membership.join.affiliate"));
    final RadioButtonGroup<JoinOption> type = new RadioButtonGroup<>(getTranslation("membership.join.type"));
    final TextArea message = new TextArea(getTranslation("membership.join.message"));

    public JoinView(ApplicationService service, AffiliateService affiliates,
            SocietySettingsService settings) {
        addClassName("join-page");
        setPadding(false);
        profile.startNew(null); // the applicant chooses their discipline
        affiliate.setItems(affiliates.options());
        affiliate.setItemLabelGenerator(AffiliateOption::name);
        affiliate.setClearButtonVisible(true);
        type.setItems(service.joinOptions());
        type.setItemLabelGenerator(this::optionLabel);
        FieldMessages messages = profile.bind(new FieldMessages()).bind("affiliateId", affiliate)
                .bind("typeId", type).bind("message", message);
        FormLayout form = new FormLayout(profile.components());
        form.add(affiliate, type, message);
        form.setColspan(type, 2);
        form.setColspan(message, 2);
        form.setMaxWidth("56rem");
        Paragraph done = new Paragraph();
        done.getElement().setAttribute("role", "status"); // read out when the answer appears
        Button submit = new Button(getTranslation("membership.join.submit"));
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
                done.setText(getTranslation(outcome == Outcome.CONFIRM_EMAIL ? "membership.join.done.confirm"
                        : "membership.join.done.board"));
            } catch (InvalidInputException ex) {
                messages.show(ex);
            }
        });
        VerticalLayout content = new VerticalLayout(new LanguageSwitch(getLocale()),
                new H1(settings.current().societyName()), new H2(getTranslation("membership.join.heading")),
                new Paragraph(getTranslation("membership.join.intro")),
                form, submit, done, new Anchor("login", getTranslation("membership.join.sign-in")));
        Main main = new Main(content);
        main.setWidthFull();
        add(main);
    }

    /** "Clinical — $195.00 a term · description · reviewed by the board". */
    private String optionLabel(JoinOption o) {
        List<String> parts = new ArrayList<>();
        parts.add(getTranslation("membership.join.option", o.name(), o.dues()));
        if (o.description() != null) {
            parts.add(o.description());
        }
        parts.add(getTranslation(o.approvalRequired() ? "membership.join.option.reviewed"
                : "membership.join.option.at-once"));
        return String.join(" · ", parts);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership.join.title");
    }
}
