package org.collegium.base.service;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.mock.env.MockEnvironment;

/** Emailed links start with the address the portal runs on; prod warns when that is only this machine. */
@ExtendWith(OutputCaptureExtension.class)
class PortalAddressTest {

    @Test
    void unsetTheAddressFollowsThePortThePortalListensOn() {
        PortalAddress address = new PortalAddress("", 0);
        address.listensOn(43_210);
        assertThat(address.baseUrl()).isEqualTo("http://localhost:43210");
    }

    @Test
    void aConfiguredAddressIsUsedAsGivenWithoutATrailingSlash() {
        PortalAddress address = new PortalAddress(" https://portal.example.org/ ", 8080);
        address.listensOn(43_210);
        assertThat(address.baseUrl()).isEqualTo("https://portal.example.org");
    }

    @Test
    void prodWarnsWhenTheLinksWouldPointAtLocalhost(CapturedOutput output) {
        new PortalAddress("", 8080).warnIfUnreachable(prod());
        new PortalAddress("http://127.0.0.1:9000", 8080).warnIfUnreachable(prod());
        assertThat(output.getOut().lines().filter(l -> l.contains("which only this machine can open")))
                .hasSize(2).anyMatch(l -> l.contains("http://localhost:8080"))
                .anyMatch(l -> l.contains("http://127.0.0.1:9000"));
    }

    @Test
    void neitherAPublicAddressNorDevelopmentWarns(CapturedOutput output) {
        new PortalAddress("https://portal.example.org", 8080).warnIfUnreachable(prod());
        new PortalAddress("", 8080).warnIfUnreachable(new MockEnvironment());
        assertThat(output.getOut()).doesNotContain("which only this machine can open");
    }

    private static MockEnvironment prod() {
        MockEnvironment env = new MockEnvironment();
        env.setActiveProfiles("prod");
        return env;
    }
}
