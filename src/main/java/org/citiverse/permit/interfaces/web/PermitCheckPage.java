package org.citiverse.permit.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.io.Serializable;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.citiverse.permit.application.AnswerException;
import org.citiverse.permit.application.Answers;
import org.citiverse.permit.application.CheckInputs;
import org.citiverse.permit.application.CheckReport;
import org.citiverse.permit.application.ParcelView;
import org.citiverse.permit.application.PermitJourney;
import org.citiverse.permit.application.Question;
import org.citiverse.permit.application.Questionnaire;
import org.citiverse.permit.domain.CityModelException;
import org.citiverse.shared.application.AddressLookup;
import org.citiverse.shared.domain.Geo;
import org.citiverse.shared.interfaces.web.AddressChoice;
import org.citiverse.shared.interfaces.web.LanguageSelection;
import org.citiverse.shared.interfaces.web.PageMessages;
import org.citiverse.shared.interfaces.web.PlaceMap;

/**
 * "Do I need a permit?", one question a page: where (an address of the register, a pin on the map
 * or typed coordinates: the parcel the city model has there is shown), what (an activity, with
 * help), then exactly the questions of the rules in force for that activity in the parcel's zone,
 * and the answer with its reasons, the rules it comes from, what the city computed and what to do
 * next. Anyone may check; a signed-in citizen may keep the check. Each step is checked before the
 * next; Back keeps what was given.
 */
