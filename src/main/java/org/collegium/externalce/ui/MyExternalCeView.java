package org.collegium.externalce.ui;

import org.collegium.base.ui.ConfirmDestructive;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.Notifications;
import org.collegium.externalce.service.CeCertificates;
import org.collegium.externalce.service.ExternalCeRecords.ExternalCeForm;
import org.collegium.externalce.service.ExternalCeRecords.ExternalCeLine;
import org.collegium.externalce.service.ExternalCeService;

/**
 * A member's external CE: CE earned elsewhere, with its certificate, for the board to verify. The list shows each
 * record's status and the board's note; a pending record may be edited or deleted, a decided one only read.
 */
@Route("my/external-ce")
@Menu(order = 7.3, title = "externalce.menu.mine", icon = "vaadin:diploma")
@RolesAllowed(Access.MEMBER)
public class MyExternalCeView extends VerticalLayout implements HasDynamicTitle {

    final Grid<ExternalCeLine> grid = new Grid<>();
    final Button create = new Button(Messages.t("externalce.mine.new"), VaadinIcon.PLUS.create());
    final Button save = new Button(Messages.t("externalce.mine.save"));
    final Button cancel = new Button(Messages.t("externalce.mine.cancel"));
    final H2 editing;
    final ExternalCeEditor editor;
    private final EditorPanel panel;
    private final ExternalCeService service;
    private final CeCertificates certificates;
    private final SocietyClock clock;
    private Long editingId;

    public MyExternalCeView(ExternalCeService service, CeCertificates certificates, SocietyClock clock) {
        this.service = service;
        this.certificates = certificates;
        this.clock = clock;
        this.editor = new ExternalCeEditor(service);
        this.panel = new EditorPanel(create, save, cancel, editor, this::save, this::close);
        this.editing = panel.heading;
        try {
            service.countMine();
        } catch (BusinessRuleException e) {
            add(new Paragraph(e.getMessage()));
            return;
        }
        add(new Paragraph(Messages.t("externalce.mine.intro")));
        // (course 8rem + status 7rem, both wrapping, + the actions fit the 358 px a 390 px phone leaves the grid)
        grid.addComponentColumn(this::summary).setHeader(Messages.t("externalce.column.course")).setWidth("8rem")
                .setFlexGrow(1);
        grid.addColumn(CeText::status).setHeader(Messages.t("externalce.column.status")).setWidth("7rem")
                .setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(Messages.t("externalce.column.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setPageSize(20);
        create.addClickListener(e -> open(null, ExternalCeForm.blank(), null));
        add(new H2(Messages.t("externalce.mine.heading")), create, grid);
        add(panel.components());
        close();
        refresh();
    }

    private Component summary(ExternalCeLine l) {
        Span facts = new Span(CeText.facts(l, clock));
        facts.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return new Div(new Div(l.title()), facts);
    }

    private Component actions(ExternalCeLine l) {
        // the certificate above the edit and delete buttons: a narrow column, so a phone shows the status too
        VerticalLayout actions = new VerticalLayout(CertificateLink.of(l, certificates));
        actions.setPadding(false);
        actions.setSpacing(false);
        if (l.editable()) {
            Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(l.id(), formOf(service.get(l.id())),
                    l.certificateName()));
            EditorPanel.label(edit, Messages.t("externalce.mine.edit", l.title()));
            Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(l));
            delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
            EditorPanel.label(delete, Messages.t("externalce.mine.delete", l.title()));
            HorizontalLayout buttons = new HorizontalLayout(edit, delete);
            buttons.setSpacing(false);
            actions.add(buttons);
        }
        return actions;
    }

    private void confirmDelete(ExternalCeLine l) {
        ConfirmDestructive.open(Messages.t("externalce.mine.delete.header", l.title()),
                Messages.t("externalce.mine.delete.consequence"),
                Messages.t("externalce.mine.delete.confirm"), Messages.t("externalce.mine.delete.keep"), () -> {
                    try {
                        service.delete(l.id(), l.version());
                        Notifications.success(Messages.t("externalce.mine.deleted"));
                    } finally {
                        close();
                        refresh();
                    }
                });
    }

    private static ExternalCeForm formOf(ExternalCeLine l) {
        return new ExternalCeForm(l.provider(), l.title(), l.earnedOn(), l.hours(), l.formality(), l.delivery(),
                l.topics(), l.version());
    }

    void open(Long id, ExternalCeForm form, String currentFile) {
        editingId = id;
        editor.read(form, currentFile);
        panel.open(Messages.t(id == null ? "externalce.mine.new" : "externalce.mine.edit-title"));
    }

    private void close() {
        editingId = null;
        panel.close();
    }

    void save() {
        try {
            if (editingId == null) {
                service.create(editor.write(), editor.certificate());
            } else {
                service.update(editingId, editor.write(), editor.certificate());
            }
            Notifications.success(Messages.t("externalce.mine.saved"));
            close();
            refresh();
        } catch (InvalidInputException ex) {
            String certificate = ex.fieldErrors().get("certificate");
            if (certificate != null) {
                editor.certificateProblem(certificate);
            }
            editor.messages.show(ex);
        } catch (BusinessRuleException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(q -> service.mine(q.getOffset(), q.getLimit()).stream(), q -> (int) service.countMine());
    }

    @Override
    public String getPageTitle() {
        return Messages.t("externalce.menu.mine");
    }
}
