package org.citiverse.permit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.PersistenceException;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.citiverse.permit.domain.CityModelException;
import org.citiverse.permit.domain.CityModelException.Reason;
import org.citiverse.permit.domain.RuleSetStatus;
import org.citiverse.shared.application.AddressLookup;

/**
 * The citizen's permit check, step by step (the portal's journey, the printable page, the PDF and
 * the saved checks): the parcel of a place, the activities, the questions of the rules in force,
 * answers read and checked, and the check itself — computed by {@link PermitCheckService} only.
 */
@ApplicationScoped
public class PermitJourney {

    /**
     * The activities citizens are offered, whether or not rules cover them in their zone (those
     * without get "we cannot decide this online"); activities of other rule sets in force follow.
     */
    public static final List<String> ACTIVITIES = List.of("fence", "dormer", "outbuilding", "extension",
            "solar-panels", "tree-felling", "change-of-use");

    @Inject
    CityModel model;

    @Inject
    PermitCheckService checks;

    @Inject
    PermitQuestions questions;

    @Inject
    RuleSetService ruleSets;

    @Inject
    SavedChecks saved;

    @Inject
    AddressLookup addresses;

    @Inject
    @org.eclipse.microprofile.config.inject.ConfigProperty(name = "complaint.city.bounds",
            defaultValue = "51.95,4.90,52.25,5.35")
    String cityBounds;

    /** The middle of the city (where a map starts before a place is given). */
    public double[] cityCentre() {
        org.citiverse.shared.domain.CityArea city = org.citiverse.shared.domain.CityArea.parse(cityBounds);
        return new double[] {(city.south() + city.north()) / 2, (city.west() + city.east()) / 2};
    }

    /** The activities to choose from: the usual ones, then any other a rule set in force covers. */
    public List<String> activities() {
        Set<String> all = new LinkedHashSet<>(ACTIVITIES);
        ruleSets.list(null).stream().filter(r -> RuleSetStatus.ACTIVE.name().equals(r.status()))
                .map(RuleSetView::activity).sorted().forEach(all::add);
        return List.copyOf(all);
    }

    /**
     * The parcel of an address of the register, or else at a position.
     *
     * @throws CityModelException PARCEL_NOT_FOUND, POINT_INVALID, POINT_OUTSIDE_CITY
     */
    public ParcelView parcel(String addressId, Double latitude, Double longitude) {
        if (addressId != null && !addressId.isBlank()) {
            return model.parcelOfAddress(addressId.strip()).orElseThrow(() -> new CityModelException(
                    Reason.PARCEL_NOT_FOUND, "no parcel of this address"));
        }
        if (latitude == null || longitude == null) {
            throw new CityModelException(Reason.POINT_INVALID, "give an address, or latitude and longitude");
        }
        return model.parcelAt(latitude, longitude).orElseThrow(() -> new CityModelException(Reason.PARCEL_NOT_FOUND,
                "no parcel at this position"));
    }

    /** The questions for an activity on a parcel: those of the rule set in force for its zone's type. */
    public Questionnaire questions(String activity, ParcelView parcel) {
        return parcel.zone() == null ? Questionnaire.NOT_COVERED
                : questions.forActivity(activity, parcel.zone().type(), null);
    }

    /**
     * A check's inputs from what was given (a form, a link, an API body): the parcel found, then
     * each question of the rules in force answered (read by {@link Answers#read}); anything else
     * given is left out.
     *
     * @throws CityModelException when the place has no parcel
     * @throws AnswerException    for the first question without a good answer
     */
    public CheckInputs inputs(String addressId, Double latitude, Double longitude, String activity,
                              Map<String, ?> given) {
        ParcelView parcel = parcel(addressId, latitude, longitude);
        Map<String, Object> answers = new LinkedHashMap<>();
        for (Question q : questions(activity, parcel).questions()) {
            Object value = given == null ? null : given.get(q.name());
            answers.put(q.name(), Answers.read(q, value == null ? null : Answers.written(value)));
        }
        boolean byAddress = addressId != null && !addressId.isBlank();
        return new CheckInputs(byAddress ? addressId.strip() : null, byAddress ? null : latitude,
                byAddress ? null : longitude, activity == null ? null : activity.strip(), answers);
    }

    /** Runs the check (in {@link PermitCheckService}) and describes it for the citizen. */
    public CheckReport check(CheckInputs in) {
        ParcelCheck check = checks.check(in.addressId(), in.latitude(), in.longitude(), in.activity(), null,
                in.answers());
        ParcelView parcel = model.parcel(check.parcelId()).orElse(null);
        return new CheckReport(check.addressId(), label(in.addressId()), check.parcelId(),
                parcel == null ? null : parcel.areaM2(), parcel == null ? List.of() : parcel.buildings(),
                check.zone(), in.activity(), in.answers(), check.facts(), check.result(),
                effectiveFrom(check.result()), null, null);
    }

    /**
     * Keeps a check for its owner, computed afresh from its inputs (a client's own outcome is never
     * taken). The same check kept twice is kept once.
     *
     * @return the kept check, and whether it was new
     * @throws TooManySavedChecks when the owner keeps the most already
     */
    public SavedChecks.Kept save(String owner, CheckInputs in) {
        CheckReport report = check(in);
        try {
            return saved.keep(owner, report);
        } catch (PersistenceException | jakarta.transaction.TransactionalException e) {
            // two saves of one check at once: the other one won; answer with it
            return saved.keep(owner, report);
        }
    }

    /** The address as the register writes it, or null. */
    String label(String addressId) {
        return addressId == null ? null : addresses.find(addressId).map(AddressLookup.AddressMatch::label).orElse(null);
    }

    java.time.LocalDate effectiveFrom(PermitCheckResult result) {
        return questions.ofRuleSet(result.ruleSetId()).map(Questionnaire::effectiveFrom).orElse(null);
    }

    /** The parameters of a link to a check (the printable page, the PDF): its inputs, answers as {@code q.<name>}. */
    public static Map<String, String> parameters(CheckInputs in) {
        Map<String, String> p = new LinkedHashMap<>();
        if (in.addressId() != null) {
            p.put("addressId", in.addressId());
        } else {
            p.put("latitude", String.valueOf(in.latitude()));
            p.put("longitude", String.valueOf(in.longitude()));
        }
        p.put("activity", in.activity());
        in.answers().forEach((name, value) -> p.put(ANSWER_PREFIX + name, Answers.written(value)));
        return p;
    }

    /** The prefix of an answer among a link's parameters. */
    public static final String ANSWER_PREFIX = "q.";

    /**
     * A check's inputs from a link's parameters ({@link #parameters}).
     *
     * @throws CityModelException when the place has no parcel or a coordinate is no number
     * @throws AnswerException    for a question without a good answer
     */
    public CheckInputs fromParameters(Map<String, String> p) {
        Map<String, Object> given = new LinkedHashMap<>();
        p.forEach((k, v) -> {
            if (k.startsWith(ANSWER_PREFIX)) {
                given.put(k.substring(ANSWER_PREFIX.length()), v);
            }
        });
        return inputs(p.get("addressId"), coordinate(p.get("latitude")), coordinate(p.get("longitude")),
                p.get("activity"), given);
    }

    private static Double coordinate(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        try {
            double value = Double.parseDouble(text.strip());
            if (Double.isFinite(value)) {
                return value;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw new CityModelException(Reason.POINT_INVALID, "a coordinate is no number");
    }
}
