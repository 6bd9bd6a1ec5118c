package com.eventlens.console.internal;

import org.springframework.boot.jackson.autoconfigure.JsonMapperBuilderCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import tools.jackson.core.StreamReadFeature;
import tools.jackson.databind.DeserializationFeature;

/**
 * Every JSON body the API reads is strict: a field it does not know (a misspelt optional field would otherwise be
 * dropped without a word) and a key given twice (which one wins differs between parsers) are errors, not guesses.
 */
@Configuration
class StrictJson {

    @Bean
    JsonMapperBuilderCustomizer strictJsonBodies() {
        return builder -> builder.enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
                .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION);
    }
}