@Named("permitCheckPage")
@ViewScoped
public class PermitCheckPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double PIN_MAP_METRES = 400;
    private static final String PLACE = "place";
    private static final String ACTIVITY = "activity";
    private static final String QUESTION = "q:";
    private static final String RESULT = "result";

    @Inject
    PermitJourney journey;

    @Inject
    PageMessages messages;

    @Inject
    PermitText text;

    @Inject
    LanguageSelection language;

    @Inject
    AddressLookup addresses;

    @Inject
    HttpServletRequest http;

    private int step = 1;
    private String address;
    private String addressId;
    private String latitude;
    private String longitude;
    /** Where the chosen address lies, as written into the coordinate fields: changed fields mean a position. */
    private String addressLatitude;
    private String addressLongitude;
    private final AddressChoice addressChoice = new AddressChoice("address", "permit.place.notFound");
    /** The place the parcel was found at (after the place step). */
    private String placeAddressId;
    private Double placeLatitude;
    private Double placeLongitude;
    private String activity;
    private final Map<String, String> answers = new HashMap<>();

    private transient ParcelView parcel;
    private transient Questionnaire questionnaire;
    private transient String questionnaireKey;
    private transient CheckInputs inputs;
    private transient CheckReport report;
    private transient List<String> activities;

    List<String> pages() {
        List<String> pages = new ArrayList<>();
        pages.add(PLACE);
        pages.add(ACTIVITY);
        getQuestions().forEach(q -> pages.add(QUESTION + q.name()));
        pages.add(RESULT);
        return pages;
    }

    /** The page shown: place, activity, question or result. */
    public String getPage() {
        String page = current();
        return page.startsWith(QUESTION) ? "question" : page;
    }

    private String current() {
        List<String> pages = pages();
        return pages.get(Math.min(step, pages.size()) - 1);
    }

    /** The question on this page (question pages only). */
    public Question getQuestion() {
        String page = current();
        return getQuestions().stream().filter(q -> page.equals(QUESTION + q.name())).findFirst().orElse(null);
    }

    public String next() {
        switch (getPage()) {
            case PLACE -> {
                if (!place()) {
                    return null;
                }
            }
            case ACTIVITY -> {
                if (activity == null || !getActivities().contains(activity)) {
                    messages.error("activity", "permit.activity.required");
                    return null;
                }
            }
            case "question" -> {
                Question q = getQuestion();
                try {
                    Answers.read(q, answers.get(q.name()));
                } catch (AnswerException e) {
                    answerError(q, e);
                    return null;
                }
            }
            default -> {
                return null;
            }
        }
        step++;
        if (RESULT.equals(getPage())) {
            check();
        }
        return null;
    }

    public String back() {
        step = Math.max(1, step - 1);
        return null;
    }

    /** Goes back to a step (the question an answer was refused on). */
    private void goTo(String page) {
        int index = pages().indexOf(page);
        if (index >= 0) {
            step = index + 1;
        }
    }

    /** The place step: the parcel of the address chosen, else of the position given; a refusal says why on its field. */
    private boolean place() {
        if (addressId == null && address != null && !address.isBlank() && addressLatitude != null
                && addressLatitude.equals(strip(latitude)) && addressLongitude.equals(strip(longitude))) {
            // another address typed over the one chosen: its position in the fields is no longer meant
            latitude = null;
            longitude = null;
        }
        Double lat = messages.number(latitude, "latitude", "permit.place.number");
        Double lon = messages.number(longitude, "longitude", "permit.place.number");
        if (!FacesContext.getCurrentInstance().getMessageList().isEmpty()) {
            return false;
        }
        boolean moved = lat != null && !(strip(latitude).equals(addressLatitude)
                && strip(longitude).equals(addressLongitude));
        if (moved) {
            addressId = null; // a pin or typed coordinates elsewhere than the address chosen
        }
        if (addressId == null && lat == null && address != null && !address.isBlank()) {
            List<AddressLookup.AddressMatch> matches = search(address);
            if (matches.size() == 1) {
                choose(matches.get(0));
            } else if (matches.size() > 1) {
                addressChoice.offer(matches);
                messages.error("address", "permit.place.chooseOne");
                return false;
            } else {
                return false;
            }
        }
        if (addressId == null && (lat == null || lon == null)) {
            messages.error(lat == null && lon == null ? "address" : lat == null ? "latitude" : "longitude",
                    "permit.place.required");
            return false;
        }
        if (addressId == null && !Geo.validPoint(lat, lon)) {
            messages.error("latitude", "permit.error.point-invalid");
            return false;
        }
        try {
            parcel = journey.parcel(addressId, addressId == null ? lat : null, addressId == null ? lon : null);
        } catch (CityModelException e) {
            messages.error(addressId != null ? "address" : "latitude", e.messageKey());
            return false;
        }
        placeAddressId = addressId;
        placeLatitude = addressId == null ? lat : null;
        placeLongitude = addressId == null ? lon : null;
        questionnaire = null;
        return true;
    }

    /** Searches the register: one match is taken, several offered to pick from, none said on the field. */
    public String findAddress() {
        List<AddressLookup.AddressMatch> matches = search(address);
        if (!FacesContext.getCurrentInstance().getMessageList().isEmpty()) {
            return null;
        }
        if (matches.size() == 1) {
            choose(matches.get(0));
            messages.notice("permit.place.found", address);
        } else {
            addressChoice.offer(matches);
        }
        return null;
    }

    /** The person picked one of the addresses found. */
    public String pickAddress(String id) {
        addressChoice.pick(id).ifPresent(match -> {
            choose(match);
            messages.notice("permit.place.found", address);
        });
        return null;
    }

    /** The register's matches; none is said on the field. */
    private List<AddressLookup.AddressMatch> search(String query) {
        List<AddressLookup.AddressMatch> matches = addressChoice.search(addresses, messages, query);
        if (matches.isEmpty() && FacesContext.getCurrentInstance().getMessageList().isEmpty()) {
            messages.error("address", "permit.place.notFound");
        }
        return matches;
    }

    private void choose(AddressLookup.AddressMatch match) {
        address = match.label();
        addressId = match.id();
        latitude = String.valueOf(match.latitude());
        longitude = String.valueOf(match.longitude());
        addressLatitude = latitude;
        addressLongitude = longitude;
        addressChoice.clear();
    }

    /** Runs the check; an answer the city model refuses (a shed larger than the parcel) goes back to its question. */
    private void check() {
        try {
            inputs = journey.inputs(placeAddressId, placeLatitude, placeLongitude, activity, answers);
            report = journey.check(inputs);
        } catch (AnswerException e) {
            Question q = getQuestions().stream().filter(x -> x.name().equals(e.question())).findFirst().orElse(null);
            if (q != null) {
                goTo(QUESTION + q.name());
                answerError(q, e);
            }
        } catch (CityModelException e) {
            // the footprint's sides are what the model refuses: ask the width again
            goTo(QUESTION + org.citiverse.permit.application.PermitQuestions.WIDTH);
            messages.error(getPage().equals("question") ? answerField() : null, e.messageKey());
        }
    }

    private void answerError(Question q, AnswerException e) {
        List<Object> params = new ArrayList<>();
        params.add(text.label(q.name()));
        params.addAll(e.params());
        messages.error(answerField(), e.messageKey(), params.toArray());
    }

    /** Keeps the check for the signed-in citizen and shows it at its own address. */
    public String save() {
        if (!isCitizen() || getReport() == null) {
            return null;
        }
        try {
            CheckReport kept = journey.save(http.getUserPrincipal().getName(), inputs).check();
            return messages.doneThenGo("/citizen/permit-check.xhtml?id=" + kept.savedId(), "permit.saved");
        } catch (org.citiverse.permit.application.TooManySavedChecks e) {
            messages.error(null, "permit.saved.tooMany", org.citiverse.permit.domain.SavedCheck.MAX_PER_OWNER);
            return null;
        }
    }

    /** The input id of the question on this page: radios for choices, a text field otherwise. */
    public String answerField() {
        Question q = getQuestion();
        return q != null && (q.kind() == Question.Kind.CHOICE || q.kind() == Question.Kind.YES_NO)
                ? "answerChoice" : "answer";
    }

    public List<String> getActivities() {
        if (activities == null) {
            activities = journey.activities();
        }
        return activities;
    }

    /** The parcel of the place given (null before the place step). */
    public ParcelView getParcel() {
        if (parcel == null && (placeAddressId != null || placeLatitude != null)) {
            try {
                parcel = journey.parcel(placeAddressId, placeLatitude, placeLongitude);
            } catch (CityModelException e) {
                return null;
            }
        }
        return parcel;
    }

    /** The questions of the rules in force for the activity in the parcel's zone. */
    public List<Question> getQuestions() {
        ParcelView p = getParcel();
        if (p == null || activity == null) {
            return List.of();
        }
        String key = activity + "/" + (p.zone() == null ? "" : p.zone().type());
        if (!key.equals(questionnaireKey)) {
            questionnaire = journey.questions(activity, p);
            questionnaireKey = key;
        }
        return questionnaire.questions();
    }

    /** The result (result page only). */
    public CheckReport getReport() {
        if (report == null && RESULT.equals(getPage())) {
            check();
        }
        return report;
    }

    /** The check's inputs as link parameters (the printable page and the PDF). */
    public String getLinkQuery() {
        CheckReport r = getReport();
        if (r == null) {
            return "";
        }
        return PermitJourney.parameters(inputs).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** Signing in comes back to the printable page of this check, where it can be kept. */
    public String getSignInToSave() {
        return http.getContextPath() + "/account/?ui_locales=" + language.getTag() + "&next="
                + URLEncoder.encode("/permit-check-result.xhtml?" + getLinkQuery(), StandardCharsets.UTF_8);
    }

    public boolean isCitizen() {
        return http.isUserInRole("citizen");
    }

    public boolean isSignedIn() {
        return http.getUserPrincipal() != null;
    }

    /** The map of the place step, pinned where a position is given so far. */
    public PlaceMap getPlaceMap() {
        Double lat = parsed(latitude);
        Double lon = parsed(longitude);
        boolean pinned = lat != null && lon != null && Geo.validPoint(lat, lon);
        double[] centre = pinned ? new double[] {lat, lon} : journey.cityCentre();
        return PlaceMap.around(centre[0], centre[1], PIN_MAP_METRES, addresses, List.of(), pinned);
    }

    private static String strip(String value) {
        return value == null ? "" : value.strip();
    }

    private static Double parsed(String value) {
        try {
            return value == null || value.isBlank() ? null : Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** The answer typed or chosen on this page's question. */
    public String getAnswer() {
        Question q = getQuestion();
        return q == null ? null : answers.get(q.name());
    }

    public void setAnswer(String answer) {
        Question q = getQuestion();
        if (q != null) {
            answers.put(q.name(), answer);
        }
    }

    /** The answer of a question as the citizen gave it, for the summary. */
    public String answerOf(Question q) {
        String given = answers.get(q.name());
        if (given == null) {
            return "–";
        }
        return switch (q.kind()) {
            case CHOICE -> text.choice(q.name(), given);
            case YES_NO -> messages.text("true".equals(given) ? "permit.yes" : "permit.no");
            default -> given + (text.unit(q.name()).isEmpty() ? "" : " " + text.unit(q.name()));
        };
    }

    public int getStep() {
        return Math.min(step, pages().size());
    }

    public int getSteps() {
        return pages().size();
    }

    public List<AddressChoice.Found> getFound() {
        return addressChoice.found();
    }

    public String getActivity() {
        return activity;
    }

    public void setActivity(String activity) {
        this.activity = activity;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
        if (address == null || !address.equals(this.address)) {
            addressId = null; // another text than the address chosen: search again
        }
        this.address = address;
    }

    public String getLatitude() {
        return latitude;
    }

    public void setLatitude(String latitude) {
        this.latitude = latitude;
    }

    public String getLongitude() {
        return longitude;
    }

    public void setLongitude(String longitude) {
        this.longitude = longitude;
    }
}
