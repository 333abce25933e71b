package org.citiverse.complaint.interfaces.web;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.citiverse.complaint.application.CategoryView;
import org.citiverse.complaint.application.ComplaintService;
import org.citiverse.complaint.application.Filed;
import org.citiverse.complaint.application.RequestView;
import org.citiverse.complaint.application.SubmissionLimits;
import org.citiverse.complaint.application.TooManySubmissions;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.complaint.domain.Submission;
import org.citiverse.shared.application.AddressLookup;
import org.citiverse.shared.interfaces.web.AddressChoice;
import org.citiverse.shared.interfaces.web.LanguageSelection;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * "Report a problem", one question at a time: what (the category), the details (a description and
 * the category's own questions), where (an address, or coordinates typed or taken from the
 * device's location: a map is never the only way), for a visitor who is not signed in a way to be
 * reached (an e-mail address, needed where the category takes no anonymous reports), then a review
 * that shows open reports of the same problem nearby before sending. Each step is checked before the
 * next; what earlier steps took is kept going back (Back does not take what was typed on the step it
 * leaves).
 */
@Named("reportPage")
@ViewScoped
public class ReportPage implements Serializable {

    private static final long serialVersionUID = 1L;
    private static final double NEARBY_METRES = 150;
    // The pin map shows about a kilometre of streets: enough to recognise, close enough to aim.
    private static final double PIN_MAP_METRES = 400;
    private static final String CATEGORY = "category";
    private static final String QUESTION = "q:";
    private static final String DESCRIPTION = "description";
    private static final String PHOTOS = "photos";
    private static final String PLACE = "place";
    private static final String CONTACT = "contact";
    private static final String REVIEW = "review";

    @Inject
    ComplaintService complaints;

    @Inject
    SubmissionLimits limits;

    @Inject
    PageMessages messages;

    @Inject
    ComplaintText text;

    @Inject
    LanguageSelection language;

    @Inject
    jakarta.servlet.http.HttpServletRequest http;

    @Inject
    AddressLookup addresses;

    private int step = 1;
    private String category;
    private String description;
    private final Map<String, List<String>> answers = new HashMap<>();
    private final List<Added> photos = new ArrayList<>();
    private transient jakarta.servlet.http.Part upload;
    private transient CategoryView chosen;
    private transient String chosenKey;
    private String email;
    private String contactName;
    private String address;
    private String latitude;
    private String longitude;
    private String addressId;
    private final AddressChoice addressChoice = new AddressChoice("address", "report.place.notFound");
    private List<RequestView> nearby = List.of();

    @PostConstruct
    void start() {
        // A category chosen elsewhere (a link from a place or a card) starts at its first question.
        String preset = http.getParameter("category");
        if (preset != null && complaints.category(preset, language.getTag()).isPresent()) {
            category = preset;
            step = 2;
        }
    }

    /**
     * The pages of this report in order: the category, one per question of that category, the
     * description, the place, the review.
     */
    List<String> pages() {
        List<String> pages = new ArrayList<>();
        pages.add(CATEGORY);
        getQuestions().forEach(q -> pages.add(QUESTION + q.code()));
        pages.add(DESCRIPTION);
        pages.add(PHOTOS);
        pages.add(PLACE);
        if (isSignedOut()) {
            pages.add(CONTACT);
        }
        pages.add(REVIEW);
        return pages;
    }

    /** Which page is shown: category, question, description, place or review. */
    public String getPage() {
        String page = pages().get(Math.min(step, pages().size()) - 1);
        return page.startsWith(QUESTION) ? "question" : page;
    }

    /** The question on this page (question pages only). */
    public CategoryView.Question getQuestion() {
        String page = pages().get(Math.min(step, pages().size()) - 1);
        return getQuestions().stream().filter(q -> page.equals(QUESTION + q.code())).findFirst().orElse(null);
    }

    public String next() {
        try {
            switch (getPage()) {
                case CATEGORY -> {
                    if (category == null || complaints.category(category, language.getTag()).isEmpty()) {
                        messages.error("category", "report.category.required");
                        return null;
                    }
                }
                case "question" -> complaints.checkAnswer(category, getQuestion().code(),
                        answers.getOrDefault(getQuestion().code(), List.of()));
                case DESCRIPTION -> complaints.checkDescription(description);
                case PHOTOS -> {
                    if (upload != null && upload.getSize() > 0) {
                        // Chosen but not added yet: add it on the way.
                        addPhoto();
                        if (!jakarta.faces.context.FacesContext.getCurrentInstance().getMessageList().isEmpty()) {
                            return null;
                        }
                    }
                }
                case CONTACT -> {
                    Submission.Contact contact = new Submission.Contact(contactName, email, null);
                    if (contact.email() == null && !getChosen().anonymousAllowed()) {
                        messages.error("email", "report.contact.required");
                        return null;
                    }
                }
                case PLACE -> {
                    Double lat = coordinate(latitude, "latitude");
                    Double lon = coordinate(longitude, "longitude");
                    if (!jakarta.faces.context.FacesContext.getCurrentInstance().getMessageList().isEmpty()) {
                        return null;
                    }
                    if (lat == null && addressId == null && address != null && !address.isBlank()) {
                        // An address typed without searching: the register's one match places it.
                        List<AddressLookup.AddressMatch> matches = addressChoice.search(addresses, messages, address);
                        if (matches.size() == 1) {
                            choose(matches.get(0));
                            lat = matches.get(0).latitude();
                            lon = matches.get(0).longitude();
                        }
                    }
                    if (lat != null && (address == null || address.isBlank())) {
                        // A pin or a device position: named by the nearest address for staff and the public.
                        Double pinLat = lat;
                        Double pinLon = lon;
                        address = addresses.nearest(lat, lon).map(a -> messages.text("report.place.near", a.label()))
                                .orElse(null);
                        addressId = null;
                        latitude = String.valueOf(pinLat);
                        longitude = String.valueOf(pinLon);
                    }
                    complaints.checkPlace(lat, lon, address);
                    nearby = lat == null ? List.of()
                            : complaints.likelySame(category, lat, lon, NEARBY_METRES, language.getTag());
                }
                default -> {
                    return null;
                }
            }
            step++;
        } catch (ComplaintException e) {
            refused(e);
        }
        return null;
    }

    public String back() {
        step = Math.max(1, step - 1);
        return null;
    }

    /** Goes to a page of the report from the review ("Change"). */
    public String change(String page) {
        int index = pages().indexOf(page);
        if (index >= 0) {
            step = index + 1;
        }
        return null;
    }

    /**
     * Searches the register for the address typed: one match is taken at once, several are
     * offered to pick from, none is said next to the field (a typed description still counts).
     */
    public String findAddress() {
        List<AddressLookup.AddressMatch> matches = addressChoice.search(addresses, messages, address);
        if (!jakarta.faces.context.FacesContext.getCurrentInstance().getMessageList().isEmpty()) {
            return null;
        }
        if (matches.isEmpty()) {
            messages.error("address", "report.place.notFound");
        } else if (matches.size() == 1) {
            choose(matches.get(0));
            messages.notice("report.place.found", address);
        } else {
            addressChoice.offer(matches);
        }
        return null;
    }

    /** The person picked one of the addresses found. */
    public String pickAddress(String id) {
        addressChoice.pick(id).ifPresent(match -> {
            choose(match);
            messages.notice("report.place.found", address);
        });
        return null;
    }

    private void choose(AddressLookup.AddressMatch match) {
        address = match.label();
        addressId = match.id();
        latitude = String.valueOf(match.latitude());
        longitude = String.valueOf(match.longitude());
        addressChoice.clear();
    }

    public List<AddressChoice.Found> getFound() {
        return addressChoice.found();
    }

    /**
     * The map of the place step: the streets around the position given so far (or the middle of
     * the city), with the pin there once there is one. The address and coordinate fields do the
     * same without it.
     */
    public org.citiverse.shared.interfaces.web.PlaceMap getPlaceMap() {
        Double lat = parsed(latitude);
        Double lon = parsed(longitude);
        boolean pinned = lat != null && lon != null && org.citiverse.shared.domain.Geo.validPoint(lat, lon);
        double[] centre = pinned ? new double[] {lat, lon} : complaints.cityCentre();
        return org.citiverse.shared.interfaces.web.PlaceMap.around(centre[0], centre[1], PIN_MAP_METRES, addresses,
                List.of(), pinned);
    }

    private static Double parsed(String value) {
        try {
            return value == null || value.isBlank() ? null : Double.valueOf(value.strip());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    /** A photo as the page keeps it between steps: already cleaned (its metadata is gone). */
    public record Added(String contentType, byte[] bytes, int width, int height) implements Serializable {
    }

    /** Adds the chosen file as a photo (at most three), cleaned at once; a refusal says why on the field. */
    public String addPhoto() {
        if (upload == null || upload.getSize() == 0) {
            messages.error("photo", "report.photo.choose");
            return null;
        }
        if (photos.size() >= org.citiverse.complaint.domain.RequestPhoto.MAX_PER_REQUEST) {
            messages.error("photo", "complaint.error.photo-too-many");
            return null;
        }
        if (upload.getSize() > org.citiverse.complaint.domain.Photo.MAX_BYTES) {
            messages.error("photo", "complaint.error.photo-too-large");
            return null;
        }
        try (java.io.InputStream in = upload.getInputStream()) {
            // Each photo counts against the sender's and the address's budget, like a report.
            limits.take(isSignedOut() ? null : http.getUserPrincipal().getName(), http.getRemoteAddr());
            org.citiverse.complaint.domain.Photo photo = complaints.acceptPhoto(in.readAllBytes());
            photos.add(new Added(photo.contentType(), photo.bytes(), photo.width(), photo.height()));
            messages.notice("report.photo.added", photos.size());
        } catch (java.io.IOException e) {
            messages.error("photo", "complaint.error.photo-unreadable");
        } catch (ComplaintException e) {
            messages.error("photo", e.messageKey());
        } catch (TooManySubmissions e) {
            messages.error("photo", "report.tooMany", e.retryAfterSeconds());
        }
        return null;
    }

    /** Removes a photo again (its number on the page, from 1). */
    public String removePhoto(int number) {
        if (number >= 1 && number <= photos.size()) {
            photos.remove(number - 1);
            messages.notice("report.photo.removed", number);
        }
        return null;
    }

    public List<Added> getPhotos() {
        return photos;
    }

    public jakarta.servlet.http.Part getUpload() {
        return upload;
    }

    public void setUpload(jakarta.servlet.http.Part upload) {
        this.upload = upload;
    }

    /** Sends the report; the confirmation page shows its tracking number. */
    public String send() {
        try {
            String reporter = isSignedOut() ? null : http.getUserPrincipal().getName();
            limits.take(reporter, http.getRemoteAddr());
            Filed filed = complaints.submit(new Submission(category, description, coordinate(latitude, "latitude"),
                    coordinate(longitude, "longitude"), address, addressId, given(), null,
                    isSignedOut() ? new Submission.Contact(contactName, email, null) : null, Submission.Source.PORTAL,
                    reporter, null, null), photos.stream().map(p -> new org.citiverse.complaint.domain.Photo(
                    p.contentType(), p.bytes(), p.width(), p.height())).toList(), language.getTag());
            // A visitor has no "My reports": the report's public page is where they follow it.
            return messages.doneThenGo((isSignedOut() ? "/request.xhtml?id=" : "/citizen/report-sent.xhtml?id=")
                    + filed.request().id(), filed.resubmitted() ? "report.sentBefore" : "report.sent",
                    String.valueOf(filed.request().id()));
        } catch (TooManySubmissions e) {
            messages.error(null, "report.tooMany", e.retryAfterSeconds());
        } catch (ComplaintException e) {
            refused(e);
        }
        return null;
    }

    /** A refusal goes back to the page its field is on, with the error on that page's field. */
    private void refused(ComplaintException e) {
        String field = e.field() == null ? "" : e.field();
        String page = switch (field) {
            case "service_code" -> CATEGORY;
            case "lat", "long", "address_string" -> PLACE;
            case "email", "phone", "name" -> CONTACT;
            case "description" -> DESCRIPTION;
            case "photo" -> PHOTOS;
            default -> QUESTION + field;
        };
        if (pages().contains(page)) {
            step = pages().indexOf(page) + 1;
        }
        switch (e.reason()) {
            case ATTRIBUTE_MISSING, ATTRIBUTE_INVALID -> messages.error(answerField(), e.messageKey(),
                    question(field));
            default -> text.refused(e, f -> switch (f) {
                case "service_code" -> "category";
                case "description" -> "description";
                case "photo" -> "photo";
                case "email", "phone" -> "email";
                case "name" -> "contactName";
                case "lat", "long" -> "latitude";
                case "address_string" -> "address";
                default -> null;
            });
        }
    }

    /** The input id of the question on this page: its kind decides the control. */
    public String answerField() {
        CategoryView.Question q = getQuestion();
        return q == null ? null : switch (q.datatype()) {
            case "singlevaluelist" -> "answerChoice";
            case "multivaluelist" -> "answerChoices";
            case "text" -> "answerText";
            default -> "answer";
        };
    }

    private String question(String code) {
        return getQuestions().stream().filter(q -> q.code().equals(code)).map(CategoryView.Question::description)
                .findFirst().orElse(code);
    }

    private Double coordinate(String value, String field) {
        return messages.number(value, field, "report.place.number");
    }

    /** The answers as the service takes them, by question code, for this category's questions only. */
    private Map<String, List<String>> given() {
        Map<String, List<String>> given = new LinkedHashMap<>();
        getQuestions().forEach(q -> given.put(q.code(), answers.getOrDefault(q.code(), List.of())));
        return given;
    }

    /** The answer to this page's question, as one text (text, number, date-time, one of a list). */
    public String getAnswer() {
        List<String> answer = getQuestion() == null ? List.of() : answers.getOrDefault(getQuestion().code(), List.of());
        return answer.isEmpty() ? null : answer.get(0);
    }

    public void setAnswer(String answer) {
        if (getQuestion() != null) {
            answers.put(getQuestion().code(), answer == null ? List.of() : List.of(answer));
        }
    }

    /** The answers to this page's question when several may be ticked. */
    public List<String> getAnswerChoices() {
        return getQuestion() == null ? List.of() : answers.getOrDefault(getQuestion().code(), List.of());
    }

    public void setAnswerChoices(List<String> choices) {
        if (getQuestion() != null) {
            answers.put(getQuestion().code(), choices == null ? List.of() : List.copyOf(choices));
        }
    }

    /** A visitor who is not signed in: they may leave an e-mail address instead. */
    public boolean isSignedOut() {
        return http.getUserPrincipal() == null;
    }

    public String getEmail() {
        return email;
    }

    public void setEmail(String email) {
        this.email = email;
    }

    public String getContactName() {
        return contactName;
    }

    public void setContactName(String contactName) {
        this.contactName = contactName;
    }

    public List<CategoryView> getCategories() {
        return complaints.categories(language.getTag()).stream().filter(c -> !"device-fault".equals(c.code()))
                .toList();
    }

    /**
     * The chosen category in the page's language, read once per category and language: the page
     * asks for it (through its pages and questions) many times while it renders.
     */
    public CategoryView getChosen() {
        String key = category + "/" + language.getTag();
        if (category != null && !key.equals(chosenKey)) {
            chosen = complaints.category(category, language.getTag()).orElse(null);
            chosenKey = key;
        }
        return category == null ? null : chosen;
    }

    public List<CategoryView.Question> getQuestions() {
        CategoryView chosen = getChosen();
        return chosen == null ? List.of() : chosen.questions();
    }

    /** The answer shown on the review: a list answer by its name. */
    public String answerOf(CategoryView.Question q) {
        List<String> keys = answers.getOrDefault(q.code(), List.of());
        return keys.stream().map(k -> q.values().stream().filter(v -> v.key().equals(k)).map(CategoryView.Choice::name)
                .findFirst().orElse(k)).reduce((a, b) -> a + ", " + b).orElse("");
    }

    public int getStep() {
        return step;
    }

    public int getSteps() {
        return pages().size();
    }

    public List<RequestView> getNearby() {
        return nearby;
    }

    public String getCategory() {
        return category;
    }

    public void setCategory(String category) {
        if (category != null && !category.equals(this.category)) {
            answers.clear(); // another category asks other questions
        }
        this.category = category;
    }

    public String getDescription() {
        return description;
    }

    public void setDescription(String description) {
        this.description = description;
    }

    public String getAddress() {
        return address;
    }

    public void setAddress(String address) {
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
