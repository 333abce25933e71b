package org.citiverse.complaint.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.audit.application.AuditLog;
import org.citiverse.audit.application.Caller;
import org.citiverse.complaint.domain.ApiKey;
import org.citiverse.complaint.domain.ComplaintException;
import org.citiverse.complaint.domain.ComplaintRepository;

/** Open311 API keys of third-party apps: made and revoked by city administrators, audited. */
@ApplicationScoped
public class ApiKeyService {

    @Inject
    ComplaintRepository repository;

    @Inject
    AuditLog audit;

    @Inject
    Caller caller;

    Clock clock = Clock.systemUTC();

    @Transactional
    public NewApiKey create(String appName) {
        ApiKey.Issued issued = ApiKey.issue(appName, caller.subject(), clock.instant());
        repository.add(issued.entity());
        audit.record("complaint.api-key-created", "open311-key", issued.entity().id().toString(),
                "app " + issued.entity().name());
        return new NewApiKey(issued.entity().id(), issued.entity().name(), issued.key());
    }

    @Transactional
    public List<ApiKeyView> all() {
        return repository.keys().stream().sorted(Comparator.comparing(ApiKey::createdAt)).map(ApiKeyService::view)
                .toList();
    }

    @Transactional
    public ApiKeyView revoke(UUID id) {
        ApiKey key = repository.key(id).orElseThrow(() -> new ComplaintException(ComplaintException.Reason.NOT_FOUND));
        key.revoke(clock.instant());
        audit.record("complaint.api-key-revoked", "open311-key", id.toString(), "app " + key.name());
        return view(key);
    }

    /** The active key with this clear text, if any. */
    @Transactional
    public Optional<ApiKeyView> authenticate(String key) {
        if (key == null || key.isBlank() || key.length() > 200) {
            return Optional.empty();
        }
        return repository.keyByHash(ApiKey.hash(key.strip())).filter(ApiKey::active).map(ApiKeyService::view);
    }

    private static ApiKeyView view(ApiKey k) {
        return new ApiKeyView(k.id(), k.name(), k.createdBy(), k.createdAt(), k.revokedAt());
    }
}
