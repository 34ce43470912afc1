package org.collegium.externalce.ui;

import org.collegium.base.ui.ConfirmDestructive;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.i18n.Messages;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Formats;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.service.SocietyClock;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.Notifications;
import org.collegium.credentials.domain.CeDelivery;
import org.collegium.externalce.domain.SupervisionRole;
import org.collegium.externalce.service.ExternalCeRecords.SupervisionForm;
import org.collegium.externalce.service.ExternalCeRecords.SupervisionLine;
import org.collegium.externalce.service.SupervisionService;

/**
 * A member's supervision log: each session received (with the supervisor's name and credential) or given. Logged
 * hours count at once, as informal CE on supervision; editing corrects them and deleting withdraws them.
 */
@Route("my/supervision")
@Menu(order = 7.4, title = "externalce.menu.supervision", icon = "vaadin:handshake")
@RolesAllowed(Access.MEMBER)
public class MySupervisionView extends VerticalLayout implements HasDynamicTitle {

    final Grid<SupervisionLine> grid = new Grid<>();
    final DatePicker heldOn = new DatePicker(Messages.t("externalce.field.heldOn"));
    final BigDecimalField hours = new BigDecimalField(Messages.t("externalce.field.hours"));
    final RadioButtonGroup<SupervisionRole> role = new RadioButtonGroup<>(Messages.t("externalce.field.role"));
    final TextField supervisorName = new TextField(Messages.t("externalce.field.supervisorName"));
    final TextField supervisorCredential = new TextField(Messages.t("externalce.field.supervisorCredential"));
    final Select<CeDelivery> delivery = new Select<>();
    final Checkbox groupFocus = new Checkbox(Messages.t("externalce.field.groupFocus"));
    final TextArea notes = new TextArea(Messages.t("externalce.field.notes"));
    final FormLayout form = new FormLayout();
    final Button create = new Button(Messages.t("externalce.supervision.new"), VaadinIcon.PLUS.create());
    final Button save = new Button(Messages.t("externalce.mine.save"));
    final Button cancel = new Button(Messages.t("externalce.mine.cancel"));
    final H2 editing;
    private final EditorPanel panel;
    private final FieldMessages messages = new FieldMessages();
    private final SupervisionService service;
    private final SocietyClock clock;
    private Long editingId;
    private long version;

    public MySupervisionView(SupervisionService service, SocietyClock clock) {
        this.service = service;
        this.clock = clock;
        this.panel = new EditorPanel(create, save, cancel, form, this::save, this::close);
        this.editing = panel.heading;
        try {
            service.countMine();
        } catch (BusinessRuleException e) {
            add(new Paragraph(e.getMessage()));
            return;
        }
        add(new Paragraph(Messages.t("externalce.supervision.intro")));
        grid.addComponentColumn(this::summary).setHeader(Messages.t("externalce.column.supervision")).setFlexGrow(1);
        grid.addColumn(l -> Formats.decimal(l.hours(), 2)).setHeader(Messages.t("externalce.column.hours"))
                .setAutoWidth(true).setFlexGrow(0);
        grid.addComponentColumn(this::actions).setHeader(Messages.t("externalce.column.actions")).setAutoWidth(true)
                .setFlexGrow(0).setFrozenToEnd(true);
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.setAllRowsVisible(true);
        grid.setPageSize(20);
        role.setItems(SupervisionRole.values());
        role.setItemLabelGenerator(r -> Messages.t("externalce.role." + r.name()));
        role.addValueChangeListener(e -> showSupervisor());
        delivery.setLabel(Messages.t("externalce.field.delivery"));
        delivery.setItems(CeDelivery.values());
        delivery.setItemLabelGenerator(CeDelivery::label);
        hours.setHelperText(Messages.t("externalce.field.hours.help"));
        notes.setMaxLength(1000);
        form.add(heldOn, hours, role, delivery, supervisorName, supervisorCredential, groupFocus, notes);
        form.setResponsiveSteps(new FormLayout.ResponsiveStep("0", 1), new FormLayout.ResponsiveStep("40rem", 2));
        form.setColspan(notes, 2);
        messages.bind("heldOn", heldOn).bind("hours", hours).bind("role", role).bind("delivery", delivery)
                .bind("supervisorName", supervisorName).bind("supervisorCredential", supervisorCredential)
                .bind("notes", notes);
        create.addClickListener(e -> open(null, SupervisionForm.blank()));
        add(new H2(Messages.t("externalce.supervision.heading")), create, grid);
        add(panel.components());
        close();
        refresh();
    }

