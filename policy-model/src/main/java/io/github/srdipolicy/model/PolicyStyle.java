package io.github.srdipolicy.model;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.immutables.value.Value;

/**
 * The Immutables style shared by every value type of the library.
 *
 * <p>Generated classes are named {@code ImmutableX} and are package-private: the public API is the
 * abstract type only. Each type with a builder declares a public nested {@code X.Builder} that
 * extends the generated one (Immutables' "extending builder"), so {@code X.builder()} returns an
 * {@code X.Builder} whose {@code build()} returns an {@code X}; copies are made with {@code
 * X.builder().from(x)}. Collections are copied into Guava-free unmodifiable JDK collections; nulls
 * are rejected.
 */
@Target({ElementType.PACKAGE, ElementType.TYPE})
@Retention(RetentionPolicy.CLASS)
@Value.Style(
    get = {"get*", "is*"},
    init = "*",
    jdkOnly = true,
    optionalAcceptNullable = false,
    defaults = @Value.Immutable(copy = true),
    visibility = Value.Style.ImplementationVisibility.PACKAGE,
    overshadowImplementation = true,
    forceJacksonPropertyNames = false,
    jacksonIntegration = true)
public @interface PolicyStyle {}
