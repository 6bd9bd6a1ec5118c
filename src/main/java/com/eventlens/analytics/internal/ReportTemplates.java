package com.eventlens.analytics.internal;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;

import org.springframework.stereotype.Component;

import net.sf.jasperreports.engine.DefaultJasperReportsContext;
import net.sf.jasperreports.engine.JRException;
import net.sf.jasperreports.engine.JasperCompileManager;
import net.sf.jasperreports.engine.JasperReport;
import net.sf.jasperreports.engine.JasperReportsContext;
import net.sf.jasperreports.engine.design.JRJdk13Compiler;
import net.sf.jasperreports.engine.util.JRLoader;
import net.sf.jasperreports.engine.util.JRSaver;
import net.sf.jasperreports.engine.xml.JRXmlLoader;

/**
 * The reports' JasperReports templates. The build compiles each {@code .jrxml} once into a {@code .jasper} beside
 * it ({@link #main}, run by the exec plugin in {@code process-classes}); here each is loaded once, on first use,
 * and kept. Nothing is compiled per request. Only where the build's step did not run (an IDE's own build) is a
 * template compiled here, once, from its {@code .jrxml}.
 */
@Component
class ReportTemplates {

    static final String FOLDER = "com/eventlens/analytics/reports/";
    static final List<String> NAMES = List.of("event", "user", "user-attachments", "user-sessions", "user-videos", "session",
            "video");

    private final Map<String, JasperReport> loaded = new ConcurrentHashMap<>();

    JasperReport get(String name) {
        if (!NAMES.contains(name)) {
            throw new IllegalArgumentException("No report template " + name);
        }
        return loaded.computeIfAbsent(name, ReportTemplates::load);
    }

    private static JasperReport load(String name) {
        ClassLoader classes = ReportTemplates.class.getClassLoader();
        try (InputStream compiled = classes.getResourceAsStream(FOLDER + name + ".jasper")) {
            if (compiled != null) {
                return (JasperReport) JRLoader.loadObject(compiled);
            }
            try (InputStream source = classes.getResourceAsStream(FOLDER + name + ".jrxml")) {
                if (source == null) {
                    throw new IllegalStateException("Report template " + FOLDER + name + ".jrxml is missing");
                }
                return JasperCompileManager.compileReport(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (JRException e) {
            throw new IllegalStateException("Report template " + name + " cannot be loaded", e);
        }
    }

    /**
     * The build step: compiles every template under {@code <classes directory>/com/eventlens/analytics/reports}
     * whose {@code .jasper} is missing or older than its {@code .jrxml}. The expressions are compiled for the
     * application's Java release (second argument), not for the JDK that happens to run the build.
     */
    public static void main(String[] args) throws Exception {
        Path folder = Path.of(args[0]).resolve(FOLDER);
        String release = args.length > 1 ? args[1] : ReleaseCompiler.DEFAULT_RELEASE;
        System.setProperty(ReleaseCompiler.RELEASE_PROPERTY, release);
        var compiler = new ReleaseCompiler(DefaultJasperReportsContext.getInstance());
        int compiledCount = 0;
        for (String name : NAMES) {
            Path source = folder.resolve(name + ".jrxml");
            Path target = folder.resolve(name + ".jasper");
            if (Files.exists(target) && Files.getLastModifiedTime(target).compareTo(Files.getLastModifiedTime(source)) > 0) {
                continue;
            }
            try (InputStream in = Files.newInputStream(source)) {
                JRSaver.saveObject(compiler.compileReport(JRXmlLoader.load(in)), target.toFile());
            } catch (JRException | RuntimeException e) {
                throw new IllegalStateException("Cannot compile report template " + source, e);
            }
            compiledCount++;
        }
        System.out.println("Report templates: " + compiledCount + " compiled, " + (NAMES.size() - compiledCount)
                + " up to date (Java release " + release + ")");
    }

    /**
     * JasperReports' javax.tools compiler, with {@code --release}: the build JDK may be newer than the runtime.
     * Public with this constructor because a compiled template names its compiler, and JasperReports creates one
     * by reflection to load the template's expressions when it fills.
     */
    public static final class ReleaseCompiler extends JRJdk13Compiler {

        static final String RELEASE_PROPERTY = "eventlens.reports.release";
        static final String DEFAULT_RELEASE = "21";

        private final String release;

        public ReleaseCompiler(JasperReportsContext context) {
            super(context);
            this.release = System.getProperty(RELEASE_PROPERTY, DEFAULT_RELEASE);
        }

        @Override
        public String compileClasses(File[] sourceFiles, String classpath) {
            JavaCompiler javac = ToolProvider.getSystemJavaCompiler();
            if (javac == null) {
                return "No Java compiler: compiling the report templates needs a JDK, not a JRE";
            }
            List<String> arguments = new ArrayList<>(List.of("--release", release, "-nowarn", "-classpath", classpath));
            for (File file : sourceFiles) {
                arguments.add(file.getPath());
            }
            ByteArrayOutputStream messages = new ByteArrayOutputStream();
            int status = javac.run(null, messages, messages, arguments.toArray(String[]::new));
            return status == 0 ? null : messages.toString(StandardCharsets.UTF_8);
        }
    }
}
