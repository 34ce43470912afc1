package org.collegium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** axe on the pages the administrator, the board and a visitor open; then the member-facing pages on a phone. */
class AccessibilityJourneyTest extends AccessibilityJourney {

    @Override
    Set<Persona> personas() {
        return EnumSet.of(Persona.ADMIN, Persona.BOARD, Persona.ANONYMOUS);
    }

    @Test
    void theTwoClassesTogetherCheckEveryPersona() {
        Set<Persona> both = EnumSet.copyOf(personas());
        both.addAll(new AccessibilityRolesJourneyTest().personas());
        assertThat(both).isEqualTo(EnumSet.allOf(Persona.class));
    }

    @Test
    void memberPagesFitAPhoneWithoutSidewaysPanning() {
        checkPhoneWidth();
    }
}
