package org.citiverse.shared.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PhaseEvent;
import jakarta.faces.event.PhaseId;
import jakarta.faces.event.PhaseListener;
import java.security.SecureRandom;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The notice of an action shown on the page it redirects to. The notice waits in the session under
 * a one-time token that the redirect's address carries ({@value #PARAMETER}), and only a page with
 * that address shows it. (The Faces flash hands its messages to whichever request of the session
 * comes next, so a notice could end up on another request and never be seen.)
 */
public class RedirectedNotices implements PhaseListener {

    private static final long serialVersionUID = 1L;
    /** The request parameter that names a waiting notice. */
    static final String PARAMETER = "notice";
    private static final String WAITING = RedirectedNotices.class.getName();
    /** Notices never shown (a redirect not followed) are dropped beyond this many. */
    private static final int MAX_WAITING = 20;
    private static final SecureRandom RANDOM = new SecureRandom();

    /** Keeps a notice for the redirect; answers its token. */
    static String keep(FacesContext faces, String text) {
        String token = Long.toString(RANDOM.nextLong() & Long.MAX_VALUE, 36);
        Map<String, String> waiting = waiting(faces);
        synchronized (waiting) {
            waiting.put(token, text);
            waiting.keySet().removeIf(k -> waiting.size() > MAX_WAITING && !k.equals(token));
        }
        return token;
    }

    @Override
    public void beforePhase(PhaseEvent event) {
        FacesContext faces = event.getFacesContext();
        String token = faces.getExternalContext().getRequestParameterMap().get(PARAMETER);
        if (token == null || faces.getExternalContext().getSession(false) == null) {
            return;
        }
        Map<String, String> waiting = waiting(faces);
        String text;
        synchronized (waiting) {
            text = waiting.remove(token);
        }
        if (text != null) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, text, null));
        }
    }

    @Override
    public void afterPhase(PhaseEvent event) {
        // nothing: notices are added before the page renders
    }

    @Override
    public PhaseId getPhaseId() {
        return PhaseId.RENDER_RESPONSE;
    }

    @SuppressWarnings("unchecked")
    private static Map<String, String> waiting(FacesContext faces) {
        Map<String, Object> session = faces.getExternalContext().getSessionMap();
        synchronized (faces.getExternalContext().getSession(true)) {
            return (Map<String, String>) session.computeIfAbsent(WAITING, k -> new LinkedHashMap<String, String>());
        }
    }
}
