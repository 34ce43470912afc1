package org.collegium.evaluations.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.LinkedHashMap;
import java.util.Map;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.ui.Notifications;
import org.collegium.evaluations.service.SponsorStatementService;
import org.collegium.evaluations.service.SponsorStatementService.Statement;
import org.collegium.events.domain.CeType;

/** The sponsor's approval statement for each CE type, as approved, printed on that type's certificates. */
@Route("admin/sponsor-statements")
@Menu(order = 92.5, title = "evaluations.menu.sponsor", icon = "vaadin:diploma")
@RolesAllowed(Access.ADMIN)
public class SponsorStatementsView extends VerticalLayout implements HasDynamicTitle {

    final Map<CeType, TextArea> fields = new LinkedHashMap<>();
    final Map<CeType, Long> versions = new LinkedHashMap<>();
    final Map<CeType, Button> saves = new LinkedHashMap<>();

    private final SponsorStatementService service;

    public SponsorStatementsView(SponsorStatementService service) {
        this.service = service;
        add(new Paragraph(Messages.t("evaluations.sponsor.intro")));
        for (Statement s : service.all()) {
            TextArea text = new TextArea(Messages.t("evaluations.sponsor.statement-for",
                    Messages.t(s.type().key())));
            text.setValue(s.statement() == null ? "" : s.statement());
            text.setMaxLength(SponsorStatementService.MAX_LENGTH);
            text.setHelperText(Messages.t("evaluations.sponsor.help"));
            text.setWidthFull();
            text.setMaxWidth("50rem");
            Button save = new Button(Messages.t("evaluations.sponsor.save", Messages.t(s.type().key())),
                    e -> save(s.type()));
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            fields.put(s.type(), text);
            versions.put(s.type(), s.version());
            saves.put(s.type(), save);
            add(new H2(Messages.t(s.type().key())), text, save);
        }
    }

    @Override
    public String getPageTitle() {
        return Messages.t("evaluations.title.sponsor");
    }

    void save(CeType type) {
        TextArea field = fields.get(type);
        field.setInvalid(false);
        try {
            Statement saved = service.save(type, field.getValue(), versions.get(type));
            versions.put(type, saved.version());
            Notifications.success(Messages.t("evaluations.sponsor.saved", Messages.t(type.key())));
        } catch (InvalidInputException e) {
            field.setErrorMessage(e.fieldErrors().values().iterator().next());
            field.setInvalid(true);
        } catch (BusinessRuleException e) {
            Notifications.error(e.getMessage());
        }
    }
}
