package io.github.srdipolicy.model;

import com.fasterxml.jackson.databind.annotation.JsonDeserialize;
import com.fasterxml.jackson.databind.annotation.JsonSerialize;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every value type of the library.
 *
 * <p>Generated classes are named {@code ImmutableX}; users reach them through the
 * {@code builder()} factory of each abstract type. Collections are copied into
 * Guava-free unmodifiable JDK collections; nulls are rejected.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    jdkOnly = true,
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PUBLIC,
    builderVisibility = Value.Style.BuilderVisibility.PUBLIC,
    forceJacksonPropertyNames = false,
    jacksonIntegration = true)
public @interface PolicyStyle {}
