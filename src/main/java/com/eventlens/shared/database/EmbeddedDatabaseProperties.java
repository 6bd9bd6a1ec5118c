package com.eventlens.shared.database;

import java.nio.file.Path;
import java.util.Map;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.boot.context.properties.bind.validation.ValidationBindHandler;
import org.springframework.core.env.Environment;
import org.springframework.validation.beanvalidation.SpringValidatorAdapter;

import jakarta.validation.Validation;
import jakarta.validation.ValidatorFactory;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

/**
 * The embedded PostgreSQL that runs when no {@code spring.datasource.url} is set (decision records 2 and 9). Bound
 * by {@link EmbeddedDatabaseEnvironment} before the application context exists, with the same checks a
 * {@code @Validated} bean would get, so that a bad value stops the start with the property's name.
 *
 * @param enabled       whether to start it at all ({@code false}: a datasource must be configured)
 * @param port          the port of the kept database
 * @param dataDirectory where the kept database keeps its data (and, beside it, its passwords)
 * @param ephemeral     a throw-away database on a free port, deleted at exit, instead of the kept one (the tests)
 * @param settings      PostgreSQL server settings by name (e.g. {@code shared_buffers}), over those the console picks
 *                      for this machine (decision record 15)
 */
@ConfigurationProperties(EmbeddedDatabaseProperties.PREFIX)
public record EmbeddedDatabaseProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("54329") @Min(1) @Max(65535) int port,
        @DefaultValue(".eventlens/postgres") @NotNull Path dataDirectory,
        @DefaultValue("false") boolean ephemeral,
        @DefaultValue Map<String, @NotBlank String> settings) {

    public static final String PREFIX = "eventlens.embedded-database";

    /** The settings of an environment that has no application context yet; a bad value is an exception. */
    static EmbeddedDatabaseProperties of(Environment environment) {
        try (ValidatorFactory validation = Validation.buildDefaultValidatorFactory()) {
            return Binder.get(environment).bindOrCreate(PREFIX, Bindable.of(EmbeddedDatabaseProperties.class),
                    new ValidationBindHandler(new SpringValidatorAdapter(validation.getValidator())));
        }
    }
}
