package org.collegium.members.ui;

import org.collegium.base.ui.MenuGate;
import org.collegium.members.service.DirectoryService;
import org.springframework.stereotype.Component;

/** The menu lists the directory only to a member who may read it ({@link DirectoryService#standing()}). */
@Component
class DirectoryMenuGate implements MenuGate {

    private final DirectoryService directory;

    DirectoryMenuGate(DirectoryService directory) {
        this.directory = directory;
    }

    @Override
    public boolean shows(String path) {
        return !DirectoryView.ROUTE.equals(path) || directory.standing().mayRead();
    }
}
