package org.collegium.members.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.collegium.base.domain.Access;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.InvalidInputException;
import org.collegium.base.ui.FieldMessages;
import org.collegium.base.ui.MoneyField;
import org.collegium.base.ui.Notifications;
import org.collegium.members.service.MembershipTypeService;
import org.collegium.members.service.MembershipTypeService.TypeForm;
import org.collegium.members.service.MembershipTypeService.TypeView;

/** The board sets what each kind of membership costs and how long it lasts. */
@Route("membership-types")
@PageTitle("Membership types")
@Menu(order = 15, title = "Membership types", icon = "vaadin:tags")
@RolesAllowed({Access.ADMIN, Access.BOARD})
public class MembershipTypesView extends VerticalLayout {

    private final MembershipTypeService service;
    final Grid<TypeView> grid = new Grid<>();

    public MembershipTypesView(MembershipTypeService service) {
        this.service = service;
        setSizeFull();
        Button add = new Button("New membership type", VaadinIcon.PLUS.create(), e -> edit(null));
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        grid.addColumn(TypeView::name).setHeader("Name").setAutoWidth(true);
        grid.addColumn(t -> t.dues().signum() == 0 ? "Free" : "$" + t.dues()).setHeader("Dues");
        grid.addColumn(t -> t.termMonths() + " months").setHeader("Term");
        grid.addColumn(t -> t.graceDays() + " days").setHeader("Grace");
        grid.addColumn(t -> t.paymentGraceDays() + " days").setHeader("To pay");
        grid.addColumn(t -> t.approvalRequired() ? "Board approves" : "Granted at once").setHeader("Joining");
        grid.addColumn(t -> t.active() ? "Offered" : "Not offered").setHeader("Status");
        grid.addItemClickListener(e -> edit(e.getItem()));
        grid.setItems(service.all());
        add(add, grid);
    }

    private void edit(TypeView existing) {
        Dialog dialog = new Dialog(existing == null ? "New membership type" : existing.name());
        TextField name = new TextField("Name");
        TextField description = new TextField("Description");
        BigDecimalField dues = new MoneyField("Dues (USD, 0 for free)");
        IntegerField months = new IntegerField("Term length (months)");
        IntegerField grace = new IntegerField("Grace days after a term ends");
        IntegerField toPay = new IntegerField("Days to pay the dues");
        toPay.setHelperText("From a term's start; unpaid after that, the term does not count");
        // a new type needs the board's approval unless the board says otherwise (issue 11)
        Checkbox approval = new Checkbox("The board approves applications", true);
        approval.setHelperText("Without it, anyone who confirms their email becomes a member at once");
        Checkbox active = new Checkbox("Offered to new and renewing members", true);
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
        Button save = new Button("Save", e -> {
            TypeForm form = new TypeForm(name.getValue(), description.getValue(), dues.getValue(), months.getValue(),
                    grace.getValue(), toPay.getValue(), approval.getValue(), active.getValue(), existing == null ? 0 : existing.version());
            try {
                if (existing == null) {
                    service.create(form);
                } else {
                    service.update(existing.id(), form);
                }
                Notifications.success("Membership type saved.");
                dialog.close();
                grid.setItems(service.all());
            } catch (InvalidInputException ex) {
                messages.show(ex);
            } catch (BusinessRuleException ex) {
                Notifications.error(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        dialog.getFooter().add(new Button("Cancel", ev -> dialog.close()), save);
        dialog.open();
    }
}
