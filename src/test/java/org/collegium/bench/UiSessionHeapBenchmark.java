package org.collegium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.SessionObjects;
import com.vaadin.browserless.internal.UIFactory;
import com.vaadin.browserless.mocks.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.internal.ComponentTracker;
import com.vaadin.flow.component.internal.UIInternals;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import javax.management.ObjectName;
import org.collegium.members.ui.MembersView;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.TestPropertySource;

/**
 * The heap one signed-in person's session keeps while it shows the members list: {@value #SESSIONS} Vaadin
 * sessions (each with its UI, the list open and its first grid page fetched, as after a person's first request)
 * are opened on the browserless test servlet and kept; the heap in use after a full GC, less the heap before, over
 * the number of sessions is printed as {@code BENCH ui.session.heap <KB> KB}.
 *
 * <p>In Vaadin's production mode ({@code vaadin.productionMode=true}, in a context of its own: the benchmarks are
 * exempt from the one shared context): development mode keeps, for every component, where in the code it was
 * created and attached (for the dev tools), which a deployed portal does not. The browserless servlet needs no
 * front-end bundle, so the session's server side is the production one. The classes the sessions keep most bytes
 * of (a class histogram before and after, divided by the sessions) are listed after the figure. Runs with -Pbench.
 */
@Tag("bench")
@IntegrationTest
@TestPropertySource(properties = "vaadin.productionMode=true")
class UiSessionHeapBenchmark extends SpringBrowserlessTest {

    static final int SESSIONS = 200;
    static final int TOP = 25;

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    void heapPerSignedInSessionShowingTheMembersList() throws Exception {
        navigate(MembersView.class); // the test's own session: warms the view, its queries and the JIT
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        boolean production = service.getDeploymentConfiguration().isProductionMode();
        assertThat(production).as("the benchmark measures production mode").isTrue();
        trackComponentsAsThisModeDoes();
        VaadinSession own = VaadinSession.getCurrent();
        UI ownUi = UI.getCurrent();
        UIFactory factory = MockedUI::new;
        for (int i = 0; i < 20; i++) { // warm-up sessions, dropped
            open(service, factory);
        }
        restore(own, ownUi);
        long before = usedAfterGc();
        Map<String, long[]> histogramBefore = histogram();
        List<SessionObjects> kept = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            kept.add(open(service, factory));
        }
        restore(own, ownUi);
        long after = usedAfterGc();
        Map<String, long[]> histogramAfter = histogram();
        assertThat(kept).hasSize(SESSIONS);
        assertThat(kept.getLast().getSession().getUIs()).as("each session keeps its UI").hasSize(1);
        System.out.printf(Locale.ROOT, "BENCH ui.session.heap %.0f KB%n", (after - before) / 1024.0 / SESSIONS);
        System.out.printf(Locale.ROOT, "BENCH ui.session.heap.sessions %d sessions%n", SESSIONS);
        System.out.printf(Locale.ROOT, "BENCH ui.session.heap.production-mode %s%n", production);
        printTop(histogramBefore, histogramAfter);
    }

    /** A new session with its UI showing the members list, its grid's first page fetched (a client round trip). */
    private SessionObjects open(VaadinServletService service, UIFactory factory) {
        SessionObjects objects = MockVaadin.createSessionObjects(service);
        CurrentInstance.set(VaadinRequest.class, objects.getRequest());
        CurrentInstance.set(VaadinResponse.class, objects.getResponse());
        VaadinSession.setCurrent(objects.getSession());
        MockVaadin.fireSessionInit(service, objects.getSession(), objects.getRequest());
        MockVaadin.createUI(factory, objects.getSession());
        UI.getCurrent().navigate(MembersView.class);
        MockVaadin.clientRoundtrip();
        Grid<?> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isPositive(); // fetches the first page as a browser's first look would
        MockVaadin.clientRoundtrip();
        responseWritten(UI.getCurrent());
        return objects;
    }

    /**
     * Vaadin decides once per JVM, on the first component created, whether to record where each component was
     * created and attached (development mode's component tracker, a stack trace per component): when another
     * benchmark's context (development mode) ran first in this JVM it decided for development. Forgetting the
     * decision makes the tracker decide again, now under this production-mode service, as a deployed portal does.
     */
    private static void trackComponentsAsThisModeDoes() throws ReflectiveOperationException {
        Field disabled = ComponentTracker.class.getDeclaredField("disabled");
        disabled.setAccessible(true);
        disabled.set(null, null);
        Method isDisabled = ComponentTracker.class.getDeclaredMethod("isDisabled");
        isDisabled.setAccessible(true);
        assertThat((Boolean) isDisabled.invoke(null)).as("no component tracking in production mode").isTrue();
    }

    /**
     * What writing the response to the browser does to the UI (Vaadin's UidlWriter): the state tree's changes are
     * collected and forgotten, the JavaScript calls and dependencies are handed over. The browserless round trip
     * runs the before-response tasks but writes no response, so without this each session would keep every change
     * it ever made, which a browser's session never does.
     */
    private static void responseWritten(UI ui) {
        UIInternals internals = ui.getInternals();
        internals.getStateTree().collectChanges(change -> { });
        internals.dumpPendingJavaScriptInvocations();
        internals.getDependencyList().clearPendingSendToClient();
    }

    private static void restore(VaadinSession session, UI ui) {
        VaadinSession.setCurrent(session);
        UI.setCurrent(ui);
    }

    private static long usedAfterGc() {
        MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
        for (int i = 0; i < 4; i++) {
            System.gc();
        }
        return memory.getHeapMemoryUsage().getUsed();
    }

    private static final Pattern HISTOGRAM_ROW = Pattern.compile("^\\s*\\d+:\\s+(\\d+)\\s+(\\d+)\\s+(\\S+)");

    /** The live objects per class ({@code jcmd GC.class_histogram}, which runs a full GC first): instances, bytes. */
    private static Map<String, long[]> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer().invoke(
                new ObjectName("com.sun.management:type=DiagnosticCommand"), "gcClassHistogram",
                new Object[] {new String[0]}, new String[] {String[].class.getName()});
        Map<String, long[]> rows = new HashMap<>();
        for (String line : text.split("\n")) {
            Matcher m = HISTOGRAM_ROW.matcher(line);
            if (m.find()) {
                rows.put(m.group(3), new long[] {Long.parseLong(m.group(1)), Long.parseLong(m.group(2))});
            }
        }
        return rows;
    }

    /** Not figures: the classes whose instances grew most, per session, for whoever looks into the heap. */
    private static void printTop(Map<String, long[]> before, Map<String, long[]> after) {
        record Growth(String type, double instances, double bytes) {
        }
        List<Growth> growth = new ArrayList<>();
        after.forEach((type, counts) -> {
            long[] was = before.getOrDefault(type, new long[2]);
            growth.add(new Growth(type, (counts[0] - was[0]) / (double) SESSIONS,
                    (counts[1] - was[1]) / (double) SESSIONS));
        });
        growth.sort(Comparator.comparingDouble(Growth::bytes).reversed());
        double total = growth.stream().mapToDouble(Growth::bytes).sum();
        System.out.printf(Locale.ROOT, "ui.session.heap histogram: %.1f KB per session in all classes%n",
                total / 1024);
        growth.stream().limit(TOP).forEach(g -> System.out.printf(Locale.ROOT,
                "ui.session.heap top: %9.1f B %8.1f objects  %s%n", g.bytes(), g.instances(), g.type()));
    }
}
