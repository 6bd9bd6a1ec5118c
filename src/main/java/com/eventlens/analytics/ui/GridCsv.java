package com.eventlens.analytics.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

import com.eventlens.analytics.CsvFile;
import com.eventlens.shared.csv.CsvExport;
import com.eventlens.shared.ui.ExportLink;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.function.SerializableSupplier;
import com.vaadin.flow.server.streams.DownloadHandler;

/**
 * "Export CSV" of a table held in memory (the analytics lists, User analytics' tables): its rows exactly as the grid
 * shows them at the moment of the click — its search and its sort — one CSV row each, with exact numbers. The lazy
 * tables of many people export through {@link com.eventlens.analytics.CsvExports} instead.
 */
final class GridCsv<T> implements Serializable {

    private final Grid<T> grid;
    private final SerializableSupplier<String> fileName;
    private final String[] header;
    private final SerializableFunction<T, Object[]> row;

    /**
     * @param fileName the file's name at the moment of the click ({@link com.eventlens.shared.format.FileNames})
     * @param row      a row's cells, in the order of {@code header}
     */
    GridCsv(Grid<T> grid, SerializableSupplier<String> fileName, List<String> header,
            SerializableFunction<T, Object[]> row) {
        this.grid = grid;
        this.fileName = fileName;
        this.header = header.toArray(String[]::new);
        this.row = row;
    }

    /** The "Export CSV" link of the table. */
    Anchor link() {
        return ExportLink.of(handler());
    }

    DownloadHandler handler() {
        return download -> {
            // The download runs outside the page's lock: read what the page shows under it, once.
            List<T> rows = new ArrayList<>();
            String[] name = new String[1];
            download.getUI().accessSynchronously(() -> {
                rows.addAll(shownRows());
                name[0] = fileName.get();
            });
            download.setFileName(name[0]);
            download.setContentType(CsvFile.CONTENT_TYPE);
            write(rows, download.getOutputStream());
        };
    }

    /** The rows as the grid shows them: filtered and sorted. Call with the page's lock held. */
    List<T> shownRows() {
        return grid.getListDataView().getItems().toList();
    }

    String fileName() {
        return fileName.get();
    }

    void write(List<T> rows, OutputStream out) throws IOException {
        CsvExport csv = CsvExport.start(out, header);
        for (T shown : rows) {
            csv.row(row.apply(shown));
        }
        csv.flush();
    }
}
