package org.citiverse.twin.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.citiverse.twin.application.TwinCaller;
import org.citiverse.twin.application.TwinCallers;
import org.citiverse.twin.application.TwinService;
import org.citiverse.twin.application.TwinView;
import org.citiverse.twin.domain.TwinQuery;

/**
 * "My home's devices": every twin the citizen's households may see — their homes, and twins granted
 * to them elsewhere (such as a claimed device's) — from the top down, with what each contains, in
 * containment order, and its current state.
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
        TwinQuery everything = new TwinQuery(null, null, null, null, null, null, null, null, null, null, null, 0,
                TwinQuery.MAX_LIMIT);
        for (String household : caller.principals().stream().filter(p -> p.startsWith("household:")).sorted().toList()) {
            // What the household itself may see, not what the person may see for other reasons.
            List<TwinView> visible = twins.search(new TwinCaller(caller.subject(), Set.of(household), false),
                    everything).twins();
            Set<String> ids = visible.stream().map(TwinView::id).collect(Collectors.toSet());
            for (TwinView top : visible) {
                if (top.parentId() == null || !ids.contains(top.parentId())) {
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