    private Component summary(SupervisionLine l) {
        String who = l.role() == SupervisionRole.SUPERVISOR ? Messages.t("externalce.supervision.given")
                : Messages.t("externalce.supervision.received", l.supervisorName(),
                        l.supervisorCredential() == null ? "" : l.supervisorCredential());
        Span facts = new Span(Messages.t("externalce.supervision.facts", clock.formatShortDate(l.heldOn()),
                l.delivery().label()) + (l.groupFocus() ? " · " + Messages.t("externalce.field.groupFocus") : ""));
        facts.addClassNames(LumoUtility.TextColor.SECONDARY, LumoUtility.FontSize.SMALL);
        return new Div(new Div(who), facts);
    }

    private Component actions(SupervisionLine l) {
        String what = clock.formatShortDate(l.heldOn());
        Button edit = new Button(VaadinIcon.EDIT.create(), e -> open(l.id(), formOf(service.get(l.id()))));
        EditorPanel.label(edit, Messages.t("externalce.supervision.edit", what));
        Button delete = new Button(VaadinIcon.TRASH.create(), e -> confirmDelete(l, what));
        delete.addThemeVariants(ButtonVariant.LUMO_ERROR);
        EditorPanel.label(delete, Messages.t("externalce.supervision.delete", what));
        return new HorizontalLayout(edit, delete);
    }

    private void confirmDelete(SupervisionLine l, String what) {
        ConfirmDestructive.open(Messages.t("externalce.supervision.delete.header", what),
                Messages.t("externalce.supervision.delete.consequence"),
                Messages.t("externalce.mine.delete.confirm"), Messages.t("externalce.mine.delete.keep"), () -> {
                    try {
                        service.delete(l.id(), l.version());
                        Notifications.success(Messages.t("externalce.supervision.deleted"));
                    } finally {
                        close();
                        refresh();
                    }
                });
    }

    private static SupervisionForm formOf(SupervisionLine l) {
        return new SupervisionForm(l.heldOn(), l.hours(), l.role(), l.supervisorName(), l.supervisorCredential(),
                l.delivery(), l.groupFocus(), l.notes(), l.version());
    }

    private void showSupervisor() {
        boolean supervised = role.getValue() != SupervisionRole.SUPERVISOR;
        supervisorName.setVisible(supervised);
        supervisorCredential.setVisible(supervised);
        supervisorName.setRequiredIndicatorVisible(supervised);
        supervisorCredential.setRequiredIndicatorVisible(supervised);
    }

    void open(Long id, SupervisionForm f) {
        editingId = id;
        messages.clear();
        heldOn.setValue(f.heldOn());
        hours.setValue(f.hours());
        role.setValue(f.role());
        supervisorName.setValue(f.supervisorName() == null ? "" : f.supervisorName());
        supervisorCredential.setValue(f.supervisorCredential() == null ? "" : f.supervisorCredential());
        delivery.setValue(f.delivery());
        groupFocus.setValue(f.groupFocus());
        notes.setValue(f.notes() == null ? "" : f.notes());
        version = f.version();
        showSupervisor();
        panel.open(Messages.t(id == null ? "externalce.supervision.new" : "externalce.supervision.edit-title"));
    }

    private void close() {
        editingId = null;
        panel.close();
    }

    SupervisionForm write() {
        return new SupervisionForm(heldOn.getValue(), hours.getValue(), role.getValue(), supervisorName.getValue(),
                supervisorCredential.getValue(), delivery.getValue(), groupFocus.getValue(), notes.getValue(), version);
    }

    void save() {
        try {
            if (editingId == null) {
                service.create(write());
            } else {
                service.update(editingId, write());
            }
            Notifications.success(Messages.t("externalce.supervision.saved"));
            close();
            refresh();
        } catch (InvalidInputException ex) {
            messages.show(ex);
        } catch (BusinessRuleException ex) {
            Notifications.error(ex.getMessage());
        }
    }

    private void refresh() {
        grid.setItems(q -> service.mine(q.getOffset(), q.getLimit()).stream(), q -> (int) service.countMine());
    }

    @Override
    public String getPageTitle() {
        return Messages.t("externalce.menu.supervision");
    }
}
