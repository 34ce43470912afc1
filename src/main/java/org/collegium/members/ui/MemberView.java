package org.collegium.members.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.function.Supplier;
import org.collegium.affiliates.service.AffiliateService;
import org.collegium.affiliates.service.AffiliateService.AffiliateOption;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.Notifications;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.MembershipStatus;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberRecords.TermView;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.members.service.MembershipTypeService.TypeView;

/**
 * One member, at a bookmarkable address (members/123, or members/new): the record, its term history, renewing
 * and ending the membership. Officers read it; the board, administrators and the member's affiliate
 * administrator edit it.
 */
@Route("members")
@PageTitle("Member")
@RolesAllowed({"ADMIN", "BOARD", "OFFICER", "AFFILIATE_ADMIN"})
public class MemberView extends VerticalLayout implements HasUrlParameter<String> {

    static final String NEW = "new";

    private final MemberService service;
    private final MembershipTypeService types;
    private final SocietyClock clock;
    private final boolean editor;

    final TextField firstName = new TextField("First name");
    final TextField lastName = new TextField("Last name");
    final EmailField email = new EmailField("Email");
    final TextField phone = new TextField("Phone");
    final TextField credentials = new TextField("Credentials");
    final Select<Discipline> discipline = new Select<>();
    final TextField licenceState = new TextField("Licence state");
    final TextField licenceNumber = new TextField("Licence number");
    final TextField practiceName = new TextField("Practice");
    final TextField city = new TextField("City");
    final TextField state = new TextField("State");
    final TextField postalCode = new TextField("ZIP / postal code");
    final TextField country = new TextField("Country");
    final ComboBox<AffiliateOption> affiliate = new ComboBox<>("Affiliate");
    final Checkbox directoryOptIn = new Checkbox("Listed in the members' directory");
    final Checkbox showEmail = new Checkbox("Show email in the directory");
    final TextArea notes = new TextArea("Notes (board only)");
    final Button save = new Button("Save");
    private final FieldMessages messages = new FieldMessages();
    private final H2 title = new H2();
    private final Paragraph standing = new Paragraph();
    private final VerticalLayout membership = new VerticalLayout();
    private MemberDetails current;

    public MemberView(MemberService service, MembershipTypeService types, AffiliateService affiliates,
            SocietyClock clock, AuthenticationContext auth) {
        this.service = service;
        this.types = types;
        this.clock = clock;
        this.editor = auth.hasAnyRole("ADMIN", "BOARD", "AFFILIATE_ADMIN");
        discipline.setLabel("Discipline");
        discipline.setItems(Discipline.values());
        discipline.setItemLabelGenerator(Discipline::label);
        affiliate.setItems(affiliates.options());
        affiliate.setItemLabelGenerator(AffiliateOption::name);
        affiliate.setClearButtonVisible(true);
        affiliate.setHelperText("Leave empty for members of the national society only.");
        licenceState.setMaxLength(2);
        licenceState.setHelperText("Two letters, e.g. NC");
        for (TextField required : new TextField[] {firstName, lastName, country}) {
            required.setRequiredIndicatorVisible(true);
        }
        email.setRequiredIndicatorVisible(true);
        messages.bind("firstName", firstName).bind("lastName", lastName).bind("email", email).bind("phone", phone)
                .bind("credentials", credentials).bind("discipline", discipline).bind("licenceState", licenceState)
                .bind("licenceNumber", licenceNumber).bind("practiceName", practiceName).bind("city", city)
                .bind("state", state).bind("postalCode", postalCode).bind("country", country)
                .bind("affiliateId", affiliate).bind("notes", notes);
        FormLayout form = new FormLayout(firstName, lastName, email, phone, credentials, discipline, licenceState,
                licenceNumber, practiceName, city, state, postalCode, country, affiliate, directoryOptIn, showEmail,
                notes);
        form.setColspan(notes, 2);
        form.setMaxWidth("60rem");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(e -> save());
        HorizontalLayout actions = new HorizontalLayout(save, new RouterLink("Back to members", MembersView.class));
        actions.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        actions.setVisible(editor);
        if (!editor) {
            form.getChildren().forEach(c -> {
                if (c instanceof HasValue<?, ?> field) {
                    field.setReadOnly(true);
                }
            });
        }
        membership.setPadding(false);
        add(title, standing, form, actions, membership);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        if (NEW.equals(parameter)) {
            current = null;
            title.setText("New member");
            standing.setText("A new member starts as an applicant; renew to give them their first term.");
            country.setValue("US");
            discipline.setValue(Discipline.OTHER);
            membership.removeAll();
            return;
        }
        try {
            show(service.get(Long.parseLong(parameter)));
        } catch (NumberFormatException e) {
            Notifications.error("There is no member at this address.");
            event.forwardTo(MembersView.class);
        }
    }

