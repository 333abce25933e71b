package org.citiverse.permit.interfaces.web;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.UncheckedIOException;
import java.util.Locale;
import org.citiverse.permit.application.CityModelImport;
import org.citiverse.permit.application.CityModelOverview;
import org.citiverse.permit.application.ImportReport;
import org.citiverse.permit.domain.CityModelException;
import org.citiverse.shared.interfaces.web.PageMessages;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * City administrators: what the city model holds (counts, the zones with their limits) and an
 * import per kind (a GeoJSON file), whose report lists each feature left out with why.
 */
@Named("permitCityModelPage")
@ViewScoped
public class PermitCityModelPage implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    CityModelOverview overview;

    @Inject
    CityModelImport importer;

    @Inject
    PageMessages messages;

    @Inject
    @ConfigProperty(name = "permit.import.max.bytes", defaultValue = "20971520")
    long maxImportBytes;

    private transient Part file;
    private transient CityModelOverview.Summary summary;
    private transient ImportReport report;
    private transient String reportKind;

    public CityModelOverview.Summary getSummary() {
        if (summary == null) {
            summary = overview.summary();
        }
        return summary;
    }

    /** Imports the file of the form sent (its hidden kind: parcels, zones or buildings). */
    public String importFile() {
        String kind = FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("kind");
        for (CityModelImport.Kind k : CityModelImport.Kind.values()) {
            String name = k.name().toLowerCase(Locale.ROOT);
            if (name.equals(kind)) {
                return importFile(k, file, name + "File");
            }
        }
        return null;
    }

    private String importFile(CityModelImport.Kind kind, Part file, String field) {
        if (!Uploads.given(file)) {
            messages.error(field, "permit.admin.error.file-missing");
            return null;
        }
        if (file.getSize() > maxImportBytes) {
            messages.error(field, "permit.admin.error.file-too-large", Uploads.megabytes(maxImportBytes));
            return null;
        }
        try (InputStream in = file.getInputStream()) {
            report = importer.importFeatures(kind, in);
            reportKind = kind.name().toLowerCase(Locale.ROOT);
            summary = null;
            messages.notice("permit.admin.import.done", messages.text("permit.admin.kind." + reportKind),
                    report.accepted(), report.rejectedCount());
        } catch (CityModelException e) {
            messages.error(field, e.messageKey());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return null;
    }

    public ImportReport getReport() {
        return report;
    }

    public String getReportKind() {
        return reportKind;
    }

    public long getMaxImportMegabytes() {
        return Uploads.megabytes(maxImportBytes);
    }

    public Part getFile() {
        return file;
    }

    public void setFile(Part file) {
        this.file = file;
    }
}
