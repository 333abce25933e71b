package org.citiverse.complaint.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.util.Objects;
import java.util.UUID;
import org.citiverse.shared.domain.PlainText;

/** An answer staff give often, in both languages, with the status it usually goes with (or none). */
@Entity
@Table(name = "complaint_template")
public class ResponseTemplate {

    @Id
    private UUID id;

    @Column(name = "title", nullable = false, length = 80)
    private String title;

    @Column(name = "text_en", nullable = false, length = RequestUpdate.MAX_NOTE)
    private String textEn;

    @Column(name = "text_nl", nullable = false, length = RequestUpdate.MAX_NOTE)
    private String textNl;

    @Enumerated(EnumType.STRING)
    @Column(name = "status", length = 20)
    private RequestStatus status;

    @Version
    private int version;

    protected ResponseTemplate() {
        // for JPA
    }

    public ResponseTemplate(String title, String textEn, String textNl, RequestStatus status) {
        this.title = PlainText.clean(title, 80);
        this.textEn = RequestUpdate.note(textEn);
        this.textNl = RequestUpdate.note(textNl);
        if (this.title == null || this.textEn == null || this.textNl == null) {
            throw new ComplaintException(ComplaintException.Reason.TEMPLATE_INVALID, this.title == null ? "title"
                    : this.textEn == null ? "textEn" : "textNl");
        }
        if (status == RequestStatus.WITHDRAWN) {
            throw new ComplaintException(ComplaintException.Reason.STATUS_INVALID, "templateStatus");
        }
        this.id = UUID.randomUUID();
        this.status = status;
    }

    public UUID id() {
        return id;
    }

    public String title() {
        return title;
    }

    public String text(String language) {
        return "nl".equals(language) ? textNl : textEn;
    }

    public RequestStatus status() {
        return status;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof ResponseTemplate t && Objects.equals(id, t.id);
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(id);
    }
}
