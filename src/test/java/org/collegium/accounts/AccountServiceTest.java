package org.collegium.accounts;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.EnumSet;
import java.util.Set;
import java.util.UUID;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountService;
import org.collegium.accounts.service.AccountService.AccountEdit;
import org.collegium.accounts.service.AccountService.NewAccount;
import org.collegium.accounts.service.AccountView;
import org.collegium.base.domain.AuditEntry;
import org.collegium.base.domain.AuditEntryRepository;
import org.collegium.base.domain.FieldChange;
import org.collegium.base.service.BusinessRuleException;
import org.collegium.base.service.ConcurrentEditException;
import org.collegium.notifications.domain.OutboxMessageRepository;
import org.collegium.support.IntegrationTest;
import org.collegium.support.Roles;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;

/** What an administrator does with accounts, and the rules that hold whatever the screen does. */
@IntegrationTest
class AccountServiceTest {

    @Autowired AccountService service;
    @Autowired Roles roles;
    @Autowired AuditEntryRepository audit;
    @Autowired OutboxMessageRepository outbox;
    @Autowired org.collegium.affiliates.service.AffiliateService affiliates;

    @BeforeEach
    void actAsAdmin() {
        roles.actAs("admin@example.org", Role.ADMIN);
    }

    @AfterEach
    void clear() {
        roles.clear();
    }

    @Test
    void createsAnAccountWithANormalisedEmailAndAuditsIt() {
        String email = unique("New.Person");
        AccountView created = service.create(new NewAccount("  " + email.toUpperCase() + " ", "New Person",
                EnumSet.of(Role.BOARD), "a-good-long-password"));

        assertThat(created.email()).isEqualTo(email.toLowerCase());
        assertThat(service.find(created.email(), PageRequest.of(0, 10))).extracting(AccountView::id)
                .containsExactly(created.id());
        AuditEntry entry = audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc("UserAccount",
                String.valueOf(created.id())).getFirst();
        assertThat(entry.getAction()).isEqualTo("ACCOUNT_CREATED");
        assertThat(entry.getActor()).isEqualTo("admin@example.org");
        assertThat(entry.getChanges()).contains(new FieldChange("email", null, email.toLowerCase()));
    }

    @Test
    void withoutAPasswordThePersonIsEmailedAnInvitation() {
        String email = unique("invited");
        service.create(new NewAccount(email, "Invited Person", EnumSet.of(Role.MEMBER), ""));
        assertThat(outbox.findByRecipientOrderByIdDesc(email)).singleElement()
                .satisfies(m -> assertThat(m.getBody()).contains("/reset-password?token="));
    }

