package org.citiverse.identity.infrastructure;

import com.ibm.websphere.security.openidconnect.PropagationHelper;
import com.ibm.websphere.security.openidconnect.token.IdToken;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.citiverse.identity.application.IdentityProvider;
import org.citiverse.identity.application.SignInClaims;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Reads the ID token the server's OpenID Connect client keeps with the signed-in person. In the
 * development configuration that client is not installed and its API classes are missing: only
 * the nested {@link ServerApi} touches them, so this bean still loads and reports no claims.
 */
@ApplicationScoped
public class LibertyOpenIdConnect implements IdentityProvider {

    private static final Logger LOG = Logger.getLogger(LibertyOpenIdConnect.class.getName());

    /** Server variables of the production configuration (environments/production.xml). */
    @Inject
    @ConfigProperty(name = "oidc.end.session.endpoint")
    Optional<String> endSessionEndpoint;

    @Inject
    @ConfigProperty(name = "oidc.client.id")
    Optional<String> clientId;

    @Inject
    @ConfigProperty(name = "portal.url")
    Optional<String> portalUrl;

    /** RP-initiated logout (OpenID Connect RP-Initiated Logout 1.0): the provider ends its session too. */
    @Override
    public Optional<String> signOutUrl(String idTokenHint, String returnPath) {
        if (idTokenHint == null || endSessionEndpoint.isEmpty() || portalUrl.isEmpty() || clientId.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(endSessionEndpoint.get() + "?id_token_hint=" + encode(idTokenHint)
                + "&client_id=" + encode(clientId.get())
                + "&post_logout_redirect_uri=" + encode(portalUrl.get() + returnPath));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Override
    public SignInClaims currentClaims() {
        try {
            return ServerApi.claims();
        } catch (LinkageError noOpenIdConnectClient) {
            return SignInClaims.none();
        } catch (Exception e) {
            // The kind of failure only: the token itself must never reach the log.
            LOG.log(Level.WARNING, "Sign-in claims unreadable: {0}", e.getClass().getName());
            return SignInClaims.none();
        }
    }

    private static final class ServerApi {

        static SignInClaims claims() throws Exception {
            IdToken token = PropagationHelper.getIdToken();
            return token == null ? SignInClaims.none()
                    : new SignInClaims(name(token), strings(token.getClaim("departments")), token.getRawIdToken());
        }

        private static String name(IdToken token) {
            for (String claim : new String[] {"name", "preferred_username"}) {
                if (token.getClaim(claim) instanceof String value && !value.isBlank()) {
                    return value;
                }
            }
            return null;
        }

        private static List<String> strings(Object claim) {
            if (claim instanceof Collection<?> values) {
                return values.stream().map(String::valueOf).toList();
            }
            return claim instanceof String single ? List.of(single) : List.of();
        }
    }
}
