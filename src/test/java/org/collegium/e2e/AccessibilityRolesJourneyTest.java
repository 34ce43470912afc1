package org.collegium.e2e;

import java.util.EnumSet;
import java.util.Set;

/** axe on the pages the affiliate administrator, the officer, the facilitator and a member open. */
class AccessibilityRolesJourneyTest extends AccessibilityJourney {

    @Override
    Set<Persona> personas() {
        return EnumSet.of(Persona.AFFILIATE_ADMIN, Persona.OFFICER, Persona.FACILITATOR, Persona.MEMBER);
    }
}
