package org.collegium.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.CookieManager;
import java.net.InetAddress;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.collegium.accounts.domain.Role;
import org.collegium.accounts.service.AccountBootstrap;
import org.collegium.accounts.service.AccountService;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * The sign-in post and sessions over real HTTP against the running portal (the same context as the journeys, no
 * browser): a cross-site post without the page's CSRF token is refused, failures all read the same and are slowed
 * per address (clients bound to different loopback addresses), and a disabled account's session is ended on its
 * next request.
 */
@IntegrationTest
class SignInHttpTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");
    private static final String PASSWORD = "the-right-password";

    @LocalServerPort int port;
    @Autowired AccountBootstrap bootstrap;
    @Autowired AccountService accountService;
    @Autowired ObjectProvider<SecurityContextHolderStrategy> strategy;

    @Test
    void aCrossSitePostWithoutThePagesTokenDoesNotSignIn() throws Exception {
        String email = account();
        Browser forged = new Browser("127.0.0.1");
        forged.get("/login"); // even with a session of its own, the attacker's page cannot read its token
        HttpResponse<String> post = forged.postLogin(email, PASSWORD, null);
        assertThat(post.statusCode()).isEqualTo(302);
        assertThat(post.headers().firstValue("Location").orElseThrow()).endsWith("/login?expired");
        assertThat(forged.get("/").statusCode()).as("not signed in").isEqualTo(302);

        Browser real = new Browser("127.0.0.1");
        String token = real.csrfToken();
        assertThat(real.postLogin(email, PASSWORD, token).headers().firstValue("Location").orElseThrow())
                .doesNotContain("/login");
        assertThat(real.get("/").statusCode()).as("signed in with the page's token").isEqualTo(200);
    }

    @Test
    void failuresReadTheSameAndABurstFromOneAddressDoesNotStopTheOwnerFromAnother() throws Exception {
        String email = account();
        String unknown = "nobody-" + UUID.randomUUID() + "@example.org";
        Browser attacker = new Browser("127.0.0.2");
        String token = attacker.csrfToken();
        for (int i = 0; i < 3; i++) {
            assertThat(attacker.location(email, "wrong-password-" + i, token)).endsWith("/login?error");
            assertThat(attacker.location(unknown, "wrong-password-" + i, token)).endsWith("/login?error");
        }
        String waitForAccount = attacker.location(email, PASSWORD, token);
        assertThat(waitForAccount).contains("/login?wait=");
        assertThat(attacker.location(unknown, PASSWORD, token)).as("no hint whether the account exists")
                .isEqualTo(waitForAccount);

        Browser owner = new Browser("127.0.0.3");
        assertThat(owner.location(email, PASSWORD, owner.csrfToken())).doesNotContain("/login");
    }

    @Test
    void aDisabledAccountsOpenSessionIsEndedOnItsNextRequest() throws Exception {
        String email = account();
        Browser session = new Browser("127.0.0.1");
        session.postLogin(email, PASSWORD, session.csrfToken());
        assertThat(session.get("/").statusCode()).isEqualTo(200);

        Administrator.disable(accountService, strategy, email);

        HttpResponse<String> next = session.get("/");
        assertThat(next.statusCode()).isEqualTo(302);
        assertThat(next.headers().firstValue("Location").orElseThrow()).contains("/login");
    }

    private String account() {
        String email = "http-" + UUID.randomUUID() + "@example.org";
        bootstrap.ensureAccount(email, "Hattie Http", PASSWORD, EnumSet.of(Role.MEMBER));
        return email;
    }

    /** A cookie-keeping client that connects from the given loopback address and never follows redirects. */
    private final class Browser {

        private final HttpClient client;

        Browser(String localAddress) throws IOException {
            client = HttpClient.newBuilder().cookieHandler(new CookieManager())
                    .localAddress(InetAddress.getByName(localAddress))
                    .followRedirects(HttpClient.Redirect.NEVER).build();
        }

        HttpResponse<String> get(String path) throws IOException, InterruptedException {
            return client.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
        }

        String csrfToken() throws IOException, InterruptedException {
            Matcher m = CSRF.matcher(get("/login").body());
            assertThat(m.find()).as("the sign-in page carries its CSRF token").isTrue();
            return m.group(1);
        }

        HttpResponse<String> postLogin(String email, String password, String token)
                throws IOException, InterruptedException {
            String form = "username=" + encode(email) + "&password=" + encode(password)
                    + (token == null ? "" : "&_csrf=" + encode(token));
            return client.send(HttpRequest.newBuilder(uri("/login"))
                    .header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
        }

        String location(String email, String password, String token) throws IOException, InterruptedException {
            return postLogin(email, password, token).headers().firstValue("Location").orElse("");
        }

        private URI uri(String path) {
            return URI.create("http://127.0.0.1:" + port + path);
        }

        private static String encode(String s) {
            return URLEncoder.encode(s, StandardCharsets.UTF_8);
        }
    }
}
