package org.citiverse.permit.application;

import java.util.Optional;

/**
 * Where a check saved earlier by a citizen can be found again, so an application can be made from its
 * id ({@code /citizen/permit-application.xhtml?check=<id>}, or {@code checkId} in the API). The saved
 * checks live elsewhere in the permit context; an implementation hands back the parameters the check
 * was made with, only for the citizen who saved it. Without an implementation, applications are made
 * from the parameters themselves.
 */
public interface CheckSnapshotSource {

    /** The parameters of the saved check {@code checkId} of {@code subject}; empty when there is none of theirs. */
    Optional<CheckParameters> parameters(String checkId, String subject);
}
