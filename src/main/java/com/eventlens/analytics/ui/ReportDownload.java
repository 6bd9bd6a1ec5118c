package com.eventlens.analytics.ui;

import java.io.IOException;
import java.util.Optional;

import com.eventlens.analytics.PdfReport;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.AbstractDownloadHandler;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.TransferContext;

/**
 * "Download report": a link the browser follows as a real download of the PDF, made when it is asked for (with
 * the numbers of that moment and the signed-in account's access), and a progress indicator while it renders.
 */
final class ReportDownload extends Div {

    private final Anchor link;
    private final Div busy;

    ReportDownload(String label, SerializableSupplier<Optional<PdfReport>> report) {
        addClassName("report-download");
        link = new Anchor(new Handler(report)
                .whenStart(() -> rendering(true))
                .whenComplete(this::done), "");
        link.add(VaadinIcon.DOWNLOAD_ALT.create(), new Span(label));
        link.addClassName("report-download-link");
        ProgressBar progress = new ProgressBar();
        progress.setIndeterminate(true);
        busy = new Div(progress, new Span("Preparing the PDF…"));
        busy.addClassName("report-download-busy");
        busy.setVisible(false);
        add(link, busy);
    }

    private void rendering(boolean rendering) {
        busy.setVisible(rendering);
        link.getElement().setAttribute("aria-busy", String.valueOf(rendering));
        link.getElement().getClassList().set("rendering", rendering);
    }

    private void done(boolean succeeded) {
        rendering(false);
        if (!succeeded) {
            Notification.show("The report could not be made. Please try again.", 5000, Notification.Position.BOTTOM_END)
                    .addThemeVariants(NotificationVariant.LUMO_ERROR);
        }
    }

    /** Writes the PDF straight to the response as it is exported; tells the view when it starts and ends. */
    private static final class Handler extends AbstractDownloadHandler<Handler> {

        private final SerializableSupplier<Optional<PdfReport>> report;

        Handler(SerializableSupplier<Optional<PdfReport>> report) {
            this.report = report;
        }

        @Override
        public void handleDownloadRequest(DownloadEvent download) throws IOException {
            TransferContext context = getTransferContext(download);
            getListeners().forEach(listener -> listener.onStart(context));
            try {
                PdfReport pdf = report.get().orElseThrow(() -> new IOException("The report is no longer available"));
                download.setFileName(pdf.fileName());
                download.setContentType(PdfReport.CONTENT_TYPE);
                CountingStream out = new CountingStream(download.getOutputStream());
                pdf.writeTo(out);
                out.flush();
                getListeners().forEach(listener -> listener.onComplete(context, out.count));
            } catch (IOException | RuntimeException e) {
                IOException failure = e instanceof IOException io ? io : new IOException(e);
                notifyError(download, failure);
                throw failure;
            }
        }
    }

    /** Counts the bytes written, for the listeners' "complete" callback. */
    private static final class CountingStream extends java.io.FilterOutputStream {

        long count;

        CountingStream(java.io.OutputStream out) {
            super(out);
        }

        @Override
        public void write(int b) throws IOException {
            out.write(b);
            count++;
        }

        @Override
        public void write(byte[] bytes, int offset, int length) throws IOException {
            out.write(bytes, offset, length);
            count += length;
        }
    }
}