    private void show(MemberDetails details) {
        current = details;
        MemberForm f = details.form();
        title.setText(f.firstName() + " " + f.lastName());
        firstName.setValue(f.firstName());
        lastName.setValue(f.lastName());
        email.setValue(f.email());
        phone.setValue(nz(f.phone()));
        credentials.setValue(nz(f.credentials()));
        discipline.setValue(f.discipline());
        licenceState.setValue(nz(f.licenceState()));
        licenceNumber.setValue(nz(f.licenceNumber()));
        practiceName.setValue(nz(f.practiceName()));
        city.setValue(nz(f.city()));
        state.setValue(nz(f.state()));
        postalCode.setValue(nz(f.postalCode()));
        country.setValue(f.country());
        affiliate.setValue(affiliate.getListDataView().getItems().filter(a -> a.id() == nzId(f.affiliateId()))
                .findFirst().orElse(null));
        directoryOptIn.setValue(f.directoryOptIn());
        showEmail.setValue(f.showEmailInDirectory());
        notes.setValue(nz(f.notes()));
        messages.clear();
        standing.setText(standingText(details));
        showMembership(details);
    }

    private String standingText(MemberDetails d) {
        String text = "Status: " + d.status().label();
        if (d.typeName() != null) {
            text += " · " + d.typeName();
        }
        if (d.termEnd() != null) {
            text += " · current term ends " + clock.formatShortDate(d.termEnd());
        }
        if (d.closedStatus() != null) {
            text += " · " + d.closedStatus().label().toLowerCase() + " from " + clock.formatShortDate(d.closedOn());
        }
        return text;
    }

    private void showMembership(MemberDetails d) {
        membership.removeAll();
        Grid<TermView> terms = new Grid<>();
        terms.addColumn(TermView::typeName).setHeader("Type");
        terms.addColumn(t -> clock.formatShortDate(t.start())).setHeader("From");
        terms.addColumn(t -> clock.formatShortDate(t.end())).setHeader("To");
        terms.addColumn(t -> t.dues().signum() == 0 ? "Free" : "$" + t.dues()).setHeader("Dues");
        terms.setItems(d.terms());
        terms.setAllRowsVisible(true);
        membership.add(new H3("Membership history"), d.terms().isEmpty()
                ? new Paragraph("No terms yet.") : terms);
        if (!editor) {
            return;
        }
        ComboBox<TypeView> renewType = new ComboBox<>("Membership type");
        renewType.setItems(types.all().stream().filter(TypeView::active).toList());
        renewType.setItemLabelGenerator(t -> t.name() + (t.dues().signum() == 0 ? " (free)" : " ($" + t.dues() + ")"));
        Button renew = new Button("Add a term", e -> {
            if (renewType.getValue() == null) {
                renewType.setErrorMessage("Choose the membership type of the new term.");
                renewType.setInvalid(true);
                return;
            }
            act(() -> service.renew(d.id(), renewType.getValue().id(), d.form().version()), "Term added.");
        });
        Select<MembershipStatus> how = new Select<>();
        how.setLabel("End the membership as");
        how.setItems(MembershipStatus.RESIGNED, MembershipStatus.LAPSED);
        how.setItemLabelGenerator(MembershipStatus::label);
        how.setValue(MembershipStatus.RESIGNED);
        DatePicker from = new DatePicker("From", clock.today());
        Button end = new Button("End membership", e -> act(() -> service.close(d.id(), how.getValue(),
                from.getValue(), d.form().version()), "Membership ended."));
        end.addThemeVariants(ButtonVariant.LUMO_ERROR);
        membership.add(new H3("Renew"), row(renewType, renew), new H3("End"), row(how, from, end));
    }

    private static HorizontalLayout row(Component... components) {
        HorizontalLayout row = new HorizontalLayout(components);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void save() {
        MemberForm form = new MemberForm(firstName.getValue(), lastName.getValue(), email.getValue(),
                phone.getValue(), credentials.getValue(), discipline.getValue(), licenceState.getValue(),
                licenceNumber.getValue(), practiceName.getValue(), city.getValue(), state.getValue(),
                postalCode.getValue(), country.getValue(), affiliate.getValue() == null ? null : affiliate.getValue().id(),
                directoryOptIn.getValue(), showEmail.getValue(), notes.getValue(),
                current == null ? 0 : current.form().version());
        try {
            if (current == null) {
                MemberDetails created = service.create(form);
                Notifications.success("Member created.");
                getUI().ifPresent(ui -> ui.navigate(MemberView.class, String.valueOf(created.id())));
            } else {
                show(service.update(current.id(), form));
                Notifications.success("Member saved.");
            }
        } catch (InvalidInputException e) {
            messages.show(e);
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    private void act(Supplier<MemberDetails> action, String success) {
        try {
            show(action.get());
            Notifications.success(success);
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }

    private static String nz(String s) {
        return s == null ? "" : s;
    }

    private static long nzId(Long id) {
        return id == null ? -1 : id;
    }
}
