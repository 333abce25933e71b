package org.citiverse.shared.domain;

import java.util.Locale;

/**
 * A business rule a request broke. Its message key names the rule in the portal's bundles
 * ({@code <prefix>.error.<reason>}), so pages explain it in the person's language.
 */
public abstract class RuleViolation extends RuntimeException {

    private static final long serialVersionUID = 1L;

    protected RuleViolation(String prefix, Enum<?> reason) {
        super(prefix + ".error." + reason.name().toLowerCase(Locale.ROOT).replace('_', '-'));
    }

    /** The bundle key of the explanation, e.g. {@code household.error.owner-stays}. */
    public String messageKey() {
        return getMessage();
    }
}
