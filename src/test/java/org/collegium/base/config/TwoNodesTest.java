package org.collegium.base.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.icegreen.greenmail.junit5.GreenMailExtension;
import com.icegreen.greenmail.util.ServerSetupTest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.function.ToLongFunction;
import org.collegium.CollegiumApplication;
import org.collegium.base.config.ScheduledJobs.Job;
import org.collegium.notifications.service.MailOutbox;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Two application nodes on the test run's one MariaDB, each with its own web server and mail sender (a shared
 * GreenMail): node B refuses traffic until its start-up work is done, and every scheduled job, started on both
 * nodes at the same moment, runs on one of them only, its effect happening once. A job added later (a backup)
 * is in {@link ScheduledJobs} by being {@code @Scheduled} and so in this test; give it an effect check below if
 * its effect can be counted.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TwoNodesTest {

    @RegisterExtension
    static GreenMailExtension smtp = new GreenMailExtension(ServerSetupTest.SMTP.dynamicPort())
            .withPerMethodLifecycle(false);

    static final HttpClient http = HttpClient.newHttpClient();
    static final StartupGate gate = new StartupGate();
    static ConfigurableApplicationContext nodeA;
    static CompletableFuture<ConfigurableApplicationContext> nodeBStarting;
    static ConfigurableApplicationContext nodeB;

    /** The JVM-wide holder the run's shared context set up; each node sets its own, so it is put back after. */
    static SecurityContextHolderStrategy sharedStrategy;

    @BeforeAll
    static void startTheNodes() {
        sharedStrategy = SecurityContextHolder.getContextHolderStrategy();
        // node A first (it migrates a fresh database); node B then starts up to its gate in the background
        nodeA = node(false, null);
        nodeBStarting = CompletableFuture.supplyAsync(() -> node(true, gate));
    }

    @AfterAll
    static void stopTheNodes() {
        gate.open();
        if (nodeBStarting != null) {
            nodeBStarting.thenAccept(ConfigurableApplicationContext::close).join();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        SecurityContextHolder.setContextHolderStrategy(sharedStrategy);
    }

    @Test
    @Order(1)
    void aNodeIsLiveButNotReadyUntilItsStartUpWorkIsDone() throws Exception {
        assertThat(gate.reached.await(5, TimeUnit.MINUTES)).as("node B reached its last start-up step").isTrue();
        String base = "http://localhost:" + gate.port;
        assertThat(get(base + "/actuator/health/liveness").statusCode()).isEqualTo(200);
        HttpResponse<String> notReady = get(base + "/actuator/health/readiness");
        assertThat(notReady.statusCode()).isEqualTo(503);
        assertThat(notReady.body()).contains("OUT_OF_SERVICE");

        gate.open();
        nodeB = nodeBStarting.get(2, TimeUnit.MINUTES);
        await().atMost(Duration.ofSeconds(10)).until(() -> get(base + "/actuator/health/readiness").statusCode()
                == 200);
        assertThat(get(base + "/actuator/health/readiness").body()).contains("\"UP\"");

        // over real HTTP (an error dispatch included), a stranger's scrape is refused with 401, not sent to sign in
        HttpResponse<String> scrape = get(base + "/actuator/prometheus");
        assertThat(scrape.statusCode()).isEqualTo(401);
        assertThat(scrape.headers().firstValue("WWW-Authenticate")).hasValueSatisfying(v -> assertThat(v)
                .startsWith("Basic"));
    }

    @Test
    @Order(2)
    void eachJobStartedOnBothNodesAtOnceRunsOnOneAndItsEffectHappensOnce() throws Exception {
        if (nodeB == null) {
            gate.open();
            nodeB = nodeBStarting.get(5, TimeUnit.MINUTES);
        }
        List<Job> jobs = nodeA.getBean(ScheduledJobs.class).jobs();
        assertThat(jobs).extracting(Job::name).contains("outbox-delivery", "renewal-reminders", "member-status",
                "group-invitations", "group-sessions", "event-holds");
        assertThat(nodeB.getBean(ScheduledJobs.class).jobs()).extracting(Job::name)
                .containsExactlyElementsOf(jobs.stream().map(Job::name).toList());

        String recipient = "two-nodes-" + UUID.randomUUID() + "@example.org";
        nodeA.getBean(TransactionTemplate.class).executeWithoutResult(tx -> nodeA.getBean(MailOutbox.class)
                .enqueue(recipient, "Sent once", "from whichever node holds the outbox lock"));

        for (Job job : jobs) {
            ToLongFunction<ConfigurableApplicationContext> runs = node -> node.getBean(JobMeters.class)
                    .runCount(job.name());
            long before = runs.applyAsLong(nodeA) + runs.applyAsLong(nodeB);
            atTheSameMoment(() -> nodeA.getBean(ScheduledJobs.class).runNow(job),
                    () -> nodeB.getBean(ScheduledJobs.class).runNow(job));
            assertThat(runs.applyAsLong(nodeA) + runs.applyAsLong(nodeB) - before)
                    .as("runs of %s on both nodes together", job.name()).isEqualTo(1);
        }

        long copies = Arrays.stream(smtp.getReceivedMessages()).filter(m -> {
            try {
                return Arrays.stream(m.getAllRecipients()).anyMatch(r -> r.toString().equals(recipient));
            } catch (jakarta.mail.MessagingException e) {
                throw new IllegalStateException(e);
            }
        }).count();
        assertThat(copies).as("copies of the email delivered").isEqualTo(1);
    }

    private static void atTheSameMoment(Runnable onA, Runnable onB) throws Exception {
        CyclicBarrier barrier = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<CompletableFuture<Void>> runs = List.of(onA, onB).stream()
                    .map(run -> CompletableFuture.runAsync(() -> {
                        try {
                            barrier.await(1, TimeUnit.MINUTES);
                        } catch (Exception e) {
                            throw new IllegalStateException(e);
                        }
                        run.run();
                    }, pool)).toList();
            CompletableFuture.allOf(runs.toArray(CompletableFuture[]::new)).get(5, TimeUnit.MINUTES);
        } finally {
            pool.shutdownNow();
        }
    }

    /** A node of the application on the test run's database; scheduling stays off: the test runs the jobs. */
    private static ConfigurableApplicationContext node(boolean demoData, StartupGate startupGate) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(CollegiumApplication.class).profiles("test");
        if (startupGate != null) {
            builder.initializers(context -> {
                startupGate.context = context;
                context.getBeanFactory().registerSingleton("startupGate", startupGate);
            });
        }
        // command-line arguments, which win over application.properties (builder.properties() would not)
        return builder.run("--server.port=0", "--spring.mail.host=localhost",
                "--spring.mail.port=" + smtp.getSmtp().getPort(), "--collegium.demo.enabled=" + demoData,
                // one delivery run takes every message due, so the test's is among them
                "--collegium.mail.batch-size=10000");
    }

    private static HttpResponse<String> get(String url) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** The last start-up step of node B (after migrations and demo data): waits until the test opens it. */
    static final class StartupGate implements ApplicationRunner, Ordered {

        final CountDownLatch reached = new CountDownLatch(1);
        private final CountDownLatch opened = new CountDownLatch(1);
        volatile ConfigurableApplicationContext context;
        volatile int port;

        @Override
        public void run(ApplicationArguments args) throws InterruptedException {
            port = context.getEnvironment().getProperty("local.server.port", Integer.class, 0);
            reached.countDown();
            opened.await(5, TimeUnit.MINUTES);
        }

        void open() {
            opened.countDown();
        }

        @Override
        public int getOrder() {
            return Ordered.LOWEST_PRECEDENCE;
        }
    }
}
