package org.collegium.bench;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.browserless.internal.SessionObjects;
import com.vaadin.browserless.internal.UIFactory;
import com.vaadin.browserless.mocks.MockedUI;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.internal.CurrentInstance;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinServletService;
import com.vaadin.flow.server.VaadinSession;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.collegium.members.ui.MembersView;
import org.collegium.support.IntegrationTest;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

/**
 * The heap one signed-in person's session keeps while it shows the members list: {@value #SESSIONS} Vaadin
 * sessions (each with its UI, the list open and its first grid page fetched, as after a person's first request)
 * are opened on the browserless test servlet and kept; the heap in use after a full GC, less the heap before, over
 * the number of sessions is printed as {@code BENCH ui.session.heap <KB> KB}. The run is in Vaadin's development mode
 * (the tests' mode); the session's server-side state is the same in production mode. Runs with -Pbench.
 */
@Tag("bench")
@IntegrationTest
class UiSessionHeapBenchmark extends SpringBrowserlessTest {

    static final int SESSIONS = 200;

    @Test
    @WithMockUser(username = "board@example.org", roles = "BOARD")
    void heapPerSignedInSessionShowingTheMembersList() {
        navigate(MembersView.class); // the test's own session: warms the view, its queries and the JIT
        VaadinServletService service = (VaadinServletService) VaadinService.getCurrent();
        VaadinSession own = VaadinSession.getCurrent();
        UI ownUi = UI.getCurrent();
        UIFactory factory = MockedUI::new;
        for (int i = 0; i < 20; i++) { // warm-up sessions, dropped
            open(service, factory);
        }
        restore(own, ownUi);
        long before = usedAfterGc();
        List<SessionObjects> kept = new ArrayList<>();
        for (int i = 0; i < SESSIONS; i++) {
            kept.add(open(service, factory));
        }
        restore(own, ownUi);
        long after = usedAfterGc();
        assertThat(kept).hasSize(SESSIONS);
        assertThat(kept.getLast().getSession().getUIs()).as("each session keeps its UI").hasSize(1);
        System.out.printf(Locale.ROOT, "BENCH ui.session.heap %.0f KB%n", (after - before) / 1024.0 / SESSIONS);
        System.out.printf(Locale.ROOT, "BENCH ui.session.heap.sessions %d sessions%n", SESSIONS);
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
        return objects;
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
}
