package com.eventlens.analytics.internal;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.function.IntFunction;

import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.JRField;

/**
 * A JasperReports data source over records, each report field read by a function of the record. The rows come
 * in pages fetched while the report fills, so that a table of 100,000 attendees is never a list in memory.
 */
final class Rows<T> implements JRDataSource {

    private final IntFunction<List<T>> pages;
    private final int pageSize;
    private final Map<String, Function<T, ?>> fields = new LinkedHashMap<>();
    private List<T> page = List.of();
    private int pageNumber = -1;
    private int next;
    private boolean lastPage;
    private T current;

    private Rows(IntFunction<List<T>> pages, int pageSize) {
        this.pages = pages;
        this.pageSize = pageSize;
    }

    /** Rows already at hand. */
    static <T> Rows<T> of(List<T> rows) {
        return new Rows<>(number -> number == 0 ? rows : List.of(), Integer.MAX_VALUE);
    }

    /** Rows fetched page by page (page number from 0); a page shorter than {@code pageSize} is the last. */
    static <T> Rows<T> paged(IntFunction<List<T>> pages, int pageSize) {
        return new Rows<>(pages, pageSize);
    }

    Rows<T> field(String name, Function<T, ?> value) {
        fields.put(name, value);
        return this;
    }

    @Override
    public boolean next() {
        while (next >= page.size()) {
            if (lastPage) {
                return false;
            }
            page = pages.apply(++pageNumber);
            next = 0;
            lastPage = page.size() < pageSize;
        }
        current = page.get(next++);
        return true;
    }

    @Override
    public Object getFieldValue(JRField field) {
        Function<T, ?> value = fields.get(field.getName());
        if (value == null) {
            throw new IllegalStateException("The report asks for a field " + field.getName() + " that its data lacks");
        }
        return value.apply(current);
    }
}
