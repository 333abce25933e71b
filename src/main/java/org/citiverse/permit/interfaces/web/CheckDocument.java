package org.citiverse.permit.interfaces.web;

import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.citiverse.permit.application.CheckReport;
import org.citiverse.permit.application.ParcelView;
import org.citiverse.permit.application.PermitCheckResult;

/**
 * A permit check's answer as citizens read it, in one language: the same sections for the result
 * page, the printable page and the PDF, so all three say the same.
 *
 * @param title    "Permit check: Fence"
 * @param outcome  the outcome's code (PERMIT_FREE …), for styling
 * @param headline the outcome in plain words
 * @param sections what follows, in order
 */
public record CheckDocument(String title, String outcome, String headline, List<Section> sections) {

    private static final ZoneId CITY = ZoneId.of("Europe/Amsterdam");

    /** A titled part: rows of label and value, then paragraphs. */
    public record Section(String id, String heading, List<Row> rows, List<String> paragraphs) {
    }

    /** One line of a section. */
    public record Row(String label, String value) {
    }

    public static CheckDocument of(CheckReport report, PermitWording w) {
        PermitCheckResult r = report.result();
        List<Section> sections = new ArrayList<>();

        List<Row> why = new ArrayList<>();
        why.add(new Row(w.text("permit.result.reason"), w.reason(r.reason())));
        if (r.ruleId() != null) {
            why.add(new Row(w.text("permit.result.rule"), r.ruleId()));
        }
        if (r.ruleSetVersion() != null) {
            why.add(new Row(w.text("permit.result.ruleSet"), w.text("permit.result.ruleSetVersion",
                    w.activity(report.activity()), r.ruleSetVersion(), w.date(report.effectiveFrom()))));
        }
        sections.add(new Section("why", w.text("permit.result.why"), why, List.of()));

        sections.add(new Section("next", w.text("permit.result.next"), List.of(),
                List.of(w.text("permit.next." + r.outcome()))));

        List<Row> place = new ArrayList<>();
        if (report.addressLabel() != null || report.addressId() != null) {
            place.add(new Row(w.text("permit.place.address"),
                    report.addressLabel() != null ? report.addressLabel() : report.addressId()));
        }
        place.add(new Row(w.text("permit.place.parcel"), report.parcelId()));
        ParcelView.ZoneView zone = report.zone();
        place.add(new Row(w.text("permit.place.zone"), zone == null ? w.text("permit.place.noZone")
                : w.text("permit.place.zoneValue", zone.name(), w.optional("permit.zoneType." + zone.type()) != null
                ? w.text("permit.zoneType." + zone.type()) : zone.type())));
        if (report.parcelAreaM2() != null) {
            place.add(new Row(w.text("permit.place.area"), w.number(report.parcelAreaM2()) + " m²"));
        }
        place.add(new Row(w.text("permit.place.buildings"), buildings(report.buildings(), w)));
        sections.add(new Section("place", w.text("permit.place.heading"), place, List.of()));

        List<Row> plans = new ArrayList<>();
        plans.add(new Row(w.text("permit.plans.activity"), w.activity(report.activity())));
        report.answers().forEach((name, value) -> plans.add(new Row(w.label(name), w.answer(name, value))));
        sections.add(new Section("plans", w.text("permit.plans.heading"), plans, List.of()));

        if (!report.facts().isEmpty()) {
            List<Row> facts = new ArrayList<>();
            report.facts().forEach((name, value) -> facts.add(new Row(w.fact(name), w.factValue(name, value))));
            sections.add(new Section("facts", w.text("permit.facts.heading"), facts,
                    List.of(w.text("permit.facts.intro"))));
        }

        List<String> about = new ArrayList<>();
        if (report.checkedAt() != null) {
            about.add(w.text("permit.result.savedOn", w.date(report.checkedAt().atZone(CITY).toLocalDate())));
        }
        about.add(w.text("permit.result.disclaimer"));
        sections.add(new Section("about", w.text("permit.result.about"), List.of(), about));

        return new CheckDocument(w.text("permit.result.documentTitle", w.activity(report.activity())), r.outcome(),
                w.outcome(r.outcome()), sections);
    }

    private static String buildings(List<ParcelView.BuildingView> buildings, PermitWording w) {
        if (buildings.isEmpty()) {
            return w.text("permit.place.noBuildings");
        }
        List<String> each = new ArrayList<>();
        for (ParcelView.BuildingView b : buildings) {
            each.add(w.text("permit.place.building", w.number(b.areaM2()), w.number(b.heightM())));
        }
        return String.join("; ", each);
    }
}
