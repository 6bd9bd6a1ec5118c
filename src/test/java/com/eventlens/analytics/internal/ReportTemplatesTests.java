package com.eventlens.analytics.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.ZoneId;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import com.eventlens.people.VisibleEvent;
import com.eventlens.shared.format.FileNames;

/** The templates come compiled from the build, are loaded once; file names are ASCII slugs. */
class ReportTemplatesTests {

    @Test
    void everyTemplateWasCompiledByTheBuildAndIsLoadedOnce() {
        ReportTemplates templates = new ReportTemplates();
        for (String name : ReportTemplates.NAMES) {
            assertThat(getClass().getClassLoader().getResource(ReportTemplates.FOLDER + name + ".jasper"))
                    .as("%s.jasper from the build", name).isNotNull();
            assertThat(templates.get(name)).isSameAs(templates.get(name));
        }
    }

    @Test
    void fileNamesAreAsciiSlugsWithTheDateInTheEventsTimeZoneAndNeverAnId() {
        VisibleEvent event = new VisibleEvent(UUID.fromString("3a7939cf-f7c5-3ea9-9b20-0a5af7c50bc8"),
                "Virtually Live!", ZoneId.of("America/New_York"), Instant.parse("2022-02-02T15:00:00Z"),
                Instant.parse("2022-02-02T21:30:00Z"));
        // 03:30 UTC is still the previous day in New York
        Instant late = Instant.parse("2026-11-25T03:30:00Z");
        assertThat(PdfReports.fileName(event, "person", "Zoë Ångström-Łukasz 王芳", late))
                .isEqualTo("eventlens-virtually-live-zoe-angstrom-lukasz-2026-11-24.pdf");
        assertThat(PdfReports.fileName(event, "person", "王芳", late))
                .isEqualTo("eventlens-virtually-live-person-2026-11-24.pdf");
        assertThat(PdfReports.fileName(event, "session", "Opening Keynote: Ørsted & Æsir", late))
                .isEqualTo("eventlens-virtually-live-opening-keynote-orsted-aesir-2026-11-24.pdf");
        assertThat(FileNames.slug("A very long session name that goes on and on and on forever", "x"))
                .hasSizeLessThanOrEqualTo(40).doesNotEndWith("-");
    }

    @Test
    void rateBarsAreSharedPerWholePercentAndAbsentWhereTheRateIsUndefined() {
        assertThat(RateBar.of(0.454)).isSameAs(RateBar.of(0.449)).isNotSameAs(RateBar.of(0.46));
        assertThat(RateBar.of(null)).isNull();
        assertThat(RateBar.of(1.7)).isSameAs(RateBar.of(1.0));
    }
}
