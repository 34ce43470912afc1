package org.collegium.views;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;
import java.io.ByteArrayOutputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.base.service.SocietyClock;
import org.collegium.members.domain.Discipline;
import org.collegium.members.domain.PaymentMethod;
import org.collegium.members.service.MemberRecords.MemberDetails;
import org.collegium.members.service.MemberRecords.MemberForm;
import org.collegium.members.service.MemberService;
import org.collegium.members.service.PaymentRecords.PaymentForm;
import org.collegium.members.service.PaymentRecords.PaymentView;
import org.collegium.members.service.PaymentService;
import org.collegium.members.ui.MemberView;
import org.collegium.support.DemoData;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;

/** The payments on a member's page: the board records one and gets its receipt; an officer only reads. */
@IntegrationTest
class MemberPaymentsViewTest extends SpringBrowserlessTest {

    @Autowired MemberService members;
    @Autowired DemoData demo;
    @Autowired PaymentService payments;
    @Autowired SocietyClock clock;
    @Autowired Roles roles;

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    @SuppressWarnings("unchecked")
    void theBoardRecordsAPaymentAndItIsListedWithItsReceipt() {
        MemberDetails m = memberWithClinicalTerm();
        UI.getCurrent().navigate("members/" + m.id());
        assertThat(getCurrentView()).isInstanceOf(MemberView.class);
        assertThat($(Paragraph.class).withText("No payments recorded yet.").exists()).isTrue();

        BigDecimalField amount = $(BigDecimalField.class).withCaption("Amount").single();
        assertThat(amount.getValue()).as("the latest term's dues").isEqualByComparingTo("195.00");
        assertThat($(ComboBox.class).withCaption("For term").single().getValue()).isNotNull();

        test($(Button.class).withText("Record payment").single()).click();
        assertThat($(ComboBox.class).withCaption("Method").single().isInvalid()).as("the method is required").isTrue();

        test($(ComboBox.class).withCaption("Method").single()).selectItem(PaymentMethod.CHECK.label());
        test($(TextField.class).withCaption("Reference").single()).setValue("Check #2211");
        test($(Button.class).withText("Record payment").single()).click();

        Grid<PaymentView> grid = $(Grid.class).id("payments");
        assertThat(test(grid).size()).isEqualTo(1);
        PaymentView row = test(grid).getRow(0);
        assertThat(row.reference()).isEqualTo("Check #2211");
        assertThat(row.amount()).isEqualByComparingTo("195.00");
        assertThat(row.receiptNumber()).startsWith("R-");
        assertThat(test(grid).getCellComponent(0, "paidOn").getElement().getTextRecursively())
                .as("the receipt's number below the date").contains("Receipt number " + row.receiptNumber());
        assertThat(test(grid).getCellText(0, test(grid).getColumnPosition("amount"))).isEqualTo("$195.00");

        Anchor receipt = (Anchor) test(grid).getCellComponent(0, "receipt");
        ByteArrayOutputStream pdf = new ByteArrayOutputStream();
        test(receipt).download(pdf);
        assertThat(pdf.toString(StandardCharsets.ISO_8859_1)).startsWith("%PDF-");
        assertThat(payments.forMember(m.id())).extracting(PaymentView::receiptNumber)
                .containsExactly(row.receiptNumber());
    }

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    void aWrongAmountIsMarkedOnTheField() {
        MemberDetails m = memberWithClinicalTerm();
        UI.getCurrent().navigate("members/" + m.id());
        test($(BigDecimalField.class).withCaption("Amount").single()).setValue(new BigDecimal("0"));
        test($(ComboBox.class).withCaption("Method").single()).selectItem(PaymentMethod.CASH.label());
        test($(Button.class).withText("Record payment").single()).click();
        BigDecimalField amount = $(BigDecimalField.class).withCaption("Amount").single();
        assertThat(amount.isInvalid()).isTrue();
        assertThat(amount.getErrorMessage()).startsWith("The amount must be more than $0.00");
        assertThat(payments.forMember(m.id())).isEmpty();
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = "OFFICER")
    @SuppressWarnings("unchecked")
    void anOfficerSeesThePaymentsButCannotRecordOne() {
        roles.actAs("board@example.org", Role.BOARD);
        MemberDetails m = memberWithClinicalTerm();
        payments.record(m.id(), new PaymentForm(new BigDecimal("195.00"), PaymentMethod.CASH, null,
                clock.today(), null, null));
        roles.actAs("officer@example.org", Role.OFFICER);

        UI.getCurrent().navigate("members/" + m.id());
        Grid<PaymentView> grid = $(Grid.class).id("payments");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(((Anchor) test(grid).getCellComponent(0, "receipt")).getText()).isEqualTo("PDF");
        assertThat($(Button.class).withText("Record payment").all()).isEmpty();
        assertThat($(BigDecimalField.class).withCaption("Amount").all()).isEmpty();
    }

    private MemberDetails memberWithClinicalTerm() {
        MemberDetails created = members.create(new MemberForm("Payment", "View-" + UUID.randomUUID(),
                "payview-" + UUID.randomUUID() + "@example.org", null, null, Discipline.PSYCHOLOGY, null, null, null,
                null, null, null, "US", null, false, false, null, 0));
        long clinical = demo.typeId("Clinical");
        return members.renew(created.id(), clinical, created.form().version());
    }
}
