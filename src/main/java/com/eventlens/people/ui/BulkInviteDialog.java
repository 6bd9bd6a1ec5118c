package com.eventlens.people.ui;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.UUID;
import java.util.function.Consumer;

import org.springframework.core.io.FileSystemResource;

import com.eventlens.people.BulkInviteResult;
import com.eventlens.people.BulkInviteResult.Problem;
import com.eventlens.people.PeopleManagement;
import com.eventlens.shared.format.Formats;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Code;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Bulk invite: upload a CSV file of people. A file with any bad row invites nobody, and the dialog lists every
 * bad row with its line and reason so that the file can be fixed and uploaded again.
 */
class BulkInviteDialog extends Dialog {

    static final String TEMPLATE = "first_name,last_name,email,roles,title,company,industry,country\n"
            + "Abbie,Wilson,abbie.wilson@example.com,Attendee,Product manager,Kaltura,Video,US\n"
            + "Julian,Lang,julian.lang@example.com,Speaker|Moderator,Director of Marketing Strategy,Kaltura,Video,DE\n";

    final Upload upload;
    final Div result = new Div();
    final Grid<Problem> problems = new Grid<>();

    BulkInviteDialog(PeopleManagement people, UUID eventId, Consumer<Integer> invited) {
        setHeaderTitle("Bulk invite");
        addClassName("bulk-invite-dialog");
        setWidth("min(720px, 95vw)");

        Paragraph explanation = new Paragraph();
        explanation.add(new Span("Upload a CSV file (UTF-8) with this header row and one person a row: "),
                new Code("first_name,last_name,email,roles,title,company,industry,country"),
                new Span(". Separate several roles with | (Speaker|Moderator); an empty roles cell means Attendee. "
                        + "Country is a two-letter code such as US. If any row is wrong, nobody is invited and every "
                        + "wrong row is listed here."));
        explanation.addClassName("bulk-invite-help");

        Anchor template = new Anchor(DownloadHandler.fromInputStream(download -> new com.vaadin.flow.server.streams
                .DownloadResponse(new java.io.ByteArrayInputStream(TEMPLATE.getBytes(StandardCharsets.UTF_8)),
                "eventlens-bulk-invite-template.csv", "text/csv", TEMPLATE.length())), "");
        template.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span("Download a template"));
        template.addClassName("template-link");

        upload = new Upload(UploadHandler.toTempFile((metadata, file) -> {
            try {
                show(people.bulkInvite(eventId, new FileSystemResource(file)), invited);
            } finally {
                delete(file);
            }
        }));
        upload.setAcceptedFileTypes(".csv", "text/csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize((int) PeopleManagement.MAX_BULK_INVITE_BYTES);
        upload.setDropLabel(new Span("Drop a CSV file here"));
        Button choose = new Button("Choose CSV file…", VaadinIcon.UPLOAD.create());
        upload.setUploadButton(choose);
        upload.addFileRejectedListener(rejected -> showError(rejected.getErrorMessage()));
        upload.addClassName("bulk-upload");

        problems.addColumn(Problem::line).setHeader("Line").setWidth("90px").setFlexGrow(0);
        problems.addColumn(Problem::reason).setHeader("Problem").setFlexGrow(1);
        problems.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT,
                GridVariant.LUMO_ROW_STRIPES);
        problems.addClassName("bulk-problems");
        result.addClassName("bulk-result");

        add(explanation, template, upload, result);
        Button close = new Button("Close", click -> close());
        getFooter().add(close);
    }

    private void show(BulkInviteResult outcome, Consumer<Integer> invited) {
        result.removeAll();
        if (outcome.succeeded()) {
            close();
            invited.accept(outcome.invited());
            return;
        }
        int bad = outcome.problems().size();
        Div summary = new Div(VaadinIcon.WARNING.create(), new Span("Nothing was imported: "
                + (bad == 1 ? "1 row needs" : Formats.count(bad) + " rows need")
                + " fixing. Correct the file and upload it again."));
        summary.addClassName("bulk-summary");
        problems.setItems(outcome.problems());
        problems.setAllRowsVisible(bad <= 8);
        problems.setHeight(bad <= 8 ? null : "320px");
        result.add(summary, problems);
        upload.clearFileList();
    }

    private void showError(String message) {
        result.removeAll();
        Div summary = new Div(VaadinIcon.WARNING.create(), new Span(message));
        summary.addClassName("bulk-summary");
        result.add(summary);
    }

    private static void delete(File file) {
        try {
            Files.deleteIfExists(file.toPath());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
