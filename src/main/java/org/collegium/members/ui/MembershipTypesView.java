package org.collegium.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.data.renderer.LitRenderer;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.Formats;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.MoneyField;
import org.collegium.base.ui.Notifications;
import org.collegium.base.ui.RowOpening;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.members.service.MembershipTypeService.TypeForm;
import org.collegium.members.service.MembershipTypeService.TypeView;

/** The board sets what each kind of membership costs and how long it lasts. */
@Route("membership-types")
@Menu(order = 15, title = "membership.menu.types", icon = "vaadin:tags")
@RolesAllowed({Access.ADMIN, Access.BOARD})
public class MembershipTypesView extends VerticalLayout implements HasDynamicTitle {

    private final MembershipTypeService service;
    final Grid<TypeView> grid = new Grid<>();

    public MembershipTypesView(MembershipTypeService service) {
        this.service = service;
        setSizeFull();
        Button add = new Button(getTranslation("membership.types.new"), VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // phone: the name with its dues and terms on a second line, and the status, without sideways scrolling
        grid.addColumn(LitRenderer.<TypeView>of("""
                        <div class="font-semibold">${item.name}</div>
                        <div class="text-s text-secondary">${item.terms}</div>""")
                        .withProperty("name", TypeView::name).withProperty("terms", this::terms))
                .setHeader(getTranslation("membership.types.column.type")).setFlexGrow(1).setKey("type");
        grid.addColumn(t -> getTranslation(t.approvalRequired() ? "membership.types.joining.board"
                : "membership.types.joining.at-once")).setHeader(getTranslation("membership.types.column.joining"))
                .setFlexGrow(0).setWidth("8rem").setKey("joining");
        grid.addColumn(t -> getTranslation(t.active() ? "membership.types.offered" : "membership.types.not-offered"))
                .setHeader(getTranslation("membership.types.column.status")).setFlexGrow(0).setWidth("7rem")
                .setKey("status");
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        RowOpening.opens(grid, this::edit);
        grid.setItems(service.all());
        add(add, grid);
    }

    /** "$195.00 · 12-month term · 30 days' grace · 30 days to pay". */
    private String terms(TypeView t) {
        return String.join(" · ", t.dues().signum() == 0 ? getTranslation("membership.dues.free")
                : Formats.money(t.dues()), getTranslation("membership.types.term", t.termMonths()),
                getTranslation("membership.types.grace", t.graceDays()),
                getTranslation("membership.types.to-pay", t.paymentGraceDays()));
    }

    private void edit(TypeView existing) {
        Dialog dialog = new Dialog(existing == null ? getTranslation("membership.types.new") : existing.name());
        dialog.setMaxWidth("100%");
        TextField name = new TextField(getTranslation("membership.types.field.name"));
        TextField description = new TextField(getTranslation("membership.types.field.description"));
        BigDecimalField dues = new MoneyField(getTranslation("membership.types.field.dues"));
        IntegerField months = new IntegerField(getTranslation("membership.types.field.months"));
        IntegerField grace = new IntegerField(getTranslation("membership.types.field.grace"));
        IntegerField toPay = new IntegerField(getTranslation("membership.types.field.to-pay"));
        toPay.setHelperText(getTranslation("membership.types.field.to-pay.help"));
        // a new type needs the board's approval unless the board says otherwise (issue 11)
        Checkbox approval = new Checkbox(getTranslation("membership.types.field.approval"), true);
        approval.setHelperText(getTranslation("membership.types.field.approval.help"));
        Checkbox active = new Checkbox(getTranslation("membership.types.field.active"), true);
        months.setValue(12);
        grace.setValue(30);
        toPay.setValue(30);
        if (existing != null) {
            name.setValue(existing.name());
            description.setValue(existing.description() == null ? "" : existing.description());
            dues.setValue(existing.dues());
            months.setValue(existing.termMonths());
            grace.setValue(existing.graceDays());
            toPay.setValue(existing.paymentGraceDays());
            approval.setValue(existing.approvalRequired());
            active.setValue(existing.active());
        }
        FieldMessages messages = new FieldMessages().bind("name", name).bind("description", description)
                .bind("dues", dues).bind("termMonths", months).bind("graceDays", grace)
                .bind("paymentGraceDays", toPay);
        dialog.add(new FormLayout(name, description, dues, months, grace, toPay, approval, active));
        Button save = new Button(getTranslation("membership.types.save"), e -> {
            TypeForm form = new TypeForm(name.getValue(), description.getValue(), dues.getValue(), months.getValue(),
                    grace.getValue(), toPay.getValue(), approval.getValue(), active.getValue(), existing == null ? 0 : existing.version());
            try {
                if (existing == null) {
                    service.create(form);
                } else {
                    service.update(existing.id(), form);
                }
                Notifications.success(getTranslation("membership.types.saved"));
                dialog.close();
                grid.setItems(service.all());
            } catch (InvalidInputException ex) {
                messages.show(ex);
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button(getTranslation("membership.types.cancel"), ev -> dialog.close()), save);
        dialog.open();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("membership.types.title");
    }
}
