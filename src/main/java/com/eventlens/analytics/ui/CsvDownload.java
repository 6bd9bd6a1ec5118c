package com.eventlens.analytics.ui;

import java.io.IOException;
import java.util.Optional;

import com.eventlens.analytics.CsvFile;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;

/** "Export CSV": the file made when the browser asks for it, with the rows and the account's access of that moment. */
final class CsvDownload {

    private CsvDownload() {
    }

    static DownloadHandler of(SerializableSupplier<Optional<CsvFile>> export) {
        return download -> {
            CsvFile csv = export.get().orElseThrow(() -> new IOException("The table is no longer available"));
            download.setFileName(csv.fileName());
            download.setContentType(CsvFile.CONTENT_TYPE);
            csv.writeTo(download.getOutputStream());
        };
    }
}