    @Test
    void refusesDuplicatesBadEmailsMissingRolesAndWeakPasswords() {
        String email = unique("dup");
        service.create(new NewAccount(email, "First", EnumSet.of(Role.MEMBER), "a-good-long-password"));
        assertThatThrownBy(() -> service.create(new NewAccount(email.toUpperCase(), "Second",
                EnumSet.of(Role.MEMBER), "a-good-long-password")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("already exists");
        assertThatThrownBy(() -> service.create(new NewAccount("not-an-email", "X", EnumSet.of(Role.MEMBER), "")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("not a valid email");
        assertThatThrownBy(() -> service.create(new NewAccount(unique("x"), "X", Set.of(), "")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("at least one role");
        assertThatThrownBy(() -> service.create(new NewAccount(unique("x"), " ", EnumSet.of(Role.MEMBER), "")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("name is required");
        assertThatThrownBy(() -> service.create(new NewAccount(unique("x"), "X", EnumSet.of(Role.MEMBER), "short")))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("at least 10");
    }

    @Test
    void editsRolesAndRecordsBeforeAndAfter() {
        AccountView a = service.create(new NewAccount(unique("edit"), "Edit Me", EnumSet.of(Role.MEMBER),
                "a-good-long-password"));
        AccountView edited = service.update(a.id(), new AccountEdit("Edited", EnumSet.of(Role.MEMBER, Role.OFFICER),
                false, a.version()));

        assertThat(edited.roles()).containsExactlyInAnyOrder(Role.MEMBER, Role.OFFICER);
        assertThat(edited.enabled()).isFalse();
        AuditEntry entry = audit.findByEntityTypeAndEntityIdOrderByOccurredAtDescIdDesc("UserAccount",
                String.valueOf(a.id())).getFirst();
        assertThat(entry.getAction()).isEqualTo("ACCOUNT_UPDATED");
        assertThat(entry.getChanges()).containsExactlyInAnyOrder(
                new FieldChange("displayName", "Edit Me", "Edited"),
                new FieldChange("roles", "[MEMBER]", "[OFFICER, MEMBER]"),
                new FieldChange("enabled", "true", "false"));
    }

    @Test
    void aSecondSaveOfTheSameVersionIsRefusedAndLosesNothing() {
        AccountView a = service.create(new NewAccount(unique("race"), "Race", EnumSet.of(Role.MEMBER),
                "a-good-long-password"));
        service.update(a.id(), new AccountEdit("First Editor", EnumSet.of(Role.MEMBER), true, a.version()));

        assertThatThrownBy(() -> service.update(a.id(), new AccountEdit("Second Editor", EnumSet.of(Role.BOARD),
                true, a.version()))).isInstanceOf(ConcurrentEditException.class)
                .hasMessageContaining("changed by someone else");
        AccountView stored = service.get(a.id());
        assertThat(stored.displayName()).isEqualTo("First Editor");
        assertThat(stored.roles()).containsExactly(Role.MEMBER);
    }

    @Test
    void anAdministratorCannotLockThemselvesOut() {
        AccountView self = service.find("admin@example.org", PageRequest.of(0, 1)).getFirst();
        assertThatThrownBy(() -> service.update(self.id(), new AccountEdit(self.displayName(),
                EnumSet.of(Role.BOARD), true, self.version()))).isInstanceOf(BusinessRuleException.class);
        assertThatThrownBy(() -> service.update(self.id(), new AccountEdit(self.displayName(),
                EnumSet.of(Role.ADMIN), false, self.version()))).isInstanceOf(BusinessRuleException.class);
    }

    @Test
    void searchPagesAndSortsInTheDatabase() {
        String tag = UUID.randomUUID().toString().substring(0, 8);
        for (int i = 0; i < 7; i++) {
            service.create(new NewAccount("page" + i + "-" + tag + "@example.org", "Pager " + (char) ('G' - i),
                    EnumSet.of(Role.MEMBER), "a-good-long-password"));
        }
        assertThat(service.count(tag)).isEqualTo(7);
        assertThat(service.count(tag + "%")).as("a typed % is not a wildcard").isZero();
        assertThat(service.find(tag, PageRequest.of(1, 3, Sort.by("displayName"))))
                .extracting(AccountView::displayName).containsExactly("Pager D", "Pager E", "Pager F");
    }

    @Test
    void anAffiliateAdministratorIsTiedToExactlyOneAffiliate() {
        long affiliate = affiliates.options().getFirst().id();
        assertThatThrownBy(() -> service.create(new NewAccount(unique("aa"), "Affiliate Admin",
                EnumSet.of(Role.AFFILIATE_ADMIN), "a-good-long-password", null)))
                .isInstanceOf(BusinessRuleException.class).hasMessageContaining("Choose the affiliate");
        AccountView a = service.create(new NewAccount(unique("aa"), "Affiliate Admin",
                EnumSet.of(Role.AFFILIATE_ADMIN), "a-good-long-password", affiliate));
        assertThat(a.affiliateId()).isEqualTo(affiliate);

        AccountView member = service.update(a.id(), new AccountEdit("Affiliate Admin", EnumSet.of(Role.MEMBER), true,
                affiliate, a.version()));
        assertThat(member.affiliateId()).as("only affiliate administrators are tied").isNull();
    }

    private static String unique(String prefix) {
        return prefix + "-" + UUID.randomUUID() + "@example.org";
    }
}
