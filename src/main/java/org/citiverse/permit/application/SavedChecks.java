package org.citiverse.permit.application;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.transaction.Transactional;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import org.citiverse.permit.domain.SavedCheck;
import org.citiverse.permit.domain.SavedCheckRepository;
import org.citiverse.shared.application.AddressLookup;
import org.citiverse.shared.domain.JsonText;
import org.citiverse.shared.domain.Sha256;

/**
 * The permit checks citizens keep ("My permit checks"): kept as they were answered, shown only to
 * their owner (another's is "not found"), deleted by the owner. A check kept twice is kept once.
 */
@ApplicationScoped
public class SavedChecks {

    @Inject
    SavedCheckRepository repository;

    @Inject
    CityModel model;

    @Inject
    PermitQuestions questions;

    @Inject
    AddressLookup addresses;

    Clock clock = Clock.systemUTC();

    /** A kept check, and whether this call kept it (false: it was kept before). */
    public record Kept(CheckReport check, boolean created) {
    }

    /**
     * Keeps a check for its owner; the same check (place, activity, answers and answer) kept before
     * is answered instead.
     *
     * @throws TooManySavedChecks when the owner keeps {@link SavedCheck#MAX_PER_OWNER} already
     */
    @Transactional
    public Kept keep(String owner, CheckReport report) {
        String answers = json(report.answers());
        String facts = json(report.facts());
        PermitCheckResult r = report.result();
        String fingerprint = Sha256.hex(String.join("\n", String.valueOf(report.addressId()), report.parcelId(),
                report.activity(), answers, r.outcome(), String.valueOf(r.ruleId()), String.valueOf(r.reason()),
                String.valueOf(r.ruleSetId())));
        Optional<SavedCheck> before = repository.ofOwnerByFingerprint(owner, fingerprint);
        if (before.isPresent()) {
            return new Kept(report(before.get()), false);
        }
        if (repository.countOfOwner(owner) >= SavedCheck.MAX_PER_OWNER) {
            throw new TooManySavedChecks();
        }
        ParcelView.ZoneView zone = report.zone();
        SavedCheck kept = new SavedCheck(new SavedCheck.Subject(owner, report.addressId(), report.parcelId(),
                zone == null ? null : zone.code(), zone == null ? null : zone.name(), zone == null ? null : zone.type(),
                report.activity()), new SavedCheck.Answer(answers, facts, r.outcome(), r.ruleId(), r.reason(),
                r.ruleSetId(), r.ruleSetVersion()), fingerprint, clock.instant());
        repository.add(kept);
        return new Kept(report.saved(kept.id(), kept.createdAt()), true);
    }

    /** The owner's kept checks, newest first. */
    @Transactional
    public List<CheckReport> of(String owner) {
        return repository.ofOwner(owner, SavedCheck.MAX_PER_OWNER).stream().map(this::report).toList();
    }

    /** The owner's kept check; empty for another's or none. */
    @Transactional
    public Optional<CheckReport> of(String owner, UUID id) {
        return repository.ofOwner(owner, id).map(this::report);
    }

    /** Deletes the owner's kept check; false for another's or none. */
    @Transactional
    public boolean delete(String owner, UUID id) {
        Optional<SavedCheck> check = repository.ofOwner(owner, id);
        check.ifPresent(repository::remove);
        return check.isPresent();
    }

    private CheckReport report(SavedCheck c) {
        SavedCheck.Subject s = c.subject();
        SavedCheck.Answer a = c.answer();
        Optional<ParcelView> parcel = model.parcel(s.parcelId());
        // The zone as it was named when checked; its limits as the model now knows them (the facts keep those used).
        ParcelView.ZoneView now = parcel.map(ParcelView::zone).orElse(null);
        ParcelView.ZoneView zone = s.zoneCode() == null ? null : now != null && now.code().equals(s.zoneCode()) ? now
                : new ParcelView.ZoneView(s.zoneCode(), s.zoneType(), s.zoneName(), null, null, null, false, false, false);
        PermitCheckResult result = new PermitCheckResult(a.outcome(), a.ruleId(), a.reason(), a.ruleSetId(),
                a.ruleSetVersion());
        return new CheckReport(s.addressId(), s.addressId() == null ? null
                : addresses.find(s.addressId()).map(AddressLookup.AddressMatch::label).orElse(null), s.parcelId(),
                parcel.map(ParcelView::areaM2).orElse(null), parcel.map(ParcelView::buildings).orElse(List.of()), zone,
                s.activity(), values(a.answers()), values(a.facts()), result,
                questions.ofRuleSet(a.ruleSetId()).map(Questionnaire::effectiveFrom).orElse(null), c.id(),
                c.createdAt());
    }

    static String json(Map<String, Object> values) {
        JsonObjectBuilder b = JsonText.JSON.createObjectBuilder();
        values.forEach((k, v) -> {
            if (v instanceof BigDecimal d) {
                b.add(k, d);
            } else if (v instanceof Number n) {
                b.add(k, new BigDecimal(n.toString()));
            } else if (v instanceof Boolean t) {
                b.add(k, t);
            } else if (v != null) {
                b.add(k, v.toString());
            }
        });
        return b.build().toString();
    }

    static Map<String, Object> values(String json) {
        JsonObject o = JsonText.object(json);
        Map<String, Object> values = new LinkedHashMap<>();
        o.forEach((k, v) -> values.put(k, switch (v.getValueType()) {
            case NUMBER -> ((JsonNumber) v).bigDecimalValue();
            case STRING -> ((JsonString) v).getString();
            case TRUE -> Boolean.TRUE;
            case FALSE -> Boolean.FALSE;
            default -> JsonValue.NULL.toString();
        }));
        return values;
    }
}
