package org.citiverse.permit.interfaces.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;
import org.citiverse.permit.application.AnswerException;
import org.citiverse.permit.application.CheckInputs;
import org.citiverse.permit.application.CheckReport;
import org.citiverse.permit.application.PermitJourney;
import org.citiverse.permit.application.SavedChecks;
import org.citiverse.permit.application.TooManySavedChecks;
import org.citiverse.permit.domain.CityModelException;
import org.citiverse.permit.domain.SavedCheck;
import org.citiverse.shared.domain.Uuids;
import org.citiverse.shared.interfaces.web.PageMessages;

/**
 * A check's answer on a page of its own, to print or keep: a check not kept from its link's
 * parameters (address or position, activity, {@code q.<name>} answers: anyone, nothing stored),
 * or a kept one by its id (its owner only; another's is "not found").
 */
@Named("permitResultPage")
@RequestScoped
public class PermitResultPage {

    @Inject
    PermitJourney journey;

    @Inject
    SavedChecks saved;

    @Inject
    PageMessages messages;

    @Inject
    HttpServletRequest http;

    private CheckReport report;
    private CheckInputs inputs;
    private boolean read;

    /** The check not kept, from the link's parameters; null (with the problem said) when they make no check. */
    public CheckReport getReport() {
        if (!read) {
            read = true;
            Map<String, String> p = new LinkedHashMap<>();
            http.getParameterMap().forEach((k, v) -> {
                if (v.length > 0 && (k.startsWith(PermitJourney.ANSWER_PREFIX) || k.equals("addressId")
                        || k.equals("latitude") || k.equals("longitude") || k.equals("activity"))) {
                    p.put(k, v[0]);
                }
            });
            try {
                inputs = journey.fromParameters(p);
                report = journey.check(inputs);
            } catch (CityModelException | AnswerException e) {
                messages.error(null, "permit.result.incomplete");
            }
        }
        return report;
    }

    /** A kept check of the signed-in citizen by the {@code id} parameter; null for another's or none. */
    public CheckReport getSaved() {
        if (!read) {
            read = true;
            UUID id = Uuids.parse(http.getParameter("id")).orElse(null);
            report = id == null ? null : saved.of(http.getUserPrincipal().getName(), id).orElse(null);
        }
        return report;
    }

    /** Before the page is drawn: the 404 page for a check that is not the citizen's (or none). */
    public void loadSaved() {
        if (getSaved() == null) {
            messages.notFound();
        }
    }

    /** The link parameters of the check shown (not kept). */
    public String getLinkQuery() {
        return inputs == null ? "" : PermitJourney.parameters(inputs).entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    /** The link parameters of the check shown (not kept), for the form that keeps it. */
    public java.util.List<Map.Entry<String, String>> getLinkParameters() {
        return inputs == null ? java.util.List.of() : java.util.List.copyOf(PermitJourney.parameters(inputs).entrySet());
    }

    /** Keeps the check of this link for the signed-in citizen. */
    public String save() {
        if (!http.isUserInRole("citizen") || getReport() == null) {
            return null;
        }
        try {
            SavedChecks.Kept kept = journey.save(http.getUserPrincipal().getName(), inputs);
            return messages.doneThenGo("/citizen/permit-check.xhtml?id=" + kept.check().savedId(),
                    kept.created() ? "permit.saved" : "permit.savedBefore");
        } catch (TooManySavedChecks e) {
            messages.error(null, "permit.saved.tooMany", SavedCheck.MAX_PER_OWNER);
            return null;
        }
    }

    /** Deletes the kept check shown (its owner), then goes to the list. */
    public String delete() {
        UUID id = Uuids.parse(http.getParameter("delete")).orElse(null);
        if (id != null && saved.delete(http.getUserPrincipal().getName(), id)) {
            return messages.doneThenGo("/citizen/permit-checks.xhtml", "permit.deleted");
        }
        messages.error(null, "permit.deleted.notFound");
        return null;
    }

    /** Signing in comes back to this page, where the check can then be kept. */
    public String getSignInToSave() {
        return http.getContextPath() + "/account/?next=" + URLEncoder.encode("/permit-check-result.xhtml?"
                + getLinkQuery(), StandardCharsets.UTF_8);
    }

    public boolean isSignedIn() {
        return http.getUserPrincipal() != null;
    }

    public boolean isCitizen() {
        return http.isUserInRole("citizen");
    }
}
