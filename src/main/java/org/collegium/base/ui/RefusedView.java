package org.collegium.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A signed-in person asked for a page their role may not open. In development mode Vaadin routes this here
 * (in production mode straight to not found); either way they see {@link NotFoundView}: a refused address
 * looks like one that does not exist.
 */
@AnonymousAllowed
public class RefusedView extends Div implements HasErrorParameter<AccessDeniedException> {

    @Override
    public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
        return NotFoundPages.show(event);
    }
}
