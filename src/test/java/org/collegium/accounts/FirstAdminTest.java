package org.collegium.accounts;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.EnumSet;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.accounts.service.FirstAdmin;
import org.junit.jupiter.api.Test;

/** Production's first administrator comes from COLLEGIUM_ADMIN_EMAIL / _PASSWORD, and only when none exists. */
class FirstAdminTest {

    private final AccountBootstrap bootstrap = mock(AccountBootstrap.class);

    @Test
    void createsTheAdministratorWhenThereIsNone() {
        when(bootstrap.hasEnabledAdmin()).thenReturn(false);
        new FirstAdmin(bootstrap, "chair@society.org", "a-long-secret-password").run(null);
        verify(bootstrap).ensureAccount("chair@society.org", "Administrator", "a-long-secret-password",
                EnumSet.of(Role.ADMIN));
    }

    @Test
    void leavesAnExistingAdministratorAlone() {
        when(bootstrap.hasEnabledAdmin()).thenReturn(true);
        new FirstAdmin(bootstrap, "chair@society.org", "a-long-secret-password").run(null);
        verify(bootstrap, never()).ensureAccount(anyString(), anyString(), anyString(), any());
    }

    @Test
    void withoutTheVariablesItOnlyWarns() {
        when(bootstrap.hasEnabledAdmin()).thenReturn(false);
        new FirstAdmin(bootstrap, "", "").run(null);
        verify(bootstrap, never()).ensureAccount(anyString(), anyString(), anyString(), any());
    }
}
