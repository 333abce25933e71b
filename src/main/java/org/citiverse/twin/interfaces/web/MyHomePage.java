package org.citiverse.twin.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import org.citiverse.twin.application.TwinCaller;
import org.citiverse.twin.application.TwinCallers;
import org.citiverse.twin.application.TwinService;
import org.citiverse.twin.application.TwinView;
import org.citiverse.twin.domain.TwinQuery;

/**
 * "My home's devices": every twin the citizen's households may see at the top of their homes,
 * with what each contains, in containment order, and its current state.
 */
@Named
@RequestScoped
public class MyHomePage {

    @Inject
    TwinService twins;

    @Inject
    TwinCallers callers;

    private final List<TwinRow> rows = new ArrayList<>();

    @PostConstruct
    void load() {
        TwinCaller caller = callers.current();
        for (String household : caller.principals().stream().filter(p -> p.startsWith("household:")).sorted().toList()) {
            TwinQuery owned = new TwinQuery(null, null, null, household, null, null, null, null, null, null, null, 0,
                    TwinQuery.MAX_LIMIT);
            for (TwinView top : twins.search(caller, owned).twins()) {
                if (top.parentId() == null) {
                    add(caller, top, 0);
                }
            }
        }
    }

    private void add(TwinCaller caller, TwinView twin, int depth) {
        rows.add(TwinRow.of(twin, depth));
        if (depth < 5) {
            twins.children(caller, twin.id()).forEach(child -> add(caller, child, depth + 1));
        }
    }

    public List<TwinRow> getRows() {
        return rows;
    }
}
